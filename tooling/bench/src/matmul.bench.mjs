// GFLOP/s of the three matrix products for square float64 matrices on each kernel, in this one
// process: the JS kernels (the reference, and the fallback where WebAssembly SIMD is missing),
// WebAssembly SIMD on one thread, and WebAssembly SIMD on every core; beside a naive i-k-j loop.
// Then the allocations of a warmed-up matmul(a, b, out).
import { Matrix, RandomState, kernelInfo, matmul, matmulAtB, matmulABt, setKernelOptions } from "@backprop/linalg";
import { setTimeout as sleep } from "node:timers/promises";
import { countAllocations, secondsPerCall, wallSecondsPerCall } from "./measure.mjs";

const SIZES = [64, 128, 256, 512, 1024];

/** The textbook loop over Float64Array, the baseline the issue compares against. */
function naiveMatmul(a, b, c) {
  const m = a.rows, k = a.cols, n = b.cols;
  const x = a.data, y = b.data, z = c.data;
  z.fill(0);
  for (let i = 0; i < m; i++) {
    for (let p = 0; p < k; p++) {
      const aip = x[i * k + p];
      for (let j = 0; j < n; j++) z[i * n + j] += aip * y[p * n + j];
    }
  }
}

function gflops(n, seconds) {
  return (2 * n * n * n) / seconds / 1e9;
}

const PRODUCTS = [matmul, matmulAtB, matmulABt];

/** The element-wise larger GFLOP/s of two measurements (the faster run of each product). */
const best = (a, b) => a.map((g, i) => Math.max(g, b[i] ?? 0));

/** Starts the worker threads (they start asynchronously) before anything is timed on them. */
async function warmThreads(a, b, out) {
  for (let i = 0; i < 20; i++) {
    matmul(a, b, out);
    await sleep(25);
  }
}

/** A kernel's description, as the table's heading prints it. */
function describeKernel() {
  const k = kernelInfo();
  const kernel = k.kernel === "wasm-simd" ? "WASM SIMD (gemm.wat, f64x2, 4×4 tiles)" : "JS (4×4 scalar tiles)";
  return `${kernel}, ${k.threads} thread${k.threads === 1 ? "" : "s"}`;
}

/** GFLOP/s of the three products at size n on the kernel now set, in CPU time (1 thread) or wall time. */
function measureProducts(n, a, b, out, wall) {
  const options = n >= 512 ? { minSeconds: 0.3, batches: 5 } : {};
  const time = wall ? wallSecondsPerCall : secondsPerCall;
  return PRODUCTS.map((product) => gflops(n, time(() => product(a, b, out), options)));
}

export default async function matmulSuite() {
  const rng = new RandomState(0);
  const rows = [];
  const kernels = [];
  const cores = kernelInfo().threads;
  for (const [label, options] of [["JS", { kernel: "js", threads: 1 }], ["WASM 1T", { kernel: "auto", threads: 1 }], [`WASM ${cores}T`, { kernel: "auto", threads: "auto" }]]) {
    setKernelOptions(options);
    kernels.push(`${label} = ${describeKernel()}`);
  }
  for (const n of SIZES) {
    const a = rng.randn(n, n), b = rng.randn(n, n), out = Matrix.zeros(n, n);
    setKernelOptions({ kernel: "js", threads: 1 });
    const js = measureProducts(n, a, b, out, false);
    setKernelOptions({ kernel: "auto", threads: 1 });
    const one = measureProducts(n, a, b, out, false);
    // The thread speed-up compares wall-clock times on both sides, one thread then every core,
    // twice over, each side's best: CPU time would flatter one thread (a busy neighbour's time is
    // not counted) and a single pair would catch whatever the neighbours did in that second.
    let oneWall = [0, 0, 0], all = [0, 0, 0];
    for (let round = 0; round < 2; round++) {
      setKernelOptions({ kernel: "auto", threads: 1 });
      oneWall = best(oneWall, measureProducts(n, a, b, out, true));
      setKernelOptions({ kernel: "auto", threads: "auto" });
      await warmThreads(a, b, out);
      all = best(all, measureProducts(n, a, b, out, true));
    }
    const naive = gflops(n, secondsPerCall(() => naiveMatmul(a, b, out), n >= 512 ? { minSeconds: 0, batches: 2 } : {}));
    rows.push({ n, js, one, oneWall, all, naive });
  }
  setKernelOptions({ kernel: "auto", threads: "auto" });
  console.log(`kernels: ${kernels.join("; ")}`);
  console.log(`(products under ${kernelInfo().wasmMinWork} multiply-adds run on the JS kernels, and under ${kernelInfo().threadMinWork} on one thread)`);
  console.log("GFLOP/s (2·n³ flops per product, float64; fastest of 5 batches; JS and WASM 1T in process CPU");
  console.log(`time, WASM ${cores}T in wall-clock time, since CPU time would add up the threads). Columns: AB = matmul,`);
  console.log("AtB = matmulAtB, ABt = matmulABt.");
  const head = ["JS", "WASM 1T", `WASM ${cores}T`].flatMap((k) => ["AB", "AtB", "ABt"].map((v) => `${k} ${v}`));
  console.log(`(${cores}T/1T: ${cores}-thread over 1-thread speed, both in wall-clock time, each the best of two alternations.)`);
  console.log(`     n${head.map((h) => h.padStart(12)).join("")}  naive i-k-j  ${cores}T/1T AB / AtB / ABt`);
  for (const r of rows) {
    const cells = [...r.js, ...r.one, ...r.all].map((g) => g.toFixed(2).padStart(12)).join("");
    const speedUps = r.all.map((g, i) => `${(g / (r.oneWall[i] ?? g)).toFixed(2)}×`).join(" / ");
    console.log(`${String(r.n).padStart(6)}${cells}  ${r.naive.toFixed(2).padStart(11)}  ${speedUps.padStart(22)}`);
  }

  const a = rng.randn(64, 64), b = rng.randn(64, 64), out = Matrix.zeros(64, 64);
  const big = rng.randn(300, 300), big2 = rng.randn(300, 300), bigOut = Matrix.zeros(300, 300);
  const checks = [
    ["matmul(a, b, out)      64×64", await countAllocations(function matmulInto() { matmul(a, b, out); })],
    ["matmulAtB(a, b, out)   64×64", await countAllocations(function matmulAtBInto() { matmulAtB(a, b, out); })],
    ["matmulABt(a, b, out)   64×64", await countAllocations(function matmulABtInto() { matmulABt(a, b, out); })],
    ["matmul(a, b, out)    300×300", await countAllocations(function matmulIntoBlocked() { matmul(big, big2, bigOut); }, { calls: 50, warmup: 30 })],
    ["control: matmul(a, b)  64×64", await countAllocations(function matmulFresh() { matmul(a, b); }, { calls: 2000 })],
  ];
  console.log("\nAllocations per call, warmed up (method: V8's sampling heap profiler via node:inspector,");
  console.log("sampling every 8 bytes incl. objects already collected, counting stacks inside linalg;");
  console.log("the control allocates its result, to show the method sees allocations):");
  for (const [label, r] of checks) {
    console.log(`  ${label}: ${r.perCall.toFixed(2).padStart(5)}  (${r.allocations} allocations, ${r.bytes} bytes over ${r.calls} calls)`);
  }
}
