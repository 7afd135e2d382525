/** One CSV record and the (1-based) line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * Splits CSV text into records (RFC 4180): fields separated by `delimiter`, double-quoted fields
 * may hold delimiters, line breaks and `""` for a quote; unquoted fields are trimmed; blank lines
 * and a leading byte-order mark are skipped.
 * @throws RangeError naming the line of an unterminated quote or of text after a closing quote.
 */
export function tokenizeCsv(op: string, text: string, delimiter: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < text.length) {
    const start = line;
    const fields: string[] = [];
    let blank = true;
    for (;;) {
      let field = "";
      while (text[i] === " " || text[i] === "\t") i++;
      if (text[i] === '"') {
        blank = false;
        i++;
        for (;;) {
          if (i >= text.length) throw new RangeError(`${op}: line ${start}: a quoted field must end with a closing quote. Received: the end of the text inside quotes.`);
          const ch = text[i] as string;
          if (ch === '"' && text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else if (ch === '"') {
            i++;
            break;
          } else {
            if (ch === "\n") line++;
            field += ch;
            i++;
          }
        }
        while (text[i] === " " || text[i] === "\t" || text[i] === "\r") i++;
        if (i < text.length && text[i] !== delimiter && text[i] !== "\n") {
          throw new RangeError(`${op}: line ${line}: a closing quote must be followed by the delimiter or the end of the line. Received: ${JSON.stringify(text[i])}.`);
        }
      } else {
        while (i < text.length && text[i] !== delimiter && text[i] !== "\n") field += text[i++];
        field = field.trim();
        if (field !== "") blank = false;
      }
      fields.push(field);
      if (text[i] === delimiter) {
        i++;
        blank = false;
        continue;
      }
      i++; // the "\n", or past the end
      line++;
      break;
    }
    if (!blank) records.push({ line: start, fields });
  }
  return records;
}
