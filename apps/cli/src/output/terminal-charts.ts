import { brailleLineChart, decisionMap, decisionMapKey } from "@backprop/viz";
import type { Matrix } from "@backprop/linalg";
import type { Sequential } from "@backprop/network";
import { printable } from "./printable.js";

/**
 * The braille chart's lines with an epoch axis below: `└` under the loss axis, a rule the
 * plot's width, then the first and last epoch at its two ends and the axis name between.
 * @example
 * withEpochAxis(["0.7┤⠉⠢", "0.1┤⠀⠀⠈"], 50).slice(2); // ["   └───", "    1 epoch 50"] (shortened)
 */
export function withEpochAxis(chart: readonly string[], epochs: number): string[] {
  const first = chart[0] ?? "";
  const gutter = first.indexOf("┤");
  if (gutter < 0) return [...chart];
  const plotWidth = [...first].length - gutter - 1;
  const last = String(epochs);
  const middle = "epoch";
  const room = plotWidth - 1 - last.length;
  const gap = Math.max(1, room - middle.length);
  const left = Math.floor(gap / 2);
  const labels = `1${" ".repeat(left)}${middle}${" ".repeat(Math.max(1, gap - left))}${last}`;
  return [...chart, `${" ".repeat(gutter)}└${"─".repeat(plotWidth)}`, `${" ".repeat(gutter + 1)}${labels}`];
}

/**
 * What `train` and `demo` draw at the end on a terminal: the loss per epoch as a braille line
 * chart (log scale), and for 2-D inputs of a classifier (`train` given) a coloured decision map with the training points and a
 * key naming each class's colour (`classNames`, or the class numbers when not given).
 */
export function terminalCharts(
  loss: readonly number[],
  model: Pick<Sequential, "predict">,
  train: { x: Matrix; labels: Int32Array } | undefined,
  columns: number,
  classNames?: readonly string[],
  color = true,
): string {
  const width = Math.max(20, Math.min(columns, 72));
  const lines: string[] = [];
  const finite = loss.filter((v) => Number.isFinite(v) && v > 0);
  if (finite.length >= 2) lines.push("loss per epoch (log scale):", ...withEpochAxis(brailleLineChart(finite, { width, height: 8, logScale: true }), finite.length));
  if (train !== undefined && train.x.cols === 2) {
    const k = train.labels.reduce((top, c) => Math.max(top, c + 1), 2);
    const names = (classNames ?? Array.from({ length: k }, (_, c) => String(c))).map(printable);
    lines.push(
      "decision map (training points):",
      ...decisionMap((g) => model.predict(g), train.x, train.labels, { width: Math.min(width, 56), height: 14, color }),
      decisionMapKey(names, { color }),
    );
  }
  return lines.join("\n");
}
