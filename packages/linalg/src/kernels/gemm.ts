import { packCols, packRows } from "./pack.js";
import { microKernel4x4 } from "./micro-kernel.js";

/** Depth of a packed block (`kc`): a 4×KC strip of each operand (8 KiB each) stays in L1. */
const KC = 256;
/** Rows of `op(A)` per packed block: MC×KC doubles (256 KiB) stay in L2 across the B strips. */
const MC = 128;
/** Columns of `op(B)` per packed panel (KC×NC doubles, 1 MiB). */
const NC = 512;
/** Below this many multiply-adds, packing costs more than it saves. */
const SMALL = 4096;

/** Packing buffers, allocated on the first large product and reused, so later calls allocate nothing. */
let packedA: Float64Array | null = null;
let packedB: Float64Array | null = null;

/**
 * The one matrix-product kernel: `C = op(A)·op(B)` where `op(X)` is `X` or `Xᵀ`, all row-major,
 * `C` is `m×n` and the shared dimension is `k`. `C` is overwritten, never accumulated into.
 * A transposed operand is read in place through its strides (while packing), never copied whole.
 *
 * Large products are blocked as in GotoBLAS: `op(B)` is packed KC×NC at a time, `op(A)` MC×KC at
 * a time, and a 4×4 register-tiled micro-kernel multiplies the packed strips.
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
  if (m * n * k <= SMALL) {
    naiveGemm(m, n, k, a, aRow, aCol, b, bRow, bCol, c);
    return;
  }
  const ap = (packedA ??= new Float64Array(MC * KC));
  const bp = (packedB ??= new Float64Array(KC * NC));
  for (let j0 = 0; j0 < n; j0 += NC) {
    const nc = Math.min(NC, n - j0);
    for (let p0 = 0; p0 < k; p0 += KC) {
      const kc = Math.min(KC, k - p0);
      packCols(b, bRow, bCol, p0, kc, j0, nc, bp);
      for (let i0 = 0; i0 < m; i0 += MC) {
        const mc = Math.min(MC, m - i0);
        packRows(a, aRow, aCol, i0, mc, p0, kc, ap);
        macroKernel(ap, bp, mc, nc, kc, c, i0 * n + j0, n);
      }
    }
  }
}

/** Multiplies a packed `mc×kc` block of A by a packed `kc×nc` panel of B into `C` (adding). */
function macroKernel(
  ap: Float64Array,
  bp: Float64Array,
  mc: number,
  nc: number,
  kc: number,
  c: Float64Array,
  cOff: number,
  ldc: number,
): void {
  for (let j = 0; j < nc; j += 4) {
    const cols = nc - j < 4 ? nc - j : 4;
    const bOff = j * kc;
    for (let i = 0; i < mc; i += 4) {
      const rows = mc - i < 4 ? mc - i : 4;
      microKernel4x4(ap, i * kc, bp, bOff, kc, c, cOff + i * ldc + j, ldc, rows, cols);
    }
  }
}

/** The i-p-j triple loop, for products too small to be worth packing. */
function naiveGemm(
  m: number,
  n: number,
  k: number,
  a: Float64Array,
  aRow: number,
  aCol: number,
  b: Float64Array,
  bRow: number,
  bCol: number,
  c: Float64Array,
): void {
  for (let i = 0; i < m; i++) {
    const cBase = i * n;
    for (let p = 0; p < k; p++) {
      const aip = a[i * aRow + p * aCol] as number;
      const bBase = p * bRow;
      for (let j = 0; j < n; j++) c[cBase + j] = (c[cBase + j] as number) + aip * (b[bBase + j * bCol] as number);
    }
  }
}
