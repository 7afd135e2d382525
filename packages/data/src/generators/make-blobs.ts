import { Matrix, type RandomState } from "@backprop/linalg";
import type { Dataset } from "../dataset.js";
import { checkInteger, readOptions } from "../checks.js";
import { checkBoolean, checkMagnitude, checkSampleCount, maxSamplesOption } from "./generator-options.js";
import { toRandomState, type RandomStateLike } from "../random.js";
import { shuffleSamples } from "./shuffle-samples.js";

const OP = "makeBlobs";
const KEYS = ["nSamples", "nFeatures", "centers", "clusterStd", "centerBox", "shuffle", "randomState", "maxSamples"];

/** Options of {@link makeBlobs}, scikit-learn's `make_blobs` parameters. */
export interface MakeBlobsOptions {
  /** Total samples split evenly (earlier centers get the remainder), or one count per center (default 100). */
  nSamples?: number | readonly number[];
  /** Features per sample when centers are drawn at random (default 2). */
  nFeatures?: number;
  /** How many random centers (default 3), or the centers themselves, one row each. */
  centers?: number | readonly (readonly number[])[];
  /** Standard deviation of every cluster, or one per center (default 1). */
  clusterStd?: number | readonly number[];
  /** `[low, high)` box the random centers are drawn from (default `[-10, 10]`). */
  centerBox?: readonly [number, number];
  /** Shuffle the samples (default true). */
  shuffle?: boolean;
  /** Seed or generator (scikit-learn's `random_state`). */
  randomState?: RandomStateLike;
  /** Refuse more samples (and more centers) than this (default `MAX_SAMPLES` = 10⁷). */
  maxSamples?: number;
}

/** {@link makeBlobs}'s result: the samples, their cluster index, and the centers used. */
export interface BlobsDataset extends Dataset {
  centers: Matrix;
}

/**
 * Isotropic Gaussian blobs, as scikit-learn's `make_blobs`: centers `U(low, high)` (unless given),
 * then cluster `i`'s points `centerᵢ + stdᵢ·z`, `z ~ N(0, 1)`, then a shuffle — the same draws as
 * scikit-learn, so the same numbers for the same `randomState`.
 *
 * @throws RangeError when counts, centers and standard deviations disagree, a count is over
 *   `maxSamples`, or a center, `centerBox` bound or standard deviation is over 1e100 in magnitude;
 *   TypeError for an unknown option.
 * @example
 * const { x, y, centers } = makeBlobs({ nSamples: 10, centers: 3, randomState: 0 });
 * y;            // Int32Array [0, 0, 1, 0, 2, 2, 2, 1, 1, 0] (scikit-learn's docstring example)
 * centers.rows; // 3
 */
export function makeBlobs(options: MakeBlobsOptions = {}): BlobsDataset {
  const { nSamples = 100, nFeatures = 2, clusterStd = 1, centerBox = [-10, 10], shuffle = true, maxSamples } = readOptions(OP, options, KEYS);
  const limit = maxSamplesOption(OP, maxSamples);
  const rng = toRandomState(OP, options.randomState);
  checkInteger(OP, "nFeatures", nFeatures, 1);
  checkBoolean(OP, "shuffle", shuffle);
  if (!Array.isArray(centerBox) || centerBox.length !== 2) {
    throw new TypeError(`${OP}: centerBox must be a pair [low, high]. Received: centerBox=${JSON.stringify(centerBox)}.`);
  }
  checkMagnitude(OP, "centerBox[0]", centerBox[0]);
  checkMagnitude(OP, "centerBox[1]", centerBox[1]);
  if (typeof nSamples !== "number" && !Array.isArray(nSamples)) {
    throw new TypeError(`${OP}: nSamples must be an integer or one count per center. Received: nSamples=${String(nSamples)}.`);
  }
  const given = options.centers ?? (typeof nSamples === "number" ? 3 : nSamples.length);
  const counts = typeof nSamples === "number" ? null : [...nSamples];
  counts?.forEach((c, i) => checkInteger(OP, `nSamples[${i}]`, c, 0));
  if (typeof nSamples === "number") checkInteger(OP, "nSamples", nSamples, 0);
  let centers: Matrix;
  if (typeof given === "number") {
    checkInteger(OP, "centers", given, 1);
    checkSampleCount(OP, "centers", given, limit, nFeatures);
    if (counts !== null && counts.length !== given) {
      throw new RangeError(`${OP}: nSamples must have one count per center. Received: nSamples.length=${counts.length}, centers=${given}.`);
    }
    centers = new Matrix(given, nFeatures, rng.uniform(centerBox[0], centerBox[1], given * nFeatures));
  } else {
    if (!Array.isArray(given)) throw new TypeError(`${OP}: centers must be a count or an array of rows. Received: centers=${String(given)}.`);
    centers = Matrix.fromRows(given, OP);
    if (centers.rows === 0) throw new RangeError(`${OP}: centers must hold at least one row. Received: centers=[].`);
    centers.data.forEach((v, k) => checkMagnitude(OP, `centers[${Math.floor(k / centers.cols)}][${k % centers.cols}]`, v));
    if (counts !== null && counts.length !== centers.rows) {
      throw new RangeError(`${OP}: nSamples must have one count per center. Received: nSamples.length=${counts.length}, centers.rows=${centers.rows}.`);
    }
  }
  const nCenters = centers.rows;
  const perCenter = counts ?? evenCounts(nSamples as number, nCenters);
  checkSampleCount(OP, counts === null ? "nSamples" : "the sum of nSamples", perCenter.reduce((a, b) => a + b, 0), limit, centers.cols);
  if (typeof clusterStd !== "number" && !Array.isArray(clusterStd)) {
    throw new TypeError(`${OP}: clusterStd must be a number or one per center. Received: clusterStd=${String(clusterStd)}.`);
  }
  const stds = typeof clusterStd === "number" ? perCenter.map(() => clusterStd) : [...clusterStd];
  if (stds.length !== nCenters) {
    throw new RangeError(`${OP}: clusterStd must be a number or have one entry per center. Received: clusterStd.length=${stds.length}, centers=${nCenters}.`);
  }
  stds.forEach((s, i) => checkMagnitude(OP, typeof clusterStd === "number" ? "clusterStd" : `clusterStd[${i}]`, s, 0));
  const data = drawBlobs(centers, perCenter, stds, rng);
  return { ...(shuffle ? shuffleSamples(data, rng) : data), centers };
}

function evenCounts(n: number, nCenters: number): number[] {
  const counts = Array.from({ length: nCenters }, () => Math.floor(n / nCenters));
  for (let i = 0; i < n % nCenters; i++) counts[i] = (counts[i] as number) + 1;
  return counts;
}

function drawBlobs(centers: Matrix, perCenter: number[], stds: number[], rng: RandomState): Dataset {
  const total = perCenter.reduce((a, b) => a + b, 0);
  const d = centers.cols;
  const x = new Matrix(total, d);
  const y = new Int32Array(total);
  let row = 0;
  perCenter.forEach((n, c) => {
    const center = centers.row(c);
    const std = stds[c] as number;
    for (let i = 0; i < n; i++, row++) {
      for (let j = 0; j < d; j++) x.data[row * d + j] = (center[j] as number) + std * rng.standardNormal();
      y[row] = c;
    }
  });
  return { x, y };
}
