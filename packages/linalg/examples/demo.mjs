// A first look at @backprop/linalg: a seeded draw that matches NumPy, and a matrix product.
import { Matrix, RandomState, matmul, matmulAtB } from "@backprop/linalg";

const rng = new RandomState(42);
const w = rng.randn(2, 3);
console.log("np.random.seed(42); np.random.randn(2, 3) →");
console.log(w.toArray().map((row) => row.map((v) => v.toFixed(8)).join("  ")).join("\n"));

const x = Matrix.from([[1, 2], [3, 4]]);
console.log("\nx · w =", matmul(x, w).toArray());
console.log("xᵀ · x =", matmulAtB(x, x).toArray());
