// Fixed-width table printing.

/** Prints `rows` (arrays of strings) under `header`, each column as wide as its widest cell. */
export function printTable(header, rows) {
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => r[j].length)));
  const line = (cells) => cells.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]) : cell.padStart(widths[j]))).join(" | ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
  for (const r of rows) console.log(line(r));
}

/** Seconds with three significant decimals, or "—" when missing. */
export const sec = (s, mark = "") => (s === undefined ? "—" : `${s.toFixed(3)}${mark}`);
