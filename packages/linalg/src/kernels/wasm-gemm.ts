import { packCols, packRows } from "./pack.js";
import { grow, wasmRuntime } from "./wasm-runtime.js";
import { HEADER_BYTES, SCRATCH, parallelGemm, threadPool, threadsInUse } from "./thread-pool.js";
import { THREAD_MIN_WORK, settings } from "./settings.js";

/** Products run by gemm.wat so far, and how many of them were split across threads (for tests). */
export const wasmCalls = { total: 0, threaded: 0 };

/**
 * `C = op(A)·op(B)` by gemm.wat, for the products the JS path would pack (see gemm.ts): both
 * operands are packed, whole, into the WebAssembly memory (4-row strips of op(A), 4-column strips
 * of op(B), exactly as pack.ts packs them for JS), gemm.wat writes C there, and C is copied out.
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
  // Byte offsets of packed A, packed B and C (sums in doubles: past 2³¹ they would not fit i32).
  const ap = HEADER_BYTES, bp = ap + 32 * k * mS, cp = bp + 32 * k * nS, end = cp + 8 * m * n;
  if (end > rt.bytes && !grow(rt, end)) return false;
  const f64 = rt.f64;
  packRows(a, aRow, aCol, 0, m, 0, k, f64, ap >> 3);
  packCols(b, bRow, bCol, 0, k, 0, n, f64, bp >> 3);
  const threads = m * n * k >= THREAD_MIN_WORK ? threadsInUse(rt) : 1;
  const pool = threads > 1 ? threadPool(rt, threads) : null;
  wasmCalls.total++;
  if (pool === null) rt.gemm(ap, bp, cp, m, n, k, 0, mS, 0, nS, SCRATCH);
  else if (parallelGemm(rt, pool, ap, bp, cp, m, n, k)) wasmCalls.threaded++;
  const size = m * n, from = cp >> 3;
  for (let i = 0; i < size; i++) c[i] = f64[from + i] as number;
  return true;
}
