// Run by release:verify in an empty npm project after `npm install @backprop/network
// @backprop/linalg`: the same XOR as xor.mjs, from CommonJS (the packages' require entry).
/* global require */
/* eslint-disable @typescript-eslint/no-require-imports -- this file proves CommonJS users can require them */
const { Matrix } = require("@backprop/linalg");
const { sequential } = require("@backprop/network");

const labels = [0, 1, 1, 0];
const x = Matrix.from([[0, 0], [0, 1], [1, 0], [1, 1]]);
const y = Matrix.from(labels.map((label) => [label]));

const model = sequential([2, 4, 1], { activations: "sigmoid", seed: 42 });
const history = model.fit(x, y, { loss: "binaryCrossEntropy", optimizer: "sgd", learningRate: 1, epochs: 5000 });
const predictions = Array.from(model.predictClasses(x));
const correct = predictions.filter((p, i) => p === labels[i]).length;

console.log(JSON.stringify({
  accuracy: correct / labels.length,
  reportedAccuracy: model.evaluate(x, y).accuracy,
  loss: history.loss.at(-1),
  predictions,
}));
