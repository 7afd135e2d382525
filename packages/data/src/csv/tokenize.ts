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
function skipPadding(text: string, at: Cursor, delimiter: string): void {
  for (;;) {
    const ch = text[at.i];
    if ((ch !== " " && ch !== "\t") || ch === delimiter) return;
    at.i++;
  }
}

/** Whether `ch` ends a line: a line feed, or a carriage return (alone, as old Mac files end lines, or before a line feed). */
function isLineEnd(ch: string | undefined): boolean {
  return ch === "\n" || ch === "\r";
}

/** Moves past the line break at `at.i` (`\r\n` counts as one) and onto the next line. */
function passLineEnd(text: string, at: Cursor): void {
  at.i += text[at.i] === "\r" && text[at.i + 1] === "\n" ? 2 : 1;
  at.line++;
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
      // A line break inside quotes is kept as written; \r\n counts as one line, a lone \r as one.
      if (ch === "\n" || (ch === "\r" && text[at.i + 1] !== "\n")) at.line++;
      field += ch;
      at.i++;
    }
  }
  skipPadding(text, at, delimiter);
  if (at.i < text.length && text[at.i] !== delimiter && !isLineEnd(text[at.i])) {
    throw new RangeError(
      `${op}: line ${at.line}: a closing quote must be followed by the delimiter or the end of the line. Received: ${showField(text.slice(at.i, at.i + 12).split(/\r\n?|\n/)[0] as string)}.`,
    );
  }
  return field;
}

/**
 * Splits CSV text into records (RFC 4180): fields separated by `delimiter`, double-quoted fields
 * may hold delimiters, line breaks and `""` for a quote; unquoted fields are trimmed; blank lines
 * and a leading byte-order mark are skipped. Lines end in `\n`, `\r\n` or a lone `\r` (as
 * Python's csv module reads them). Stops after `limit` records (all by default).
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
    passLineEnd(text, at); // the line break, or past the end
    if (!blank) records.push({ line: start, fields });
  }
  return records;
}

/** The index of the next delimiter or line break at or after `from` (the text's length if none). */
function nextBreak(text: string, from: number, delimiter: string): number {
  let i = from;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (ch === delimiter || ch === "\n" || ch === "\r") break;
  }
  return i;
}
