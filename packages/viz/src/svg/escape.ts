/**
 * Characters XML 1.0 forbids even as `&#…;` references: C0 controls other than tab, newline and
 * carriage return, lone surrogates, and U+FFFE/U+FFFF (everything outside the `Char` production).
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Escapes text for use inside SVG/XML content or a double-quoted attribute: `& < > " '`, and
 * drops each character XML 1.0 cannot hold (such as ESC in an ANSI-coloured name). Dropped, not
 * replaced by U+FFFD, which parsers such as xmldom report as an encoding problem.
 * @example
 * escapeXml('a < b & "c"'); // 'a &lt; b &amp; &quot;c&quot;'
 * escapeXml("\u001b[31mred"); // "[31mred"
 */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHAR, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * A coordinate written with at most two decimals (SVG pixels need no more), without `-0`.
 * @example
 * num(3.14159); // "3.14"
 */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? "0" : String(rounded);
}
