/**
 * Squeezes or stretches `values` to exactly `width` columns: column `c` is the mean of the values
 * with index in `[⌊c·n/w⌋, ⌊(c+1)·n/w⌋)` (or the single value `⌊c·n/w⌋` when `n < w`).
 * @example
 * resample([1, 2, 3, 4], 2); // [1.5, 3.5]
 */
export function resample(values: ArrayLike<number>, width: number): number[] {
  const n = values.length;
  const out: number[] = [];
  for (let c = 0; c < width; c++) {
    const start = Math.floor((c * n) / width);
    const end = Math.max(start + 1, Math.floor(((c + 1) * n) / width));
    let sum = 0;
    for (let i = start; i < end; i++) sum += values[i] as number;
    out.push(sum / (end - start));
  }
  return out;
}

/**
 * Checks every value is finite (and positive on a log scale) and returns them, logged if asked.
 * @throws RangeError for an empty series or a value that breaks the rule.
 */
export function checkedValues(where: string, values: ArrayLike<number>, logScale: boolean): number[] {
  if (values.length === 0) throw new RangeError(`${where}: values must not be empty. Received: values.length=0.`);
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v) || (logScale && v <= 0)) {
      throw new RangeError(`${where}: values must be ${logScale ? "positive finite numbers on a log scale" : "finite numbers"}. Received: values[${i}]=${v}.`);
    }
    out.push(logScale ? Math.log10(v) : v);
  }
  return out;
}
