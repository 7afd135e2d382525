import type { TextSink } from "./output.js";

/** How many colours the terminal shows: 0 none, 1 the 16 ANSI colours, 2 the 256-colour palette, 3 24-bit. */
export type ColorLevel = 0 | 1 | 2 | 3;

/**
 * The colour level to print with, in this order: `NO_COLOR` (any non-empty value) → none;
 * `FORCE_COLOR` 0/1/2/3 → that level (`true` or empty: 1); not a terminal → none; `TERM=dumb` →
 * none; else the terminal's own depth (`getColorDepth()`: 4 bits → 16 colours, 8 → 256, 24 → 24-bit),
 * or 16 colours when the stream cannot tell.
 * @example
 * colorLevel({ write() {}, isTTY: true }, { TERM: "xterm" }); // 1
 */
export function colorLevel(sink: TextSink, env: NodeJS.ProcessEnv = process.env): ColorLevel {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === "0" || force === "false") return 0;
    if (force === "2") return 2;
    if (force === "3") return 3;
    return 1;
  }
  if (!sink.isTTY || env.TERM === "dumb") return 0;
  const depth = sink.getColorDepth?.(env);
  if (depth === undefined) return 1;
  return depth >= 24 ? 3 : depth >= 8 ? 2 : depth >= 4 ? 1 : 0;
}

/** The 256-colour palette's 6×6×6 cube index of a 24-bit colour. */
function cube256(r: number, g: number, b: number): number {
  const q = (c: number): number => Math.round((c / 255) * 5);
  return 16 + 36 * q(r) + 6 * q(g) + q(b);
}

/** The nearest of the 16 ANSI colours, as an offset 0–7 plus 60 for the bright half (`30+` / `90+`). */
function ansi16(r: number, g: number, b: number): number {
  const bright = Math.max(r, g, b) > 191 ? 60 : 0;
  const cut = bright ? 127 : 63;
  return (r > cut ? 1 : 0) + (g > cut ? 2 : 0) + (b > cut ? 4 : 0) + bright;
}

/**
 * Rewrites the 24-bit colour escapes in `text` (`ESC[38;2;R;G;Bm`, `ESC[48;2;…m`) for a terminal
 * of the given level: 256-colour (`ESC[38;5;Nm`), 16-colour (`ESC[31m`, `ESC[101m`), or none (every
 * SGR escape removed).
 */
export function fitColors(text: string, level: ColorLevel): string {
  if (level === 3) return text;
  // eslint-disable-next-line no-control-regex
  if (level === 0) return text.replace(/\u001b\[[0-9;]*m/g, "");
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[(38|48);2;(\d+);(\d+);(\d+)m/g, (_, which: string, r: string, g: string, b: string) => {
    const [R, G, B] = [Number(r), Number(g), Number(b)];
    if (level === 2) return `\u001b[${which};5;${cube256(R, G, B)}m`;
    return `\u001b[${(which === "38" ? 30 : 40) + ansi16(R, G, B)}m`;
  });
}
