import { outputShapeOf } from "@backprop/layers";
import type { Sequential } from "./sequential.js";

/**
 * A Keras-like table: one row per layer with its type, output width, activation and parameter
 * count, then the total.
 * @example
 * console.log(sequential([2, 4, 1], { seed: 0 }).summary());
 * // Layer    Type   Output  Activation  Params
 * // dense_1  dense  [n, 4]  relu        12
 * // dense_2  dense  [n, 1]  sigmoid     5
 * // Total params: 17
 */
export function summary(model: Sequential): string {
  const rows: string[][] = [["Layer", "Type", "Output", "Activation", "Params"]];
  let shape: readonly number[] = [model.inputSize];
  let total = 0;
  for (const layer of model.layers) {
    shape = outputShapeOf(layer, shape);
    const count = layer.params().reduce((s, p) => s + p.value.size, 0);
    total += count;
    rows.push([layer.name, layer.type, `[n, ${shape.join(", ")}]`, layer.activation?.name ?? "", String(count)]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const lines = rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]! + 2))).join("").trimEnd());
  return [...lines, `Total params: ${total}`].join("\n");
}
