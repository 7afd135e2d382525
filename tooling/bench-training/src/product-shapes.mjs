// Profiling aid, not part of `pnpm bench`: each product of a 784-128-64-10 training step (batch 64)
// and a 512³ one, on operands already in gemm.wat's memory, timed in parts: copying the operands
// in, packing them, gemm.wat on the calling thread alone, and gemm.wat split across the pool
// (whatever THREAD_MIN_WORK says), mean µs over 300 calls, two passes:
//   BACKPROP_THREADS=2 node src/product-shapes.mjs
// gemm.wat's runtime and thread pool come from linalg-internals.mjs.
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { linalg } from "./linalg-internals.mjs";

const { wasmRuntime, grow, threadPool, parallelGemm, threadsInUse, SCRATCH } = linalg;
const rt = wasmRuntime();
if (rt === null) throw new Error("product-shapes: this host has no WebAssembly SIMD");
grow(rt, 200 << 20);
const threads = threadsInUse(rt);
const pool = threads > 1 ? threadPool(rt, threads) : null;
await sleep(300); // lets the workers start
const base = 64 << 20;
const A = base, B = base + (8 << 20), PA = base + (16 << 20), PB = base + (24 << 20), C = base + (32 << 20);
for (let i = 0; i < (40 << 20) / 8; i++) rt.f64[(base >> 3) + i] = Math.random() - 0.5;
function bench(name, transA, transB, m, n, k) {
  const aRow = transA ? 1 : k, aCol = transA ? m : 1, bRow = transB ? 1 : n, bCol = transB ? k : 1;
  const reps = 300;
  let tp = 0, tg1 = 0, tg2 = 0, tc = 0;
  const src = new Float64Array(m * k + k * n);
  for (let r = 0; r < reps + 50; r++) {
    const t0 = performance.now();
    rt.f64.set(src.subarray(0, m*k), A >> 3); rt.f64.set(src.subarray(m*k), B >> 3);
    const t1 = performance.now();
    rt.pack(A, 8 * aRow, 8 * aCol, m, k, PA);
    rt.pack(B, 8 * bCol, 8 * bRow, n, k, PB);
    const t2 = performance.now();
    rt.gemm(PA, 32 * k, 32, PB, 32 * k, 32, C, m, n, k, 0, (m + 3) >> 2, 0, (n + 3) >> 2, SCRATCH);
    const t3 = performance.now();
    if (pool) parallelGemm(rt, pool, PA, 32 * k, 32, PB, 32 * k, 32, C, m, n, k);
    const t4 = performance.now();
    if (r >= 50) { tc += t1 - t0; tp += t2 - t1; tg1 += t3 - t2; tg2 += t4 - t3; }
  }
  const f = (x) => (1000 * x / reps).toFixed(1).padStart(7);
  console.log(`${name.padEnd(28)} copyin ${f(tc)}us pack ${f(tp)}us gemm1T ${f(tg1)}us gemm2T ${f(tg2)}us  GF1=${(2*m*n*k/(tg1/reps)/1e6).toFixed(1)} GF2=${(2*m*n*k/(tg2/reps)/1e6).toFixed(1)}`);
}
for (let t = 0; t < 2; t++) {
bench("fwd1 64x784 . 784x128", false, false, 64, 128, 784);
bench("dW1 (64x784)T . 64x128", true, false, 784, 128, 64);
bench("fwd2 64x128 . 128x64", false, false, 64, 64, 128);
bench("dW2 (64x128)T . 64x64", true, false, 128, 64, 64);
bench("dA1 64x64 . (128x64)T", false, true, 64, 128, 64);
bench("n512", false, false, 512, 512, 512);
}
process.exit(0);
