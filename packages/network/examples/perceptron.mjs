import { Matrix } from "@backprop/linalg";
import { normal } from "@backprop/layers";
import { sequential } from "@backprop/network";

// Seed 001's Perceptron(input_size=3): weights = np.random.randn(3) * 0.01, bias = 0, sigmoid.
// The same unit is a one-layer Sequential; randn(3, 1) draws the same numbers as randn(3).
const perceptron = sequential([3, 1], { activations: "sigmoid", initializer: normal(0.01), seed: 42 });
console.log("weights:", Array.from(perceptron.params()[0].value.data));
const X = Matrix.from([[1, 2, 3], [-1, 0.5, 2]]);
console.log("forward:", Array.from(perceptron.predict(X).data));
