import { packCols, packRows } from "./pack.js";
import { microKernel4x4 } from "./micro-kernel.js";
import { wasmGemm } from "./wasm-gemm.js";
import { WASM_MIN_WORK } from "./settings.js";

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

/**
 * The unpacked kernels' shape: `C = op(A)·op(B)` with `C` `m×n` (row-major, overwritten) and the
 * shared dimension `k`, where element `(i, p)` of `op(A)` is `a[i·aRow + p·aCol]` and element
 * `(p, j)` of `op(B)` is `b[p·bRow + j·bCol]` — one loop serves all four transpose variants.
 */
type StridedKernel = (
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
) => void;

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
 * products skip the packing ({@link tileGemm}, {@link smallGemm}), and tall narrow ones (a whole
 * batch through a layer of a few units) run down their columns ({@link tallGemm}). Every path
 * sums each `Cᵢⱼ` in the same order, so which one runs never changes a bit of the result.
 * Products worth packing run in WebAssembly SIMD where the host has it ({@link wasmGemm}, the
 * same blocking and order, on one thread or several); these JS kernels are the fallback.
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
    if (m >= 4) tileGemm(m, n, k, a, aRow, aCol, b, bRow, bCol, c);
    else smallGemm(m, n, k, a, aRow, aCol, b, bRow, bCol, c);
    return;
  }
  // The products worth packing go to WebAssembly SIMD where the host has it (same bits).
  if (m * n * k >= WASM_MIN_WORK && wasmGemm(m, n, k, a, aRow, aCol, b, bRow, bCol, c)) return;
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
 * Products too small (or too thin) to be worth packing, with at least four rows: `C` in 4×3
 * tiles, each tile's twelve sums held in locals while `p` runs over the shared dimension, so
 * every step loads 4 values of `op(A)` and 3 of `op(B)` for 12 multiply-adds (a weight gradient
 * `Xᵀ·dZ` of a small layer over a whole batch is such a product). A tile past the last row or
 * column repeats that row or column and writes the same values twice. Each `Cᵢⱼ` is still one
 * sum in `p` order from 0: the same bits as every other path.
 */
const tileGemm: StridedKernel = (m, n, k, a, aRow, aCol, b, bRow, bCol, c) => {
  for (let i = 0; i < m; i += 4) {
    const i1 = i + 1 < m ? i + 1 : i, i2 = i + 2 < m ? i + 2 : i1, i3 = i + 3 < m ? i + 3 : i2;
    const r0 = i * aRow, r1 = i1 * aRow, r2 = i2 * aRow, r3 = i3 * aRow;
    for (let j = 0; j < n; j += 3) {
      const j1 = j + 1 < n ? j + 1 : j, j2 = j + 2 < n ? j + 2 : j1;
      const q0 = j * bCol, q1 = j1 * bCol, q2 = j2 * bCol;
      let s00 = 0, s01 = 0, s02 = 0, s10 = 0, s11 = 0, s12 = 0;
      let s20 = 0, s21 = 0, s22 = 0, s30 = 0, s31 = 0, s32 = 0;
      for (let p = 0, ap = 0, bp = 0; p < k; p++, ap += aCol, bp += bRow) {
        const b0 = b[bp + q0] as number, b1 = b[bp + q1] as number, b2 = b[bp + q2] as number;
        let x = a[ap + r0] as number;
        s00 += x * b0;
        s01 += x * b1;
        s02 += x * b2;
        x = a[ap + r1] as number;
        s10 += x * b0;
        s11 += x * b1;
        s12 += x * b2;
        x = a[ap + r2] as number;
        s20 += x * b0;
        s21 += x * b1;
        s22 += x * b2;
        x = a[ap + r3] as number;
        s30 += x * b0;
        s31 += x * b1;
        s32 += x * b2;
      }
      writeRow(c, i3 * n, j, j1, j2, s30, s31, s32);
      writeRow(c, i2 * n, j, j1, j2, s20, s21, s22);
      writeRow(c, i1 * n, j, j1, j2, s10, s11, s12);
      writeRow(c, i * n, j, j1, j2, s00, s01, s02);
    }
  }
};

/** Stores one row of a {@link tileGemm} tile (a repeated column gets the same sum twice). */
function writeRow(c: Float64Array, base: number, j0: number, j1: number, j2: number, v0: number, v1: number, v2: number): void {
  c[base + j2] = v2;
  c[base + j1] = v1;
  c[base + j0] = v0;
}

/**
 * Products too small (or too thin) to be worth packing, with fewer than four rows: each element
 * `Cᵢⱼ = Σₚ op(A)ᵢₚ·op(B)ₚⱼ` is a dot product summed in `p` order, four columns of a row at a
 * time so that each `op(A)ᵢₚ` is loaded once per four multiply-adds. Same summation order as the
 * packed path: the same bits.
 */
const smallGemm: StridedKernel = (m, n, k, a, aRow, aCol, b, bRow, bCol, c) => {
  const n4 = n - (n % 4);
  for (let i = 0; i < m; i++) {
    const aBase = i * aRow, cBase = i * n;
    for (let j = 0; j < n4; j += 4) {
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
  }
  if (n4 < n) remainderColumns(m, n, k, a, aRow, aCol, b, bRow, bCol, c);
};

/**
 * The columns from `j0 = n − n mod 4` on, which {@link smallGemm}'s 1×4 tiles leave (all of them
 * when `n < 4`, as in a weight gradient `Xᵀ·dZ` of a layer of 1 to 3 units over a whole batch).
 * Their elements are taken four at a time in row-major order, each still one dot product summed
 * in `p` order, so four independent sums share a loop instead of one sum waiting on the previous
 * addition.
 */
const remainderColumns: StridedKernel = (m, n, k, a, aRow, aCol, b, bRow, bCol, c) => {
  const j0 = n - (n % 4);
  const width = n - j0, count = m * width;
  for (let e = 0; e < count; e += 4) {
    // The group's elements as (row, column) offsets; a short last group repeats its first element.
    const e1 = e + 1 < count ? e + 1 : e, e2 = e + 2 < count ? e + 2 : e, e3 = e + 3 < count ? e + 3 : e;
    const i0 = (e / width) | 0, i1 = (e1 / width) | 0, i2 = (e2 / width) | 0, i3 = (e3 / width) | 0;
    const j0e = j0 + e - i0 * width, j1 = j0 + e1 - i1 * width, j2 = j0 + e2 - i2 * width, j3 = j0 + e3 - i3 * width;
    const a0 = i0 * aRow, a1 = i1 * aRow, a2 = i2 * aRow, a3 = i3 * aRow;
    const b0 = j0e * bCol, b1 = j1 * bCol, b2 = j2 * bCol, b3 = j3 * bCol;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    let ap = 0, bp = 0;
    for (let p = 0; p < k; p++) {
      s0 += (a[ap + a0] as number) * (b[bp + b0] as number);
      s1 += (a[ap + a1] as number) * (b[bp + b1] as number);
      s2 += (a[ap + a2] as number) * (b[bp + b2] as number);
      s3 += (a[ap + a3] as number) * (b[bp + b3] as number);
      ap += aCol;
      bp += bRow;
    }
    c[i0 * n + j0e] = s0;
    c[i1 * n + j1] = s1;
    c[i2 * n + j2] = s2;
    c[i3 * n + j3] = s3;
  }
};

/**
 * Tall, narrow products (a full batch through a layer of a few units: `800×2 · 2×4`): columns
 * are taken in blocks of up to four, and for each term `p` one pass down all `m` rows adds
 * `op(A)ᵢₚ·op(B)ₚⱼ` to the block's `Cᵢⱼ`, with the block's `op(B)ₚⱼ` held in locals. Each `Cᵢⱼ`
 * still sums its terms in `p` order from 0, so the bits equal the other paths'. One loop per
 * block width (not one loop with a width test inside): V8 keeps only these fully in registers.
 */
const tallGemm: StridedKernel = (m, n, k, a, aRow, aCol, b, bRow, bCol, c) => {
  c.fill(0, 0, m * n);
  for (let j = 0; j < n; j += 4) {
    const width = n - j < 4 ? n - j : 4;
    for (let p = 0; p < k; p++) {
      const bi = p * bRow + j * bCol;
      let ai = p * aCol, ci = j;
      if (width === 4) {
        const b0 = b[bi] as number, b1 = b[bi + bCol] as number, b2 = b[bi + 2 * bCol] as number, b3 = b[bi + 3 * bCol] as number;
        for (let i = 0; i < m; i++, ai += aRow, ci += n) {
          const x = a[ai] as number;
          c[ci] = (c[ci] as number) + x * b0;
          c[ci + 1] = (c[ci + 1] as number) + x * b1;
          c[ci + 2] = (c[ci + 2] as number) + x * b2;
          c[ci + 3] = (c[ci + 3] as number) + x * b3;
        }
      } else if (width === 3) {
        const b0 = b[bi] as number, b1 = b[bi + bCol] as number, b2 = b[bi + 2 * bCol] as number;
        for (let i = 0; i < m; i++, ai += aRow, ci += n) {
          const x = a[ai] as number;
          c[ci] = (c[ci] as number) + x * b0;
          c[ci + 1] = (c[ci + 1] as number) + x * b1;
          c[ci + 2] = (c[ci + 2] as number) + x * b2;
        }
      } else if (width === 2) {
        const b0 = b[bi] as number, b1 = b[bi + bCol] as number;
        for (let i = 0; i < m; i++, ai += aRow, ci += n) {
          const x = a[ai] as number;
          c[ci] = (c[ci] as number) + x * b0;
          c[ci + 1] = (c[ci + 1] as number) + x * b1;
        }
      } else {
        const b0 = b[bi] as number;
        for (let i = 0; i < m; i++, ai += aRow, ci += n) c[ci] = (c[ci] as number) + (a[ai] as number) * b0;
      }
    }
  }
};
