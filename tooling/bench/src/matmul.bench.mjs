// GFLOP/s of the three matrix products for square float64 matrices, beside a naive i-k-j loop run
// in this same process, and the allocations of a warmed-up matmul(a, b, out).
import { Matrix, RandomState, matmul, matmulAtB, matmulABt } from "@backprop/linalg";
import { countAllocations, secondsPerCall } from "./measure.mjs";

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

export default async function matmulSuite() {
  const rng = new RandomState(0);
  const rows = [];
  for (const n of SIZES) {
    const a = rng.randn(n, n), b = rng.randn(n, n), out = Matrix.zeros(n, n);
    const options = n >= 512 ? { minSeconds: 0.3, batches: 5 } : {};
    rows.push({
      n,
      matmul: gflops(n, secondsPerCall(() => matmul(a, b, out), options)),
      matmulAtB: gflops(n, secondsPerCall(() => matmulAtB(a, b, out), options)),
      matmulABt: gflops(n, secondsPerCall(() => matmulABt(a, b, out), options)),
      naive: gflops(n, secondsPerCall(() => naiveMatmul(a, b, out), n >= 512 ? { minSeconds: 0, batches: 2 } : {})),
    });
  }
  console.log("GFLOP/s (2·n³ flops per product, float64; fastest of 5 batches, timed in process CPU time)");
  console.log("     n   matmul  matmulAtB  matmulABt  naive i-k-j  speed-up");
  for (const r of rows) {
    const cells = [r.matmul, r.matmulAtB, r.matmulABt].map((g) => g.toFixed(2).padStart(9));
    console.log(`${String(r.n).padStart(6)}${cells[0]}  ${cells[1]}  ${cells[2]}  ${r.naive.toFixed(2).padStart(11)}  ${(r.matmul / r.naive).toFixed(1).padStart(7)}×`);
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
