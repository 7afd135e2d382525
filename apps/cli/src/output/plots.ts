import { decisionBoundary, lossCurve } from "@backprop/viz";
import type { Matrix } from "@backprop/linalg";
import type { Sequential } from "@backprop/network";
import { writeFileAtomic } from "../io/atomic-write.js";
import { UsageError } from "../errors.js";

/**
 * Checks, before training starts, that a boundary plot can be drawn (2-feature data only).
 * @throws UsageError otherwise.
 */
export function assertBoundaryPlottable(features: number): void {
  if (features !== 2) throw new UsageError(`train: --plot-boundary needs data with 2 features. Received: ${features} features.`);
}

/**
 * Writes the SVG plots `train` was asked for: the loss curve (log scale) and, for 2-feature
 * data, the decision boundary over the (scaled) training points. Returns the paths written.
 * @throws UsageError when a boundary plot is asked for data that is not 2-D.
 */
export function writePlots(
  lossPath: string | undefined,
  boundaryPath: string | undefined,
  loss: readonly number[],
  model: Sequential,
  x: Matrix,
  labels: Int32Array,
  classNames: string[],
): string[] {
  const written: string[] = [];
  if (lossPath !== undefined && loss.length > 0) {
    writeFileAtomic(lossPath, lossCurve({ loss: [...loss] }, { logScale: true, title: "Training loss" }));
    written.push(lossPath);
  }
  if (boundaryPath !== undefined) {
    assertBoundaryPlottable(x.cols);
    const svg = decisionBoundary((g) => model.predict(g), x, labels, { classNames, title: "Decision boundary (scaled features)" });
    writeFileAtomic(boundaryPath, svg);
    written.push(boundaryPath);
  }
  return written;
}
