// The README's example: XOR with a 2-4-1 sigmoid network, everything from the one package.
import { Matrix, sequential } from "backprop-nn";

const x = Matrix.from([[0, 0], [0, 1], [1, 0], [1, 1]]);
const y = Matrix.from([[0], [1], [1], [0]]);

const model = sequential([2, 4, 1], { activations: "sigmoid", seed: 42 });
const history = model.fit(x, y, { loss: "binaryCrossEntropy", optimizer: "sgd", learningRate: 1, epochs: 5000 });

console.log("final loss:", history.loss.at(-1).toFixed(5));
console.log("predictions:", model.predict(x).toArray().map(([p]) => p.toFixed(3)));
console.log("accuracy:", model.evaluate(x, y).accuracy);
