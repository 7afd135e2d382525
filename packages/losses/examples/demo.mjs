// A loss value, its gradient, and the fused softmax + cross-entropy gradient a network uses.
import { Matrix } from "@backprop/linalg";
import { categoricalCrossEntropy, fusedOutputGradient, getLoss } from "@backprop/losses";

const p = Matrix.from([[0.7, 0.2, 0.1], [0.1, 0.3, 0.6]]);
const y = Matrix.from([[1, 0, 0], [0, 0, 1]]);
categoricalCrossEntropy.validateTarget(y);
console.log("loss =", categoricalCrossEntropy.forward(p, y));
console.log("dL/dp =", categoricalCrossEntropy.backward(p, y).toArray());
console.log("dL/dz (softmax output) =", fusedOutputGradient("categoricalCrossEntropy", "softmax")(p, y).toArray());
console.log("mse =", getLoss("mse").forward(Matrix.from([[0.8], [0.2]]), Matrix.from([[1], [0]])));

// Regression with an outlier: mae and huber pull less on it than mse.
const pred = Matrix.from([[1.2], [0.4], [9]]);
const target = Matrix.from([[1], [0.5], [1]]);
for (const spec of ["mse", "mae", "huber", { name: "huber", delta: 2 }]) {
  const loss = getLoss(spec);
  console.log(loss.name, loss.config, loss.forward(pred, target), Array.from(loss.backward(pred, target).data));
}

// Per-sample weights, reduced as Keras's default: Σ wᵢ·ℓᵢ / m (here m = 3, not Σw = 2).
const w = Float64Array.of(1, 1, 0);
console.log("huber, outlier weighted 0 =", getLoss("huber").forward(pred, target, w));

for (const bad of [() => getLoss("binaryCrossEntropy").validateTarget(Matrix.from([[0], [2]])),
                   () => categoricalCrossEntropy.forward(Matrix.from([[1.2, -0.2]]), Matrix.from([[1, 0]]))]) {
  try {
    bad();
  } catch (error) {
    console.log(`${error.name}: ${error.message}`);
  }
}
