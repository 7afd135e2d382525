// backprop's side: the whole `model.fit` of a configuration, timed with the wall clock.
import { performance } from "node:perf_hooks";
import { sgd } from "@backprop/optimizers";
import { sequential } from "@backprop/network";

function train(c) {
  const model = sequential(c.sizes, { activations: c.activations, initializer: c.initializer, seed: 42 });
  return model.fit(c.x, c.y, {
    loss: c.loss,
    optimizer: sgd({ learningRate: c.learningRate }),
    epochs: c.epochs,
    batchSize: c.batchSize,
  });
}

/** Seconds of one whole training run (the caller runs one untimed first, to warm the JIT up). */
export function backpropSeconds(c) {
  const start = performance.now();
  train(c);
  return (performance.now() - start) / 1000;
}
