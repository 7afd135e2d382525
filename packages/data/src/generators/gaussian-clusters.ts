import { Matrix } from "@backprop/linalg";
import type { Dataset } from "../dataset.js";
import { checkInteger, readOptions } from "../checks.js";
import { checkMagnitude, checkSampleCount, maxSamplesOption } from "./generator-options.js";
import { toRandomState, type RandomStateLike } from "../random.js";

/** Options of {@link gaussianClusters}. */
export interface GaussianClustersOptions {
  /** Total points, split evenly (earlier clusters get the remainder) (default 200). */
  nSamples?: number;
  /** Cluster centers, one row each, all of the same length (default `[[2, 2], [-2, -2]]`). */
  centers?: readonly (readonly number[])[];
  /** Standard deviation of every coordinate, at most 1e100 (default 1). */
  std?: number;
  /** Seed or generator. */
  randomState?: RandomStateLike;
  /** Refuse more samples than this (default `MAX_SAMPLES` = 10⁷); raise it to go past. */
  maxSamples?: number;
}

const OP = "gaussianClusters";
const KEYS = ["nSamples", "centers", "std", "randomState", "maxSamples"];

/**
 * TensorFlow Playground's "Gaussian" data set, generalised: cluster `c` gets points
 * `centerᶜ + std·z`, `z ~ N(0, 1)` drawn coordinate by coordinate, labelled `c`, clusters in order.
 *
 * @throws RangeError when `nSamples` is not an integer between 1 and `maxSamples`, `std` is
 *   negative, or `std` or a center coordinate is over 1e100 in magnitude; ShapeError when centers
 *   are ragged; TypeError for an unknown option.
 * @example
 * const { x, y } = gaussianClusters({ nSamples: 200, std: 0.5, randomState: 1 });
 * x.shape; // [200, 2]
 * y[199];  // 1
 */
export function gaussianClusters(options: GaussianClustersOptions = {}): Dataset {
  const { nSamples = 200, centers = [[2, 2], [-2, -2]], std = 1, maxSamples } = readOptions(OP, options, KEYS);
  checkInteger(OP, "nSamples", nSamples, 1);
  checkMagnitude(OP, "std", std, 0);
  const c = Matrix.fromRows(centers, OP);
  if (c.rows === 0 || c.cols === 0) throw new RangeError("gaussianClusters: centers must hold at least one non-empty row. Received: centers=[].");
  c.data.forEach((v, k) => checkMagnitude(OP, `centers[${Math.floor(k / c.cols)}][${k % c.cols}]`, v));
  checkSampleCount(OP, "nSamples", nSamples, maxSamplesOption(OP, maxSamples), c.cols);
  const rng = toRandomState(OP, options.randomState);
  const x = new Matrix(nSamples, c.cols);
  const y = new Int32Array(nSamples);
  let row = 0;
  for (let k = 0; k < c.rows; k++) {
    const count = Math.floor(nSamples / c.rows) + (k < nSamples % c.rows ? 1 : 0);
    for (let i = 0; i < count; i++, row++) {
      for (let j = 0; j < c.cols; j++) x.data[row * c.cols + j] = c.get(k, j) + std * rng.standardNormal();
      y[row] = k;
    }
  }
  return { x, y };
}
