import type { Sequential } from "./sequential.js";
import { TrainingSession } from "./trainer.js";
import type { FitOptions, History, Inputs, Targets } from "./types.js";

/**
 * Thrown by `fit` when training diverges: the loss, a weight or a BatchNorm running statistic
 * becomes NaN or ±Infinity, or (unless `divergence: false`) a finite rule fires. The model keeps
 * the last healthy epoch's weights and running statistics (with `divergence: false`, those of the
 * last batch whose loss was finite); `history.divergence` says what was seen and why.
 */
export class DivergenceError extends Error {
  override name = "DivergenceError";

  constructor(message: string, readonly history: History) {
    super(message);
  }
}

/**
 * Trains `model` on `(x, y)`: for each epoch, (shuffle →) batches → forward → loss → backward →
 * optimizer step → callbacks, until `epochs`, early stopping, a callback returning `false`, or
 * `signal` aborts.
 * @throws DivergenceError when training diverges (`fit: training diverged at epoch 2: the weights' norm grew 3.1e+5× (limit 1000×). Likely cause: the learning rate is too large (10 with sgd); try 0.1 or smaller. Kept the initial weights.`);
 *   ShapeError/RangeError/TypeError for bad input, before any training.
 */
export function fit(model: Sequential, x: Inputs, y: Targets, options: FitOptions = {}): History {
  const session = new TrainingSession(model, x, y, options);
  while (!session.done) session.runEpoch();
  if (session.history.stopReason === "diverged") throw new DivergenceError(session.history.message as string, session.history);
  return session.history;
}
