// Profiling aid, not part of `pnpm bench`: how fast could a 784-128-64-10 epoch be if every matrix
// of a step lived in the WebAssembly memory (the design that would skip copying operands in and C
// out of each product)? Trains the same network, batch 64, one epoch of the bench's 10 000 rows,
// straight on gemm.wat with every matrix resident, in two forms:
//   resident        the whole step, with the element-wise work (bias, ReLU, softmax, gradients,
//                   SGD, the finiteness scan) as plain JS loops on views of that memory;
//   products only   the same with every element-wise loop left out: the gather, packing, the
//                   seven products and the weights' random start, and nothing else (it learns
//                   nothing right: a lower bound, not a trainer);
// beside `model.fit` and the tutorials' NumPy loop, interleaved round by round, best of N:
//   BACKPROP_THREADS=2 node --expose-gc src/resident-ceiling.mjs [rounds]
// gemm.wat's runtime and thread pool, which @backprop/linalg does not export, come from
// linalg-internals.mjs.
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { linalg } from "./linalg-internals.mjs";
import { backpropSeconds } from "./backprop.mjs";
import { configurations } from "./configs.mjs";
import { numpyAvailable, numpySeconds } from "./numpy.mjs";

const { wasmRuntime, grow, threadPool, parallelGemm, threadsInUse, SCRATCH, RandomState, kernelInfo } = linalg;

const rounds = Number(process.argv[2] ?? "5");
const c = configurations().find((x) => x.name === "large");
const X = c.x.data, N = c.x.rows, D = 784, H1 = 128, H2 = 64, K = 10, B = 64, LR = 0.01;
const rt = wasmRuntime();
if (rt === null) throw new Error("resident-ceiling: this host has no WebAssembly SIMD");

// Every matrix at a fixed byte offset, past the 64 MiB that the library's own products use.
let next = 64 << 20;
const sizes = {
  xb: B * D, w1: D * H1, b1: H1, z1: B * H1, a1: B * H1, w2: H1 * H2, b2: H2, z2: B * H2, a2: B * H2,
  w3: H2 * K, b3: K, z3: B * K, dz3: B * K, dw3: H2 * K, da2: B * H2, dz2: B * H2, dw2: H1 * H2,
  da1: B * H1, dz1: B * H1, dw1: D * H1, packedA: 4 * 200 * D, packedB: 4 * 200 * D,
};
const at = {};
for (const [name, doubles] of Object.entries(sizes)) {
  at[name] = next;
  next += 8 * doubles + 64;
}
grow(rt, next);
const view = {};
for (const [name, doubles] of Object.entries(sizes)) view[name] = rt.f64.subarray(at[name] >> 3, (at[name] >> 3) + doubles);
const threads = threadsInUse(rt);
const pool = threads > 1 ? threadPool(rt, threads) : null;

/** C (m×n) = op(A)·op(B) on resident operands, packed and split as the library's wasmGemm does. */
function product(transA, transB, m, n, k, a, b, c) {
  const aRow = transA ? 1 : k, aCol = transA ? m : 1, bRow = transB ? 1 : n, bCol = transB ? k : 1;
  rt.pack(a, 8 * aRow, 8 * aCol, m, k, at.packedA);
  rt.pack(b, 8 * bCol, 8 * bRow, n, k, at.packedB);
  if (pool !== null && m * n * k >= 64 * 64 * 64) parallelGemm(rt, pool, at.packedA, 32 * k, 32, at.packedB, 32 * k, 32, c, m, n, k);
  else rt.gemm(at.packedA, 32 * k, 32, at.packedB, 32 * k, 32, c, m, n, k, 0, (m + 3) >> 2, 0, (n + 3) >> 2, SCRATCH);
}

const biasRelu = (z, b, a, rows, cols) => {
  for (let i = 0, q = 0; i < rows; i++) for (let j = 0; j < cols; j++, q++) { const s = z[q] + b[j]; z[q] = s; a[q] = s > 0 ? s : 0; }
};
const reluBack = (da, z, dz, n) => { for (let q = 0; q < n; q++) dz[q] = z[q] > 0 ? da[q] : 0; };
const biasStep = (dz, rows, cols, b) => { for (let j = 0; j < cols; j++) { let s = 0; for (let i = 0; i < rows; i++) s += dz[i * cols + j]; b[j] -= LR * s; } };
const sgd = (w, g) => { for (let q = 0; q < w.length; q++) w[q] -= LR * g[q]; };
const finite = (w) => { let s = 0; for (let q = 0; q < w.length; q++) s += w[q] * 0; return s === 0; };

/** Softmax of z3 + b3 row by row, dZ3 = (p − y)/m into dz3; returns the batch's summed loss. */
function softmaxStep(order, start, m) {
  const z = view.z3, dz = view.dz3, b = view.b3;
  let loss = 0;
  for (let i = 0; i < m; i++) {
    const label = c.y[order[start + i]];
    let max = -Infinity;
    for (let j = 0; j < K; j++) max = Math.max(max, (z[i * K + j] += b[j]));
    let sum = 0;
    for (let j = 0; j < K; j++) sum += (dz[i * K + j] = Math.exp(z[i * K + j] - max));
    for (let j = 0; j < K; j++) dz[i * K + j] = (dz[i * K + j] / sum - (j === label ? 1 : 0)) / m;
    loss -= Math.log(Math.max(dz[i * K + label] * m + 1, 1e-15));
  }
  return loss;
}

function epoch(elementwise) {
  const rng = new RandomState(42);
  view.w1.set(rng.randn(D, H1).data);
  view.w2.set(rng.randn(H1, H2).data);
  view.w3.set(rng.randn(H2, K).data);
  const order = rng.permutation(N);
  for (let start = 0; start < N; start += B) {
    const m = Math.min(B, N - start);
    if (elementwise && !(finite(view.w1) && finite(view.w2) && finite(view.w3))) throw new Error("a weight is not finite");
    for (let r = 0; r < m; r++) rt.f64.set(X.subarray(order[start + r] * D, order[start + r] * D + D), (at.xb >> 3) + r * D);
    product(false, false, m, H1, D, at.xb, at.w1, at.z1);
    if (elementwise) biasRelu(view.z1, view.b1, view.a1, m, H1);
    product(false, false, m, H2, H1, at.a1, at.w2, at.z2);
    if (elementwise) biasRelu(view.z2, view.b2, view.a2, m, H2);
    product(false, false, m, K, H2, at.a2, at.w3, at.z3);
    if (elementwise) softmaxStep(order, start, m);
    product(true, false, H2, K, m, at.a2, at.dz3, at.dw3);
    product(false, true, m, H2, K, at.dz3, at.w3, at.da2);
    if (elementwise) { biasStep(view.dz3, m, K, view.b3); reluBack(view.da2, view.z2, view.dz2, m * H2); }
    product(true, false, H1, H2, m, at.a1, at.dz2, at.dw2);
    product(false, true, m, H1, H2, at.dz2, at.w2, at.da1);
    if (elementwise) { biasStep(view.dz2, m, H2, view.b2); reluBack(view.da1, view.z1, view.dz1, m * H1); }
    product(true, false, D, H1, m, at.xb, at.dz1, at.dw1);
    if (elementwise) { biasStep(view.dz1, m, H1, view.b1); sgd(view.w1, view.dw1); sgd(view.w2, view.dw2); sgd(view.w3, view.dw3); }
  }
}

const seconds = (run) => { globalThis.gc?.(); const t = performance.now(); run(); return (performance.now() - t) / 1000; };
epoch(true);
epoch(false);
backpropSeconds(c);
await sleep(100); // lets the worker threads start
const withNumpy = numpyAvailable();
const times = { "NumPy (the tutorials' loop)": [], "model.fit": [], "resident, JS element-wise": [], "resident, products only": [] };
for (let r = 0; r < rounds; r++) {
  if (withNumpy) times["NumPy (the tutorials' loop)"].push(numpySeconds(c));
  times["model.fit"].push(seconds(() => backpropSeconds(c)));
  times["resident, JS element-wise"].push(seconds(() => epoch(true)));
  times["resident, products only"].push(seconds(() => epoch(false)));
}
const k = kernelInfo();
console.log(`784-128-64-10, batch 64, one epoch of ${N} rows; ${k.kernel} on ${k.threads} thread(s); best of ${rounds} interleaved rounds (all rounds in brackets)`);
for (const [name, t] of Object.entries(times)) {
  if (t.length > 0) console.log(`${name.padEnd(28)} ${Math.min(...t).toFixed(3)} s   [${t.map((x) => x.toFixed(3)).join(" ")}]`);
}
