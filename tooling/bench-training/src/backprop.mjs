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

/** Seconds of the fastest of `repeats` whole training runs, after one untimed warm-up run. */
export function backpropSeconds(c, repeats = 3) {
  train(c);
  let best = Infinity;
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    train(c);
    best = Math.min(best, (performance.now() - start) / 1000);
  }
  return best;
}
