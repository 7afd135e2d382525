import { grow, wasmRuntime, type WasmRuntime } from "./wasm-runtime.js";
import { HEADER_BYTES, SCRATCH, parallelGemm, threadPool, threadsInUse } from "./thread-pool.js";
import { THREAD_MIN_WORK, settings } from "./settings.js";

/** Products run by gemm.wat so far, and how many of them were split across threads (for tests). */
export const wasmCalls = { total: 0, threaded: 0 };

/** Views of C's place in the memory, one per (offset, length), so copying C out allocates nothing once warm. */
const outViews: { f64: Float64Array; from: number; size: number; view: Float64Array }[] = [];
const OUT_VIEWS = 16;

function outView(rt: WasmRuntime, from: number, size: number): Float64Array {
  const f64 = rt.f64;
  for (let i = 0; i < outViews.length; i++) {
    const v = outViews[i] as (typeof outViews)[number];
    if (v.from === from && v.size === size && v.f64 === f64) return v.view;
  }
  const view = f64.subarray(from, from + size);
  if (outViews.length === OUT_VIEWS) outViews.shift();
  outViews.push({ f64, from, size, view });
  return view;
}

/**
 * `C = op(A)·op(B)` by gemm.wat, for the products the JS path would pack (see gemm.ts). Each
 * operand is copied, as it is stored, into the WebAssembly memory (one memcpy), and packed there
 * by gemm.wat's `pack` into 4-row strips of op(A) and 4-column strips of op(B), the layout pack.ts
 * makes for JS (a transposed operand is read through its strides while packing, never
 * transposed whole); gemm.wat writes C in the memory and C is copied out (another memcpy).
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
  // Byte offsets (sums in doubles: past 2³¹ they would not fit i32): packed A and B, C, then the
  // operands as they are stored.
  const ap = HEADER_BYTES, bp = ap + 32 * k * mS, cp = bp + 32 * k * nS;
  const sa = cp + 8 * m * n, sb = sa + 8 * m * k, end = sb + 8 * k * n;
  if (end > rt.bytes && !grow(rt, end)) return false;
  const f64 = rt.f64;
  f64.set(a.length === m * k ? a : a.subarray(0, m * k), sa >> 3);
  f64.set(b.length === k * n ? b : b.subarray(0, k * n), sb >> 3);
  rt.pack(sa, 8 * aRow, 8 * aCol, m, k, ap);
  rt.pack(sb, 8 * bCol, 8 * bRow, n, k, bp);
  const threads = m * n * k >= THREAD_MIN_WORK ? threadsInUse(rt) : 1;
  const pool = threads > 1 ? threadPool(rt, threads) : null;
  wasmCalls.total++;
  if (pool === null) rt.gemm(ap, 32 * k, 32, bp, 32 * k, 32, cp, m, n, k, 0, mS, 0, nS, SCRATCH);
  else if (parallelGemm(rt, pool, ap, 32 * k, 32, bp, 32 * k, 32, cp, m, n, k)) wasmCalls.threaded++;
  const size = m * n;
  c.set(outView(rt, cp >> 3, size));
  return true;
}
