import { describeValue } from "./describe-value.js";

/**
 * `np.sum` of `length` contiguous float64 values from `start`, added in NumPy 1.24's order
 * (`pairwise_sum` in its `loops_utils.h`): fewer than 8 values left to right; up to 128 in eight
 * running sums (value i into sum i mod 8), combined as ((s0+s1)+(s2+s3))+((s4+s5)+(s6+s7)), then
 * the remainder added one by one; more than 128 split in two halves (the first a multiple of 8)
 * summed the same way. The same bits as NumPy wherever NumPy reduces a contiguous run: a 1-D
 * array, a whole C-ordered matrix, or the one column of an n×1 matrix. (A column of a matrix with
 * several columns is summed row by row by NumPy instead, as `sum(a, 0)` does.)
 * @throws TypeError when `values` is not array-like; RangeError when `start` / `length` are not
 *   integers that lie within it.
 * @example
 * pairwiseSum([1e16, ...new Array(16).fill(1)]); // 1.0000000000000016e16 (a loop gives 1e16)
 * pairwiseSum(Float64Array.of(1, 2, 3, 4), 1, 2); // 5
 */
export function pairwiseSum(values: ArrayLike<number>, start = 0, length = (values?.length ?? 0) - start): number {
  if (typeof values !== "object" || values === null || typeof values.length !== "number") {
    throw new TypeError(`pairwiseSum: values must be an array or typed array of numbers. Received: ${describeValue(values)}.`);
  }
  if (!Number.isInteger(start) || !Number.isInteger(length) || start < 0 || length < 0 || start + length > values.length) {
    throw new RangeError(`pairwiseSum: start and length must be integers within the ${values.length} values. Received: start=${String(start)}, length=${String(length)}.`);
  }
  return pairwise(values, start, length);
}

function pairwise(a: ArrayLike<number>, start: number, n: number): number {
  if (n < 8) {
    let s = 0;
    for (let i = 0; i < n; i++) s += a[start + i] as number;
    return s;
  }
  if (n <= 128) {
    let r0 = a[start] as number, r1 = a[start + 1] as number, r2 = a[start + 2] as number, r3 = a[start + 3] as number;
    let r4 = a[start + 4] as number, r5 = a[start + 5] as number, r6 = a[start + 6] as number, r7 = a[start + 7] as number;
    let i = 8;
    for (; i < n - (n % 8); i += 8) {
      const k = start + i;
      r0 += a[k] as number; r1 += a[k + 1] as number; r2 += a[k + 2] as number; r3 += a[k + 3] as number;
      r4 += a[k + 4] as number; r5 += a[k + 5] as number; r6 += a[k + 6] as number; r7 += a[k + 7] as number;
    }
    let s = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
    for (; i < n; i++) s += a[start + i] as number;
    return s;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return pairwise(a, start, half) + pairwise(a, start + half, n - half);
}
