// The example in README.md: `node examples/readme.mjs` after `pnpm build`.
import { Matrix, RandomState, addRowVector, argmax, matmul, matmulAtB, sum } from "@backprop/linalg";

const rng = new RandomState(42); // np.random.RandomState(42)
const w = rng.randn(2, 3); // rng.randn(2, 3), draw for draw
const b = Matrix.from([[0.1, 0.2, 0.3]]);
const x = Matrix.from([[1, 2], [3, 4]]);

const z = addRowVector(matmul(x, w), b); // x @ w + b
console.log(z.toString());
console.log(argmax(z)); // np.argmax(z, axis=1)
console.log(sum(matmulAtB(x, x))); // (x.T @ x).sum(), without building x.T

try {
  matmul(Matrix.zeros(3, 4), Matrix.zeros(5, 2));
} catch (error) {
  console.log(`${error.name}: ${error.message}`);
}
