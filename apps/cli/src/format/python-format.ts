/**
 * Python's `f"{x:.{digits}f}"`: the exact binary value rounded to `digits` decimals, ties to even.
 * JavaScript's `toFixed` rounds ties away from zero (`(0.125).toFixed(2)` is `"0.13"`, Python
 * prints `0.12`); the tutorials' lines must match Python's character for character.
 * @example
 * pyFixed(0.125, 2); // "0.12"
 * pyFixed(91.375, 2); // "91.38"
 */
export function pyFixed(x: number, digits: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
  if (Math.abs(x) >= 1e21) return x.toFixed(digits);
  // toFixed(100) is the exact decimal expansion of every double this CLI formats.
  const exact = Math.abs(x).toFixed(100);
  const point = exact.indexOf(".");
  const rest = exact.slice(point + 1 + digits);
  const isTie = /^50*$/.test(rest);
  if (!isTie) return x.toFixed(digits);
  const kept = exact.slice(0, point + 1 + digits).replace(/\.$/, "");
  const lastDigit = Number(kept[kept.length - 1]);
  const sign = x < 0 ? "-" : "";
  if (lastDigit % 2 === 0) return sign + kept;
  const units = BigInt(kept.replace(".", "")) + 1n;
  const text = units.toString().padStart(digits + 1, "0");
  return sign + (digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`);
}

/** Python's built-in `round(x)` for floats: to the nearest integer, ties to even. */
export function pyRound(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** NumPy's `str()` of a 1-D integer array: `[0 1]`. */
export function numpyIntRow(values: ArrayLike<number>): string {
  return `[${Array.from(values, (v) => String(v)).join(" ")}]`;
}
