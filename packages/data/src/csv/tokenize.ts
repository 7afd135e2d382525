import { showField } from "./show-field.js";

/** One CSV record and the (1-based) line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** Where the reader stands in the text: the index and the current (1-based) line. */
interface Cursor {
  i: number;
  line: number;
}

/** Spaces and tabs around a field are padding, unless that character is the delimiter itself. */
function skipPadding(text: string, at: Cursor, delimiter: string, alsoReturn = false): void {
  for (;;) {
    const ch = text[at.i];
    const padding = ch === " " || ch === "\t" || (alsoReturn && ch === "\r");
    if (!padding || ch === delimiter) return;
    at.i++;
  }
}

/** Reads a quoted field from its opening quote: `""` is a quote, line breaks are kept. */
function readQuoted(op: string, text: string, at: Cursor, delimiter: string): string {
  const start = at.line;
  let field = "";
  at.i++;
  for (;;) {
    if (at.i >= text.length) {
      throw new RangeError(`${op}: line ${start}: a quoted field must end with a closing quote. Received: the end of the text inside quotes.`);
    }
    const ch = text[at.i] as string;
    if (ch === '"' && text[at.i + 1] === '"') {
      field += '"';
      at.i += 2;
    } else if (ch === '"') {
      at.i++;
      break;
    } else {
      if (ch === "\n") at.line++;
      field += ch;
      at.i++;
    }
  }
  skipPadding(text, at, delimiter, true);
  if (at.i < text.length && text[at.i] !== delimiter && text[at.i] !== "\n") {
    throw new RangeError(
      `${op}: line ${at.line}: a closing quote must be followed by the delimiter or the end of the line. Received: ${showField(text.slice(at.i, at.i + 12).split(/\r?\n/)[0] as string)}.`,
    );
  }
  return field;
}

/**
 * Splits CSV text into records (RFC 4180): fields separated by `delimiter`, double-quoted fields
 * may hold delimiters, line breaks and `""` for a quote; unquoted fields are trimmed; blank lines
 * and a leading byte-order mark are skipped. Stops after `limit` records (all by default).
 * @throws RangeError naming the line of an unterminated quote or of text after a closing quote.
 * @example
 * tokenizeCsv("parseCsv", 'a,b\n"x, y", 2\n', ","); // [{ line: 1, fields: ["a", "b"] }, { line: 2, fields: ["x, y", "2"] }]
 */
export function tokenizeCsv(op: string, text: string, delimiter: string, limit = Infinity): CsvRecord[] {
  const records: CsvRecord[] = [];
  const at: Cursor = { i: text.charCodeAt(0) === 0xfeff ? 1 : 0, line: 1 };
  while (at.i < text.length && records.length < limit) {
    const start = at.line;
    const fields: string[] = [];
    let blank = true;
    for (;;) {
      skipPadding(text, at, delimiter);
      let field: string;
      if (text[at.i] === '"') {
        blank = false;
        field = readQuoted(op, text, at, delimiter);
      } else {
        const end = nextBreak(text, at.i, delimiter);
        field = text.slice(at.i, end).trim();
        at.i = end;
        if (field !== "") blank = false;
      }
      fields.push(field);
      if (text[at.i] !== delimiter) break;
      at.i++;
      blank = false;
    }
    at.i++; // the "\n", or past the end
    at.line++;
    if (!blank) records.push({ line: start, fields });
  }
  return records;
}

/** The index of the next delimiter or line feed at or after `from` (the text's length if none). */
function nextBreak(text: string, from: number, delimiter: string): number {
  let i = from;
  while (i < text.length && text[i] !== delimiter && text[i] !== "\n") i++;
  return i;
}
