import { brailleLineChart, decisionMap, decisionMapKey } from "@backprop/viz";
import type { Matrix } from "@backprop/linalg";
import type { Sequential } from "@backprop/network";

/**
 * What `train` and `demo` draw at the end on a terminal: the loss per epoch as a braille line
 * chart (log scale), and for 2-D inputs a coloured decision map with the training points and a
 * key naming each class's colour (`classNames`, or the class numbers when not given).
 */
export function terminalCharts(
  loss: readonly number[],
  model: Pick<Sequential, "predict">,
  train: { x: Matrix; labels: Int32Array },
  columns: number,
  classNames?: readonly string[],
): string {
  const width = Math.max(20, Math.min(columns, 72));
  const lines: string[] = [];
  const finite = loss.filter((v) => Number.isFinite(v) && v > 0);
  if (finite.length >= 2) lines.push("loss per epoch (log scale):", ...brailleLineChart(finite, { width, height: 8, logScale: true }));
  if (train.x.cols === 2) {
    const k = train.labels.reduce((top, c) => Math.max(top, c + 1), 2);
    const names = classNames ?? Array.from({ length: k }, (_, c) => String(c));
    lines.push(
      "decision map (training points):",
      ...decisionMap((g) => model.predict(g), train.x, train.labels, { width: Math.min(width, 56), height: 14, color: true }),
      decisionMapKey(names, { color: true }),
    );
  }
  return lines.join("\n");
}
