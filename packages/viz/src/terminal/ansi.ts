import type { Rgb } from "../color/color.js";

/** Escape sequence setting a 24-bit foreground (`38;2`) or background (`48;2`) colour. */
export function ansiColor(rgb: Rgb, background = false): string {
  const [r, g, b] = rgb.map((c) => Math.round(Math.max(0, Math.min(255, c))));
  return `\u001b[${background ? 48 : 38};2;${r};${g};${b}m`;
}

/** Resets all attributes. */
export const ANSI_RESET = "\u001b[0m";

/**
 * Removes ANSI escape sequences, leaving what the terminal shows.
 * @example
 * stripAnsi("\u001b[1mhi\u001b[0m"); // "hi"
 */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, "");
}
