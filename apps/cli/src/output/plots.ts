import { decisionBoundary, lossCurve } from "@backprop/viz";
import type { Matrix } from "@backprop/linalg";
import type { Sequential } from "@backprop/network";
import { writeFileAtomic } from "../io/atomic-write.js";
import { UsageError } from "../errors.js";
import { plotFormat, svgToPng } from "./png.js";

/** Writes an SVG plot to `path`, as SVG or, for a `.png` path, rasterised. */
async function writePlot(flag: string, path: string, svg: string): Promise<void> {
  writeFileAtomic(path, plotFormat("train", flag, path) === "png" ? await svgToPng(svg) : svg);
}

/**
 * Checks, before training starts, that a boundary plot can be drawn (2-feature data only).
 * @throws UsageError otherwise.
 */
export function assertBoundaryPlottable(features: number): void {
  if (features !== 2) throw new UsageError(`train: --plot-boundary needs data with 2 features. Received: ${features} features.`);
}

/** What `train` hands {@link writePlots}: the paths asked for, the run and the data's names. */
export interface PlotRequest {
  lossPath: string | undefined;
  boundaryPath: string | undefined;
  loss: readonly number[];
  model: Sequential;
  train: { x: Matrix; labels: Int32Array };
  featureNames: readonly string[];
  classNames: string[];
  /** Whether `train.x` went through a scaler (the boundary's axes then say so). */
  scaled: boolean;
}

/**
 * Writes the plots `train` was asked for (SVG, or PNG for a `.png` path): the loss curve (log scale) and, for 2-feature
 * data, the decision boundary over the training points, its axes named after the features
 * (`x1 (scaled)` when a scaler was applied). Returns the paths written.
 * @throws UsageError when a boundary plot is asked for data that is not 2-D.
 */
export async function writePlots(r: PlotRequest): Promise<string[]> {
  const written: string[] = [];
  if (r.lossPath !== undefined && r.loss.length > 0) {
    await writePlot("--plot-loss", r.lossPath, lossCurve({ loss: [...r.loss] }, { logScale: true, title: "Training loss" }));
    written.push(r.lossPath);
  }
  if (r.boundaryPath !== undefined) {
    assertBoundaryPlottable(r.train.x.cols);
    const [xLabel, yLabel] = [0, 1].map((i) => `${r.featureNames[i] ?? `Feature ${i + 1}`}${r.scaled ? " (scaled)" : ""}`);
    const svg = decisionBoundary((g) => r.model.predict(g), r.train.x, r.train.labels, { classNames: r.classNames, title: "Decision boundary", xLabel, yLabel });
    await writePlot("--plot-boundary", r.boundaryPath, svg);
    written.push(r.boundaryPath);
  }
  return written;
}
