/**
 * A number for a sentence: 4 significant digits, with thousands separators between 0.001 and
 * 1,000,000, and in exponent form outside that (`1.234e-8`, `2.188e+20`), so a small value never
 * rounds to 0 and a large one is not written out in 21 digits.
 * @example
 * readableNumber(238.7123); // "238.7"
 * readableNumber(0.000000012345); // "1.235e-8"
 * readableNumber(218_800_000_000_000_000_000); // "2.188e+20"
 */
export function readableNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return "0";
  // The form follows the rounded value: 999,999 is 1e+6, like 1,000,000.
  const rounded = Number(value.toPrecision(4));
  const size = Math.abs(rounded);
  if (size < 1e-3 || size >= 1e6) {
    // Trailing zeros of the mantissa say nothing: 1.500e+7 is written 1.5e+7.
    const [mantissa, exponent] = rounded.toExponential(3).split("e");
    return `${mantissa!.replace(/\.?0+$/, "")}e${exponent}`;
  }
  return rounded.toLocaleString("en-US", { maximumFractionDigits: 6 });
}
