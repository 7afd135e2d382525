import { decisionBoundary, lossCurve } from "@backprop/viz";
import { Matrix } from "@backprop/linalg";
import type { Sequential } from "@backprop/network";
import { writeFileAtomic } from "../io/atomic-write.js";
import { UsageError } from "../errors.js";
import { plotFormat, svgToPng } from "./png.js";
import { applyScaler, type Scaler } from "../engine/preprocessing.js";

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
  /** The rows as the network saw them (scaled); the test rows are marked apart on the boundary plot. */
  train: { x: Matrix; labels: Int32Array };
  test?: { x: Matrix; labels: Int32Array } | undefined;
  featureNames: readonly string[];
  classNames: string[];
  /** The scaler `train.x` went through, inverted so the boundary plot is drawn in the data's own units. */
  scaler: Scaler;
}

/** `x` in the data's own units. */
function unscale(scaler: Scaler, x: Matrix): Matrix {
  return scaler ? scaler.inverseTransform(x) : x;
}

/**
 * The region the boundary plot maps: the scaled rows' range ± 1 (seed 000's mesh), taken back
 * to the data's units through the scaler (linear and increasing per feature), so the picture is
 * the one the network sees, with axes a reader can check against the CSV.
 */
function boundaryDomain(scaler: Scaler, rows: readonly Matrix[]): { x: [number, number]; y: [number, number] } {
  const low = [Infinity, Infinity];
  const high = [-Infinity, -Infinity];
  for (const m of rows) {
    for (let r = 0; r < m.rows; r++) {
      for (let c = 0; c < 2; c++) {
        const v = m.data[2 * r + c] as number;
        low[c] = Math.min(low[c] as number, v - 1);
        high[c] = Math.max(high[c] as number, v + 1);
      }
    }
  }
  const raw = unscale(scaler, Matrix.from([low, high])).data;
  return { x: [raw[0] as number, raw[2] as number], y: [raw[1] as number, raw[3] as number] };
}

/** The decision boundary's SVG: the map over the training (dots) and test rows (diamonds), in the data's units. */
function boundarySvg(r: PlotRequest): string {
  const [xLabel = "Feature 1", yLabel = "Feature 2"] = [0, 1].map((i) => r.featureNames[i] ?? `Feature ${i + 1}`);
  const test = r.test && r.test.x.rows > 0 ? { points: unscale(r.scaler, r.test.x), labels: r.test.labels } : undefined;
  return decisionBoundary((g) => r.model.predict(applyScaler(r.scaler, g)), unscale(r.scaler, r.train.x), r.train.labels, {
    classNames: r.classNames,
    title: "Decision boundary",
    xLabel,
    yLabel,
    domain: boundaryDomain(r.scaler, r.test ? [r.train.x, r.test.x] : [r.train.x]),
    ...(test ? { test } : {}),
  });
}

/**
 * Writes the plots `train` was asked for (SVG, or PNG for a `.png` path): the loss curve (log scale) and, for 2-feature
 * data, the decision boundary over the training points (dots) and the test points (diamonds), in
 * the data's own units, its axes named after the features. Returns the paths written.
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
    await writePlot("--plot-boundary", r.boundaryPath, boundarySvg(r));
    written.push(r.boundaryPath);
  }
  return written;
}
