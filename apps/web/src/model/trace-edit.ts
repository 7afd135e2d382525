import { Dense } from "@backprop/layers";
import type { Sequential } from "@backprop/network";

import { MAX_EDIT, type ParameterEdit } from "./trace-edit-types.js";

export { MAX_EDIT, type ParameterEdit };

function index(where: string, name: string, value: unknown, size: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value >= size) {
    throw new RangeError(`${where}: ${name} must be an integer in [0, ${size - 1}]. Received: ${name}=${String(value)}.`);
  }
  return value;
}

/**
 * Sets one weight or bias of the running model in place; the optimizer keeps its state, so
 * training goes on from the edited network.
 * @throws RangeError for an index outside the layer or a value that is not a finite number within ±{@link MAX_EDIT}.
 * @example
 * setParameter(model, { layer: 0, input: 1, unit: 2, value: 0.5 });
 * model.layers[0].weights.value.get(1, 2); // 0.5
 */
export function setParameter(model: Sequential, edit: ParameterEdit): void {
  const where = "setParameter";
  const dense = model.layers.filter((l): l is Dense => l instanceof Dense);
  const layer = dense[index(where, "layer", edit.layer, dense.length)]!;
  const unit = index(where, "unit", edit.unit, layer.units);
  if (typeof edit.value !== "number" || !Number.isFinite(edit.value) || Math.abs(edit.value) > MAX_EDIT) {
    throw new RangeError(`${where}: value must be a finite number in [-${MAX_EDIT}, ${MAX_EDIT}]. Received: value=${String(edit.value)}.`);
  }
  if (edit.input === "bias") {
    if (!layer.useBias) throw new RangeError(`${where}: layer ${edit.layer} has no bias. Received: input="bias".`);
    layer.bias.value.set(0, unit, edit.value);
    return;
  }
  layer.weights.value.set(index(where, "input", edit.input, layer.inputSize), unit, edit.value);
}
