// Plain arrays in, as brain.js and TF.js users write them.
import { sequential } from "@backprop/network";

const model = sequential([2, 4, 1], { activations: ["tanh", "sigmoid"], seed: 1 });
model.fit([[0, 0], [0, 1], [1, 0], [1, 1]], [0, 1, 1, 0], { epochs: 2000, learningRate: 1 });
console.log(model.predictClasses([[0, 0], [0, 1], [1, 0], [1, 1]]));
console.log(model.predictProba([[0, 1]]).toArray());
console.log("score (accuracy):", model.score([[0, 0], [0, 1], [1, 0], [1, 1]], [0, 1, 1, 0]));
