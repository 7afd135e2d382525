/**
 * Breaks `text` into lines of at most `width` characters at spaces; lines after the first start
 * with `indent` spaces. A word longer than the room left stays whole on its own line.
 * @example
 * wrapText("a bb ccc dddd", 6, 2); // ["a bb", "  ccc", "  dddd"]
 */
export function wrapText(text: string, width: number, indent = 0): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/ +/)) {
    if (line === "") line = lines.length === 0 ? word : `${" ".repeat(indent)}${word}`;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = `${" ".repeat(indent)}${word}`;
    }
  }
  lines.push(line);
  return lines;
}

/**
 * Reflows `--help` notes to `width`: consecutive lines of prose are joined into one paragraph
 * and wrapped; a line that starts with spaces (a list item) or ends with `:` (a heading) stays
 * a line of its own, wrapped under its own indent.
 */
export function reflow(lines: readonly string[], width: number): string[] {
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length) out.push(...wrapText(paragraph.join(" "), width));
    paragraph = [];
  };
  for (const line of lines) {
    const standalone = /^\s/.test(line) || line.endsWith(":") || line === "";
    if (!standalone) {
      paragraph.push(line.trim());
      if (line.endsWith(":")) flush();
      continue;
    }
    flush();
    const lead = /^\s*/.exec(line)?.[0].length ?? 0;
    out.push(...wrapText(line.trimStart(), width - lead, lead > 0 ? 2 : 0).map((l) => `${" ".repeat(lead)}${l}`));
  }
  flush();
  return out;
}
