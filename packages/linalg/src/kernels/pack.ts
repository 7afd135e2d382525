/**
 * Panel packing for the blocked matrix product. A block of `op(X)` is copied into a scratch
 * buffer as strips of four rows (A) or four columns (B), interleaved so the micro-kernel reads
 * both operands with unit stride: strip `s`, step `p`, lane `r` lives at `s·4·kc + 4p + r`.
 * Lanes past the matrix edge are zero, so edge tiles need no special arithmetic.
 */

/**
 * Packs rows `i0 … i0+mc−1`, columns `p0 … p0+kc−1` of `op(A)` (element `(i, p)` stored at
 * `a[i·rowStride + p·colStride]`) into `dst` from `dstOffset` on, as 4-row strips.
 */
export function packRows(
  a: Float64Array,
  rowStride: number,
  colStride: number,
  i0: number,
  mc: number,
  p0: number,
  kc: number,
  dst: Float64Array,
  dstOffset = 0,
): void {
  let d = dstOffset;
  for (let s = 0; s < mc; s += 4) {
    const lanes = mc - s < 4 ? mc - s : 4;
    for (let r = 0; r < 4; r++) {
      if (r < lanes) {
        let src = (i0 + s + r) * rowStride + p0 * colStride;
        for (let p = 0; p < kc; p++) {
          dst[d + 4 * p + r] = a[src] as number;
          src += colStride;
        }
      } else {
        for (let p = 0; p < kc; p++) dst[d + 4 * p + r] = 0;
      }
    }
    d += 4 * kc;
  }
}

/**
 * Packs rows `p0 … p0+kc−1`, columns `j0 … j0+nc−1` of `op(B)` (element `(p, j)` stored at
 * `b[p·rowStride + j·colStride]`) into `dst` from `dstOffset` on, as 4-column strips.
 */
export function packCols(
  b: Float64Array,
  rowStride: number,
  colStride: number,
  p0: number,
  kc: number,
  j0: number,
  nc: number,
  dst: Float64Array,
  dstOffset = 0,
): void {
  let d = dstOffset;
  for (let t = 0; t < nc; t += 4) {
    const lanes = nc - t < 4 ? nc - t : 4;
    for (let c = 0; c < 4; c++) {
      if (c < lanes) {
        let src = p0 * rowStride + (j0 + t + c) * colStride;
        for (let p = 0; p < kc; p++) {
          dst[d + 4 * p + c] = b[src] as number;
          src += rowStride;
        }
      } else {
        for (let p = 0; p < kc; p++) dst[d + 4 * p + c] = 0;
      }
    }
    d += 4 * kc;
  }
}
