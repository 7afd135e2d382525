import { packCols, packRows } from "./pack.js";
import { microKernel4x4 } from "./micro-kernel.js";

/** Depth of a packed block (`kc`): a 4×KC strip of each operand (8 KiB each) stays in L1. */
const KC = 256;
/** Rows of `op(A)` per packed block: MC×KC doubles (256 KiB) stay in L2 across the B strips. */
const MC = 128;
/** Columns of `op(B)` per packed panel (KC×NC doubles, 1 MiB). */
const NC = 512;
/** Below this many multiply-adds (or with a side under the 4×4 tile), packing costs more than it saves. */
const SMALL = 4096;

/** A product with at least TALL_ROWS rows and fewer than NARROW columns and terms is swept down its columns. */
const TALL_ROWS = 32;
const NARROW = 8;

/** Packing buffers, allocated on the first large product and reused, so later calls allocate nothing. */
let packedA: Float64Array | null = null;
let packedB: Float64Array | null = null;

/**
 * The one matrix-product kernel: `C = op(A)·op(B)` where `op(X)` is `X` or `Xᵀ`, all row-major,
 * `C` is `m×n` and the shared dimension is `k`. `C` is overwritten, never accumulated into.
 * A transposed operand is read in place through its strides (while packing), never copied whole.
 *
 * Large products are blocked as in GotoBLAS: `op(B)` is packed KC×NC at a time, `op(A)` MC×KC at
 * a time, and a 4×4 register-tiled micro-kernel multiplies the packed strips. Small or thin
 * products skip the packing ({@link smallGemm}), and tall narrow ones (a whole batch through a
 * layer of a few units) run down their columns ({@link tallGemm}). Every path sums each `Cᵢⱼ`
 * in the same order, so which one runs never changes a bit of the result.
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
  if (m >= TALL_ROWS && n < NARROW && k < NARROW) {
    tallGemm(m, n, k, a, aRow, aCol, b, bRow, bCol, c);
    return;
  }
  if (m * n * k <= SMALL || m < 4 || n < 4 || k < 4) {
    smallGemm(m, n, k, a, aRow, aCol, b, bRow, bCol, c);
    return;
  }
  c.fill(0, 0, m * n);
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

/**
 * Products too small (or too thin) to be worth packing: each element `Cᵢⱼ = Σₚ op(A)ᵢₚ·op(B)ₚⱼ`
 * is a dot product summed in `p` order, four columns of a row at a time so that each `op(A)ᵢₚ`
 * is loaded once per four multiply-adds. The pointers step by the operands' strides, so one loop
 * serves all four transpose variants. Same summation order as the packed path: the same bits.
 */
function smallGemm(
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
  const n4 = n - (n % 4);
  for (let i = 0; i < m; i++) {
    const aBase = i * aRow, cBase = i * n;
    let j = 0;
    for (; j < n4; j += 4) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      let ai = aBase, bi = j * bCol;
      for (let p = 0; p < k; p++) {
        const x = a[ai] as number;
        s0 += x * (b[bi] as number);
        s1 += x * (b[bi + bCol] as number);
        s2 += x * (b[bi + 2 * bCol] as number);
        s3 += x * (b[bi + 3 * bCol] as number);
        ai += aCol;
        bi += bRow;
      }
      c[cBase + j] = s0;
      c[cBase + j + 1] = s1;
      c[cBase + j + 2] = s2;
      c[cBase + j + 3] = s3;
    }
    for (; j < n; j++) c[cBase + j] = dot(k, a, aBase, aCol, b, j * bCol, bRow);
  }
}

/**
 * Tall, narrow products (a full batch through a layer of a few units: `800×2 · 2×4`): for each
 * column `j` and term `p`, one pass down all `m` rows adds `op(A)ᵢₚ·op(B)ₚⱼ` to `Cᵢⱼ`. The long
 * inner loop over rows replaces `m·n` short dot products of `k` terms; each `Cᵢⱼ` still sums its
 * terms in `p` order from 0, so the bits equal the other paths'.
 */
function tallGemm(
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
  c.fill(0, 0, m * n);
  for (let j = 0; j < n; j++) {
    for (let p = 0; p < k; p++) {
      const bpj = b[p * bRow + j * bCol] as number;
      let ai = p * aCol, ci = j;
      for (let i = 0; i < m; i++) {
        c[ci] = (c[ci] as number) + (a[ai] as number) * bpj;
        ai += aRow;
        ci += n;
      }
    }
  }
}

/** `Σₚ x[xi + p·xStep]·y[yi + p·yStep]` for `p < k`, in `p` order. */
function dot(k: number, x: Float64Array, xi: number, xStep: number, y: Float64Array, yi: number, yStep: number): number {
  let s = 0;
  for (let p = 0; p < k; p++) {
    s += (x[xi] as number) * (y[yi] as number);
    xi += xStep;
    yi += yStep;
  }
  return s;
}
