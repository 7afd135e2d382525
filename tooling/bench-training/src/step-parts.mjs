// The per-step pieces of the 784-128-64-10 network (batch 64), timed one by one in process CPU
// time on the kernel settings given by BACKPROP_KERNEL / BACKPROP_THREADS:
//   node src/step-parts.mjs
import { Matrix, RandomState, addRowVector, kernelInfo, matmul, matmulABt, matmulAtB, sum } from "@backprop/linalg";
// @backprop/activations is not a dependency of this package: its built bundle, by path.
import { getActivation } from "../../../packages/activations/dist/index.js";
import { sgd } from "@backprop/optimizers";

const rng = new RandomState(0);
const x = rng.randn(64, 784), w1 = rng.randn(784, 128), b1 = rng.randn(1, 128), z1 = Matrix.zeros(64, 128), a1 = Matrix.zeros(64, 128);
const w2 = rng.randn(128, 64), z2 = Matrix.zeros(64, 64), dz1 = rng.randn(64, 128), dw1 = Matrix.zeros(784, 128), db1 = Matrix.zeros(1, 128);
const dz2 = rng.randn(64, 64), dx2 = Matrix.zeros(64, 128), dw2 = Matrix.zeros(128, 64);
const relu = getActivation("relu"), softmax = getActivation("softmax");
const z3 = rng.randn(64, 10), a3 = Matrix.zeros(64, 10);
const opt = sgd({ learningRate: 1e-9 });
const params = [{ name: "w1", value: w1, grad: dw1 }, { name: "b1", value: b1, grad: db1 }];

const parts = [
  ["matmul X·W1        64×784·784×128", () => matmul(x, w1, z1)],
  ["matmulAtB Xᵀ·dZ1   (dW1, 784×128)", () => matmulAtB(x, dz1, dw1)],
  ["matmul A1·W2       64×128·128×64", () => matmul(a1, w2, z2)],
  ["matmulAtB A1ᵀ·dZ2  (dW2, 128×64)", () => matmulAtB(a1, dz2, dw2)],
  ["matmulABt dZ2·W2ᵀ  (dX2, 64×128)", () => matmulABt(dz2, w2, dx2)],
  ["addRowVector       64×128 + bias", () => addRowVector(z1, b1, z1)],
  ["relu forward       64×128", () => relu.forward(z1, a1)],
  ["relu backward      64×128", () => relu.backward(z1, a1, dz1, dx2)],
  ["sum axis 0 (db1)   64×128", () => sum(dz1, 0, db1)],
  ["softmax forward    64×10", () => softmax.forward(z3, a3)],
  ["sgd step           W1 784×128 + b1", () => opt.step(params)],
];
const k = kernelInfo();
console.log(`kernel: ${k.kernel}, ${k.threads} thread(s); µs per call, process CPU time, best of 7 batches`);
for (const [label, f] of parts) {
  for (let i = 0; i < 300; i++) f();
  let best = Infinity;
  for (let r = 0; r < 7; r++) {
    const u0 = process.cpuUsage();
    for (let i = 0; i < 300; i++) f();
    const u = process.cpuUsage(u0);
    best = Math.min(best, (u.user + u.system) / 300);
  }
  console.log(`${label.padEnd(36)} ${best.toFixed(1).padStart(8)} µs   ×156 steps = ${(best * 0.156).toFixed(1).padStart(6)} ms/epoch`);
}
