import type { Layer } from "@backprop/layers";

/**
 * How many names a model file's `featureNames` and `classNames` hold: one per input of the first
 * layer with a fixed width, and one per output of the last (two classes for a single output).
 */
export function nameCounts(layers: readonly Layer[]): { features: number; classes: number } {
  const inputs = layers.find((l) => l.inputSize !== null)?.inputSize ?? 0;
  const outputs = [...layers].reverse().find((l) => l.outputSize !== null)?.outputSize ?? 0;
  return { features: inputs, classes: outputs === 1 ? 2 : outputs };
}

/** Whether `list` is `count` strings: the rule the writer and the reader of a model file both apply. */
export function holdsNames(list: unknown, count: number): list is string[] {
  return Array.isArray(list) && list.length === count && list.every((v) => typeof v === "string");
}
