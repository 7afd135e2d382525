import { Matrix } from "@backprop/linalg";
import { sgd } from "@backprop/optimizers";
import { Sequential, sequential } from "@backprop/network";

// Seed 000's XOR net: np.random.seed(42); NeuralNetwork(layers=[2, 4, 1], learning_rate=1.0)
const x = Matrix.from([[0, 0], [0, 1], [1, 0], [1, 1]]);
const y = Matrix.column([0, 1, 1, 0]);
const model = sequential([2, 4, 1], { activations: "sigmoid", initializer: "he", seed: 42 });
const history = model.fit(x, y, { loss: "binaryCrossEntropy", optimizer: sgd({ learningRate: 1.0 }), epochs: 5000 });
for (const epoch of [0, 100, 1000, 4999]) console.log(`Cost after epoch ${epoch}: ${history.loss[epoch].toFixed(6)}`);
console.log("predictions:", Array.from(model.predict(x).data, (p) => p.toFixed(3)).join(" "));
console.log("classes:", Array.from(model.predictClasses(x)).join(" "), "accuracy:", model.accuracy(x, y));

// Save and load: the same predictions.
const copy = Sequential.fromJSON(JSON.stringify(model.toJSON()));
console.log("reloaded predicts identically:", copy.predict(x).equals(model.predict(x)));
console.log(model.summary());
