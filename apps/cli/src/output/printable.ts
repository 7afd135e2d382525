/**
 * Control characters a terminal acts on instead of showing: C0 (ESC, BEL, CR, backspace, …)
 * except newline and tab, DEL, and C1 (U+0080–U+009F, e.g. the one-character CSI U+009B).
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * `text` with every control character shown as an escape (`\x1b`, `\x9b`), so that a class or
 * feature name read from an untrusted model file or CSV cannot move the cursor, recolour the
 * terminal or rewrite its title. Newlines and tabs are kept.
 * @example
 * printable("setosa\u001b[2J"); // "setosa\\x1b[2J"
 */
export function printable(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
