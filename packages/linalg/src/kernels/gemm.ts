/**
 * The one matrix-product kernel: `C = op(A)·op(B)` where `op(X)` is `X` or `Xᵀ`, all row-major,
 * `C` is `m×n` and the shared dimension is `k`. `C` is overwritten, never accumulated into.
 * Reads a transposed operand in place through its strides instead of copying it.
 */
export function gemm(
  transA: boolean,
  transB: boolean,
  m: number,
  n: number,
  k: number,
  a: Float64Array,
  b: Float64Array,
  c: Float64Array,
): void {
  // Element (i, p) of op(A) and (p, j) of op(B), expressed as strides into the stored arrays.
  const aRow = transA ? 1 : k, aCol = transA ? m : 1;
  const bRow = transB ? 1 : n, bCol = transB ? k : 1;
  c.fill(0, 0, m * n);
  for (let i = 0; i < m; i++) {
    const cBase = i * n;
    for (let p = 0; p < k; p++) {
      const aip = a[i * aRow + p * aCol] as number;
      const bBase = p * bRow;
      for (let j = 0; j < n; j++) c[cBase + j] = (c[cBase + j] as number) + aip * (b[bBase + j * bCol] as number);
    }
  }
}
