import { Matrix, RandomState } from "@backprop/linalg";
import { BatchNorm, Dense, Dropout, l2 } from "@backprop/layers";

// Seed 000's first layer: np.random.seed(42); np.random.randn(2, 4) * np.sqrt(2.0 / 2)
const rng = new RandomState(42);
const hidden = new Dense(2, 4, { activation: "sigmoid", initializer: "he", rng, regularizer: l2(0.01) });
console.log("W[0] =", Array.from(hidden.weights.value.row(0)));

const x = Matrix.from([[0, 0], [0, 1], [1, 0], [1, 1]]);
const a = hidden.forward(x);
console.log("A[1] =", Array.from(a.row(1)));

// Backward from dL/dA: fills the gradients (the L2 term λ·W included) and returns dL/dX.
const dX = hidden.backward(Matrix.fill(4, 4, 0.25));
console.log("dX[0] =", Array.from(dX.row(0)));
console.log("penalty =", hidden.regularizationLoss());

// Seed 001's DropoutLayer(0.5) after np.random.seed(0): the same binomial mask, scaled by 1/0.5.
const drop = new Dropout(0.5, { seed: 0 });
console.log("dropout (train) =", drop.forward(Matrix.ones(1, 6), { training: true }).toArray());

const bn = new BatchNorm(1);
console.log("batchNorm (train) =", bn.forward(Matrix.from([[1], [3]]), { training: true }).toArray());
console.log("running mean/var =", bn.runningMean.get(0, 0), bn.runningVar.get(0, 0));
