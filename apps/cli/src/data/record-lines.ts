/**
 * The 1-based line each non-blank CSV record starts on, read as `@backprop/data`'s tokenizer
 * reads the text (double-quoted fields may span lines; blank lines are skipped), so that an error
 * about data row `i` can name its line in the file.
 * @example
 * recordLines('a,b\n\n"x\ny",1\n2,3\n', ","); // [1, 3, 5]
 */
export function recordLines(text: string, delimiter: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let start = 1;
  let blank = true;
  let quoted = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') i++;
      else if (ch === '"') quoted = false;
      else if (ch === "\n") line++;
      continue;
    }
    if (ch === "\n") {
      if (!blank) lines.push(start);
      line++;
      start = line;
      blank = true;
    } else if (ch === '"') {
      quoted = true;
      blank = false;
    } else if (ch === delimiter || !/\s/.test(ch)) {
      blank = false;
    }
  }
  if (!blank) lines.push(start);
  return lines;
}
