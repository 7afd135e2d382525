// Python's float formatting, for text that must match scikit-learn's byte for byte.

/**
 * Python's `format(x, f".{digits}f")`: the exact binary value rounded to `digits` decimals,
 * ties to even (JavaScript's `toFixed` rounds ties up: `(0.125).toFixed(2)` is "0.13",
 * Python gives "0.12").
 */
export function pyFixed(x: number, digits: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  // Past 2⁵³ every double is an integer, printed in full (toFixed switches to 1e+21 there).
  if (Math.abs(x) >= 2 ** 53) return `${sign}${BigInt(Math.abs(x))}${digits > 0 ? `.${"0".repeat(digits)}` : ""}`;
  // toFixed(100) is exact for the values seen here (a double's expansion ends within 100
  // decimals once |x| ≥ 2⁻⁴⁷), so the tie test below sees the true digits.
  const exact = Math.abs(x).toFixed(100);
  const point = exact.indexOf(".");
  const keep = exact.slice(0, point + 1 + digits).replace(".", "");
  const rest = exact.slice(point + 1 + digits);
  const first = rest.charCodeAt(0) - 48;
  const tail = /[1-9]/.test(rest.slice(1));
  const up = first > 5 || (first === 5 && (tail || (keep.charCodeAt(keep.length - 1) - 48) % 2 === 1));
  const n = BigInt(keep) + (up ? 1n : 0n);
  let s = n.toString().padStart(digits + 1, "0");
  if (digits > 0) s = `${s.slice(0, s.length - digits)}.${s.slice(s.length - digits)}`;
  return sign + s;
}

/**
 * Python's `repr(x)` (and `str(x)`) of a float: the shortest digits that read back as `x` (the
 * digits JavaScript's `String` picks too), written `d.ddde±XX` when the decimal point would sit
 * more than 16 places right of the first digit or 4 or more places left of it (`1e+16`,
 * `1e-05`), else positionally with at least one decimal (`3.0`, `0.0001`). JavaScript switches
 * to exponents only at 1e21 and below 1e-6, and never writes `.0`.
 */
export function pyRepr(x: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const { digits, point } = shortestDigits(Math.abs(x));
  const sign = x < 0 ? "-" : "";
  if (point > 16 || point <= -4) {
    const e = point - 1;
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${mantissa}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}.0`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** `x > 0` as `0.digits × 10^point`, `digits` the shortest round-trip digits without trailing zeros. */
function shortestDigits(x: number): { digits: string; point: number } {
  const [mantissa, exponent] = String(x).split("e") as [string, string | undefined];
  const [whole, fraction = ""] = mantissa.split(".") as [string, string | undefined];
  let digits = whole + fraction;
  let point = whole.length + (exponent === undefined ? 0 : Number(exponent));
  const leading = (/^0*/.exec(digits) as RegExpExecArray)[0].length;
  digits = digits.slice(leading).replace(/0+$/, "");
  point -= leading;
  return { digits, point };
}

/** Python's `str()` of a support value: an integer (`3`) when `isInt`, else a float as {@link pyRepr} (`3.0`, `1e+16`). */
export function pyStr(x: number, isInt: boolean): string {
  return isInt ? String(x) : pyRepr(x);
}

/** Python's `len(s)`: code points, where `s.length` counts UTF-16 units (an astral character is 2). */
export function pyLen(s: string): number {
  return [...s].length;
}

/** Python's `format(s, f">{width}s")`: `s` right-aligned in `width` code points. */
export function pyPadStart(s: string, width: number): string {
  return " ".repeat(Math.max(0, width - pyLen(s))) + s;
}
