import { packCols, packRows } from "./pack.js";
import { grow, wasmRuntime } from "./wasm-runtime.js";
import { HEADER_BYTES, SCRATCH, parallelGemm, threadPool, threadsInUse } from "./thread-pool.js";
import { THREAD_MIN_WORK, settings } from "./settings.js";

/**
 * Whether an operand with `stride` doubles between steps is better copied as it is than packed:
 * when it is at most 1 MiB (so it stays in L2 while its strips are read again and again) and its
 * stride is not a multiple of 256 doubles (2 KiB), whose steps would all fall in a few L1 sets.
 * (Measured: copying as is saves about 6% of a 784-128-64-10 epoch; n = 1024 squares lose 35%.)
 */
function inPlaceOk(stride: number, size: number): boolean {
  return size <= 131072 && stride % 256 !== 0;
}

/** Products run by gemm.wat so far, and how many of them were split across threads (for tests). */
export const wasmCalls = { total: 0, threaded: 0 };

/**
 * `C = op(A)·op(B)` by gemm.wat, for the products the JS path would pack (see gemm.ts): each
 * operand goes, whole, into the WebAssembly memory, either packed (4-row strips of op(A), 4-column
 * strips of op(B), as pack.ts packs them for JS) or, where four consecutive rows of op(A) (A
 * stored transposed) or columns of op(B) (B stored as is) already sit side by side, copied as it
 * is (a memcpy instead of a gather); gemm.wat writes C there, and C is copied out.
 * Each Cᵢⱼ is summed in blocks of 256 terms as the JS packed path sums it: the same bits. Products
 * of at least THREAD_MIN_WORK multiply-adds are split across threads when there are several.
 * Returns false (having done nothing) where WebAssembly SIMD is missing or the product would not
 * fit in the module's memory; the caller then runs the JS kernel.
 */
export function wasmGemm(
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
): boolean {
  if (settings.kernel === "js") return false;
  const rt = wasmRuntime();
  if (rt === null) return false;
  const mS = (m + 3) >> 2, nS = (n + 3) >> 2;
  // Byte offsets of A, B and C (sums in doubles: past 2³¹ they would not fit i32). A copied
  // operand gets 32 bytes of slack: an edge tile's unused lanes read past its last row.
  const rawA = aRow === 1 && inPlaceOk(aCol, m * k), rawB = bCol === 1 && inPlaceOk(bRow, k * n);
  const ap = HEADER_BYTES, bp = ap + (rawA ? 8 * m * k + 32 : 32 * k * mS), cp = bp + (rawB ? 8 * k * n + 32 : 32 * k * nS);
  const end = cp + 8 * m * n;
  if (end > rt.bytes && !grow(rt, end)) return false;
  const f64 = rt.f64;
  if (rawA) f64.set(a.length === m * k ? a : a.subarray(0, m * k), ap >> 3);
  else packRows(a, aRow, aCol, 0, m, 0, k, f64, ap >> 3);
  if (rawB) f64.set(b.length === k * n ? b : b.subarray(0, k * n), bp >> 3);
  else packCols(b, bRow, bCol, 0, k, 0, n, f64, bp >> 3);
  const aStrip = rawA ? 32 : 32 * k, aStep = rawA ? 8 * m : 32;
  const bStrip = rawB ? 32 : 32 * k, bStep = rawB ? 8 * n : 32;
  const threads = m * n * k >= THREAD_MIN_WORK ? threadsInUse(rt) : 1;
  const pool = threads > 1 ? threadPool(rt, threads) : null;
  wasmCalls.total++;
  if (pool === null) rt.gemm(ap, aStrip, aStep, bp, bStrip, bStep, cp, m, n, k, 0, mS, 0, nS, SCRATCH);
  else if (parallelGemm(rt, pool, ap, aStrip, aStep, bp, bStrip, bStep, cp, m, n, k)) wasmCalls.threaded++;
  const size = m * n, from = cp >> 3;
  for (let i = 0; i < size; i++) c[i] = f64[from + i] as number;
  return true;
}
