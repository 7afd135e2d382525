// compile once; fit 10 epochs, save, load, fit 10 more: the same losses as 20 epochs in one go.
import { makeMoons } from "@backprop/data";
import { Sequential, sequential } from "@backprop/network";

const { x, y } = makeMoons({ nSamples: 200, noise: 0.2, randomState: 0 });
const build = () => sequential([2, 16, 1], { activations: ["relu", "sigmoid"], seed: 42 }).compile({ optimizer: "adam", learningRate: 0.01, metrics: ["accuracy"] });

const straight = build();
const twenty = straight.fit(x, y, { epochs: 20, batchSize: 32 });

const first = build();
const part1 = first.fit(x, y, { epochs: 10, batchSize: 32 });
const file = JSON.stringify(first.toJSON()); // layers, Adam's moments and step count, the generator's state
const resumed = Sequential.fromJSON(file);
const part2 = resumed.fit(x, y, { epochs: 10, batchSize: 32 });

const joined = [...part1.loss, ...part2.loss];
console.log("epoch 20 loss, in one go:", twenty.loss[19]);
console.log("epoch 20 loss, resumed:  ", joined[19]);
console.log("every epoch equal:", joined.every((v, i) => v === twenty.loss[i]));
console.log("evaluate (compiled loss and metrics):", resumed.evaluate(x, y));
