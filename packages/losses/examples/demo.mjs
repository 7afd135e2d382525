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

try {
  getLoss("binaryCrossEntropy").validateTarget(Matrix.from([[0], [2]]));
} catch (error) {
  console.log(`${error.name}: ${error.message}`);
}
