// Nanoseconds per call of linalg ops on the small shapes of a training step (a 32-row batch
// through a 16-unit layer), where fixed per-call costs such as argument checks show most.
import { Matrix, RandomState, add, addRowVector, matmul, matmulAtB, mul, scale, sum, transpose } from "@backprop/linalg";
import { secondsPerCall } from "./measure.mjs";

export default async function smallOpsSuite() {
  const rng = new RandomState(3);
  const x = rng.randn(32, 16), w = rng.randn(16, 16), bias = rng.randn(1, 16);
  const tiny = rng.randn(2, 2), tinyOut = Matrix.zeros(2, 2);
  const out = Matrix.zeros(32, 16), grad = Matrix.zeros(16, 16), row = Matrix.zeros(1, 16), t = Matrix.zeros(16, 32);
  const cases = [
    ["add(a, b, out)          2×2", () => add(tiny, tiny, tinyOut)],
    ["mul(a, b, out)          2×2", () => mul(tiny, tiny, tinyOut)],
    ["matmul(a, b, out)       2×2", () => matmul(tiny, tiny, tinyOut)],
    ["add(a, b, out)        32×16", () => add(x, out, out)],
    ["scale(a, s, out)      32×16", () => scale(x, 0.5, out)],
    ["addRowVector(a, row, out) 32×16", () => addRowVector(x, bias, out)],
    ["sum(a, 0, out)        32×16", () => sum(x, 0, row)],
    ["transpose(a, out)     32×16", () => transpose(x, t)],
    ["matmul(x, w, out)  32×16·16×16", () => matmul(x, w, out)],
    ["matmulAtB(x, d, out) 16×32·32×16", () => matmulAtB(x, out, grad)],
  ];
  console.log("nanoseconds per call (fastest of 9 batches, process CPU time)");
  for (const [label, fn] of cases) {
    const ns = secondsPerCall(fn, { minSeconds: 0.1, batches: 9 }) * 1e9;
    console.log(`  ${label.padEnd(34)} ${ns.toFixed(1).padStart(8)}`);
  }
}
