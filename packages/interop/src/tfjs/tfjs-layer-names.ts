import type { LayerView } from "../model-view.js";

/** TF.js's own name for a layer class, numbered by position: `dense_1`, `batch_normalization_2`. */
const GENERATED: Readonly<Record<LayerView["type"], string>> = { dense: "dense", batchNorm: "batch_normalization", dropout: "dropout" };

/** A name TF.js and Keras take as a layer name and a weight prefix (`<layer>/kernel`): no `/`, no spaces. */
const USABLE = /^[A-Za-z0-9_.-]+$/;

/**
 * The TF.js layer name of each layer: backprop's own when it has one that is usable and no other
 * layer has (weights are found by `<layer>/<weight>`, so names must be distinct), else TF.js's
 * numbered default. A generated name never takes one of the names kept, nor the
 * `leakyrelu_<n>` names of the extra activation layers.
 */
export function tfjsLayerNames(layers: readonly LayerView[]): string[] {
  const count = new Map<string, number>();
  for (const l of layers) if (l.name !== undefined) count.set(l.name, (count.get(l.name) ?? 0) + 1);
  const generated = (l: LayerView, i: number): string => `${GENERATED[l.type]}_${i + 1}`;
  const taken = new Set(layers.map((l, i) => [generated(l, i), activationLayerName("LeakyReLU", i)]).flat());
  return layers.map((l, i) => (l.name !== undefined && USABLE.test(l.name) && count.get(l.name) === 1 && !taken.has(l.name) ? l.name : generated(l, i)));
}

/** The name of the activation layer written after layer `i` (`LeakyReLU` → `leakyrelu_<i+1>`), as TF.js numbers its defaults. */
export function activationLayerName(className: string, i: number): string {
  return `${className.toLowerCase()}_${i + 1}`;
}
