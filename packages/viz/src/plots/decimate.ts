/**
 * Indices of the values worth drawing when a line has more points than pixels: split the
 * `n` indices into `columns` buckets and keep each bucket's first, lowest, highest and last
 * value, in order. The drawn line then looks the same as the full one at that width (every
 * spike and dip survives) with at most `4·columns` vertices. Short series keep every index.
 * @example
 * decimate([5, 1, 9, 2, 3, 3, 3, 3], 1); // [0, 1, 2, 7]
 */
export function decimate(values: ArrayLike<number>, columns: number): number[] {
  const n = values.length;
  if (n <= 4 * columns) return Array.from({ length: n }, (_, i) => i);
  const keep: number[] = [];
  for (let b = 0; b < columns; b++) {
    const start = Math.floor((b * n) / columns);
    const end = Math.floor(((b + 1) * n) / columns);
    let lo = start;
    let hi = start;
    for (let i = start + 1; i < end; i++) {
      if ((values[i] as number) < (values[lo] as number)) lo = i;
      if ((values[i] as number) > (values[hi] as number)) hi = i;
    }
    keep.push(...[...new Set([start, lo, hi, end - 1])].sort((a, c) => a - c));
  }
  return keep;
}
