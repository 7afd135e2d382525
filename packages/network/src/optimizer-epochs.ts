import type { Optimizer } from "@backprop/optimizers";

/**
 * How many epochs each model has trained with the optimizer it holds now: where that optimizer's
 * learning-rate schedule continues. A model's total (`epochsTrained`) is not it: a model trained
 * for 10 epochs and then compiled with a new optimizer must start the new schedule at epoch 0, not
 * 10 (cosine annealing over 10 epochs would otherwise run at rate 0 from the first step).
 * Counted per optimizer object, so any new optimizer, however it got there (compile, fit's
 * `optimizer` option, an assignment to `model.optimizer`), starts at 0.
 */
const counts = new WeakMap<object, { optimizer: Optimizer; epochs: number }>();

/** The epochs `model` has trained with `model.optimizer` (0 for an optimizer it has not trained with). */
export function optimizerEpochs(model: { optimizer: Optimizer | undefined }): number {
  const entry = counts.get(model);
  return entry !== undefined && entry.optimizer === model.optimizer ? entry.epochs : 0;
}

/** Counts one more epoch of `model` with `model.optimizer`. */
export function countOptimizerEpoch(model: { optimizer: Optimizer | undefined }): void {
  if (model.optimizer === undefined) return;
  counts.set(model, { optimizer: model.optimizer, epochs: optimizerEpochs(model) + 1 });
}

/** Sets the epochs `model` has trained with `optimizer` (a model file read back). */
export function setOptimizerEpochs(model: object, optimizer: Optimizer, epochs: number): void {
  counts.set(model, { optimizer, epochs });
}
