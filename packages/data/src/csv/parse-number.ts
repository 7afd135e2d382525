const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const NON_FINITE = /^[+-]?(nan|inf|infinity)$/i;

/**
 * The number a CSV field spells, `null` when it is not numeric at all, or `NaN` for the spellings
 * of non-finite values (`NaN`, `inf`, `-Infinity`, …) so the caller can reject them by name.
 * Plain decimals only: no hex, no thousands separators, no empty string.
 */
export function parseNumber(field: string): number | null {
  if (DECIMAL.test(field)) {
    const v = Number(field);
    return Number.isFinite(v) ? v : NaN;
  }
  return NON_FINITE.test(field) ? NaN : null;
}
