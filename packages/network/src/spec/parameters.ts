import { BINARY_CLASSES, outputHead } from "./head.js";
import type { ModelSpec } from "./types.js";

/**
 * The trainable parameters a (valid) spec's model has: `(n + 1)·units` per Dense layer (weights
 * and bias) and `2·units` per BatchNorm (γ and β), as `summary()` counts them.
 * @example
 * parameterCount({ inputSize: 4, hidden: [{ units: 16 }, { units: 8 }], task: "multiclass", outputs: 3 }); // 243
 */
export function parameterCount(spec: ModelSpec): number {
  let width = spec.inputSize;
  let total = 0;
  for (const layer of spec.hidden ?? []) {
    total += (width + 1) * layer.units + (layer.batchNorm === undefined || layer.batchNorm === false ? 0 : 2 * layer.units);
    width = layer.units;
  }
  return total + (width + 1) * outputHead(spec.task, spec.outputs ?? BINARY_CLASSES).units;
}
