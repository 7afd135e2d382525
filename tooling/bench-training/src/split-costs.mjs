// Profiling aid, not part of `pnpm bench`: where a product split across two threads loses time.
// For one product of a 784-128-64-10 step (default the 784→128 layer's forward, 64×784·784×128;
// `node src/split-costs.mjs 784,128,64` for its weight gradient), on operands already packed in
// gemm.wat's memory, median µs of 300 calls of:
//   1T       gemm.wat on the calling thread alone
//   dynamic  the library's split (parallelGemm: 4 chunks per thread, claimed one at a time)
//   halves   a fixed split: the worker claims the second half's chunks, the caller runs the first half
// each measured twice: with the packed operands as the last call left them, and right after the
// calling thread packed them again (so the worker must fetch them from the other core's cache):
//   BACKPROP_THREADS=2 node src/split-costs.mjs [m,n,k]
// gemm.wat's runtime and thread pool come from linalg-internals.mjs; the control block's word
// offsets below are thread-pool.ts's (GEN 0, COMPLETED 1, CLAIM 3, JOB 4…13, STRIPS 14,
// CHUNKS 15, BY_ROWS 16; CLAIM holds the job's tag · 2¹¹ + the next chunk).
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { linalg } from "./linalg-internals.mjs";

const { wasmRuntime, grow, threadPool, threadsInUse, parallelGemm, SCRATCH } = linalg;
const rt = wasmRuntime();
if (rt === null) throw new Error("split-costs: this host has no WebAssembly SIMD");
grow(rt, 200 << 20);
const pool = threadsInUse(rt) > 1 ? threadPool(rt, 2) : null;
if (pool === null) throw new Error("split-costs: needs two threads (BACKPROP_THREADS=2 on a machine with shared memory)");
await sleep(300); // lets the worker start
const [m, n, k] = (process.argv[2] ?? "64,128,784").split(",").map(Number);
const base = 64 << 20, A = base, B = base + (8 << 20), PA = base + (16 << 20), PB = base + (24 << 20), C = base + (32 << 20);
for (let i = 0; i < (40 << 20) / 8; i++) rt.f64[(base >> 3) + i] = Math.random() - 0.5;
const mS = (m + 3) >> 2, nS = (n + 3) >> 2, byRows = mS >= nS, strips = byRows ? mS : nS;
const words = new Int32Array(rt.memory.buffer, 0, 4096);
const share = (part, parts) => Math.floor((strips * part) / parts);

const pack = () => {
  rt.pack(A, 8 * k, 8, m, k, PA);
  rt.pack(B, 8, 8 * n, n, k, PB);
};
const oneThread = () => rt.gemm(PA, 32 * k, 32, PB, 32 * k, 32, C, m, n, k, 0, mS, 0, nS, SCRATCH);
const dynamic = () => parallelGemm(rt, pool, PA, 32 * k, 32, PB, 32 * k, 32, C, m, n, k);
/** The worker claims chunks [chunks/2, chunks) of an 8-chunk job; this thread runs [0, chunks/2) itself. */
function halves() {
  const chunks = 8, half = chunks / 2;
  const gen = (Atomics.load(words, 0) + 1) | 0, tag = gen & ((1 << 19) - 1);
  [PA, 32 * k, 32, PB, 32 * k, 32, C, m, n, k].forEach((v, i) => (words[4 + i] = v));
  words[14] = strips; words[15] = chunks; words[16] = byRows ? 1 : 0;
  Atomics.store(words, 1, 0);
  Atomics.store(words, 3, (tag << 11) | half);
  Atomics.store(words, 0, gen);
  Atomics.notify(words, 0);
  const s0 = share(0, chunks), s1 = share(half, chunks);
  if (byRows) rt.gemm(PA, 32 * k, 32, PB, 32 * k, 32, C, m, n, k, s0, s1, 0, nS, SCRATCH);
  else rt.gemm(PA, 32 * k, 32, PB, 32 * k, 32, C, m, n, k, 0, mS, s0, s1, SCRATCH);
  while (Atomics.load(words, 1) < chunks - half);
}

function median(f, before) {
  for (let r = 0; r < 30; r++) { before(); f(); }
  const times = [];
  for (let r = 0; r < 300; r++) {
    before();
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return (1000 * times[times.length >> 1]).toFixed(0).padStart(5);
}
console.log(`${m}×${k}·${k}×${n}, split by ${byRows ? "rows" : "columns"}; median µs of the product alone (packing untimed)`);
pack();
for (let pass = 0; pass < 2; pass++) {
  for (const [label, before] of [["packed earlier", () => {}], ["packed just now", pack]]) {
    console.log(`${label.padEnd(16)} 1T ${median(oneThread, before)}   dynamic ${median(dynamic, before)}   halves ${median(halves, before)}`);
  }
}
process.exit(0);
