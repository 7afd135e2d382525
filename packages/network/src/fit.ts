import type { Sequential } from "./sequential.js";
import { TrainingSession } from "./trainer.js";
import type { FitOptions, History, Inputs, Targets } from "./types.js";

/**
 * Thrown by `fit` when the loss, a weight or a BatchNorm running statistic becomes NaN or ±Infinity;
 * the model keeps the last weights (and running statistics) whose loss was finite.
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
 * @throws DivergenceError when the loss (or a weight) stops being finite (`fit: loss became NaN at epoch 12. Try a smaller learning rate (now 10).`);
 *   ShapeError/RangeError/TypeError for bad input, before any training.
 */
export function fit(model: Sequential, x: Inputs, y: Targets, options: FitOptions = {}): History {
  const session = new TrainingSession(model, x, y, options);
  while (!session.done) session.runEpoch();
  if (session.history.stopReason === "diverged") throw new DivergenceError(session.history.message as string, session.history);
  return session.history;
}
