// Python's float formatting, for text that must match scikit-learn's byte for byte.

/**
 * Python's `format(x, f".{digits}f")`: the exact binary value rounded to `digits` decimals,
 * ties to even (JavaScript's `toFixed` rounds ties up: `(0.125).toFixed(2)` is "0.13",
 * Python gives "0.12").
 */
export function pyFixed(x: number, digits: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
  if (Math.abs(x) >= 1e21) return x.toFixed(digits);
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
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  let s = n.toString().padStart(digits + 1, "0");
  if (digits > 0) s = `${s.slice(0, s.length - digits)}.${s.slice(s.length - digits)}`;
  return sign + s;
}

/** Python's `str(x)` for a number: integers print as `3` when `isInt`, floats as `3.0`, `1e-05`. */
export function pyStr(x: number, isInt: boolean): string {
  if (isInt) return String(x);
  if (Number.isInteger(x) && Math.abs(x) < 1e16) return `${x}.0`;
  const s = String(x);
  const m = /^(-?[\d.]+)e([+-])(\d+)$/.exec(s);
  if (m) return `${m[1]}e${m[2]}${(m[3] as string).padStart(2, "0")}`;
  const a = Math.abs(x);
  if (a !== 0 && a < 1e-4) {
    const [mant, exp] = x.toExponential().split("e") as [string, string];
    return `${mant}e-${exp.slice(1).padStart(2, "0")}`;
  }
  return s;
}
