import { RandomState } from "@backprop/linalg";
import { sequential } from "@backprop/network";

// One epoch at a time, as a Web Worker or a progress bar would drive it.
const rng = new RandomState(0);
const x = rng.randn(200, 2);
const labels = Int32Array.from({ length: 200 }, (_, i) => (x.get(i, 0) * x.get(i, 1) > 0 ? 1 : 0));
const model = sequential([2, 8, 2], { activations: ["tanh", "softmax"], seed: 7 });
const session = model.trainer(x, labels, {
  optimizer: "adam",
  learningRate: 0.05,
  epochs: 200,
  batchSize: 32,
  validationSplit: 0.2,
  metrics: ["accuracy"],
  earlyStopping: { monitor: "valLoss", patience: 10, restoreBest: true },
});
while (!session.done) {
  const logs = session.runEpoch();
  if (logs !== undefined && logs.epoch % 25 === 0) {
    console.log(`epoch ${logs.epoch}: loss ${logs.loss.toFixed(4)}, val ${logs.valLoss.toFixed(4)}, val accuracy ${logs.valAccuracy}`);
  }
}
const h = session.history;
console.log(`stopped: ${h.stopReason} after ${h.epochs} epochs; best epoch ${h.bestEpoch}, val loss ${h.valLoss[h.bestEpoch].toFixed(4)}`);
