import { Matrix, type RandomState } from "@backprop/linalg";
import type { Dataset } from "../dataset.js";
import { checkInteger, checkNumber } from "../checks.js";
import { toRandomState, type RandomStateLike } from "../random.js";
import { shuffleSamples } from "./shuffle-samples.js";

const OP = "makeBlobs";

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
 * @throws RangeError when counts, centers and standard deviations disagree.
 * @example
 * const { x, y, centers } = makeBlobs({ nSamples: 10, centers: 3, randomState: 0 });
 * y;            // Int32Array [0, 0, 1, 0, 2, 2, 2, 1, 1, 0] (scikit-learn's docstring example)
 * centers.rows; // 3
 */
export function makeBlobs(options: MakeBlobsOptions = {}): BlobsDataset {
  const { nSamples = 100, nFeatures = 2, clusterStd = 1, centerBox = [-10, 10], shuffle = true } = options;
  const rng = toRandomState(OP, options.randomState);
  checkInteger(OP, "nFeatures", nFeatures, 1);
  checkNumber(OP, "centerBox[0]", centerBox[0]);
  checkNumber(OP, "centerBox[1]", centerBox[1]);
  const given = options.centers ?? (typeof nSamples === "number" ? 3 : nSamples.length);
  const counts = typeof nSamples === "number" ? null : [...nSamples];
  counts?.forEach((c, i) => checkInteger(OP, `nSamples[${i}]`, c, 0));
  if (typeof nSamples === "number") checkInteger(OP, "nSamples", nSamples, 0);
  let centers: Matrix;
  if (typeof given === "number") {
    checkInteger(OP, "centers", given, 1);
    if (counts !== null && counts.length !== given) {
      throw new RangeError(`${OP}: nSamples must have one count per center. Received: nSamples.length=${counts.length}, centers=${given}.`);
    }
    centers = new Matrix(given, nFeatures, rng.uniform(centerBox[0], centerBox[1], given * nFeatures));
  } else {
    centers = Matrix.fromRows(given, OP);
    if (centers.rows === 0) throw new RangeError(`${OP}: centers must hold at least one row. Received: centers=[].`);
    if (counts !== null && counts.length !== centers.rows) {
      throw new RangeError(`${OP}: nSamples must have one count per center. Received: nSamples.length=${counts.length}, centers.rows=${centers.rows}.`);
    }
  }
  const nCenters = centers.rows;
  const perCenter = counts ?? evenCounts(nSamples as number, nCenters);
  const stds = typeof clusterStd === "number" ? perCenter.map(() => clusterStd) : [...clusterStd];
  if (stds.length !== nCenters) {
    throw new RangeError(`${OP}: clusterStd must be a number or have one entry per center. Received: clusterStd.length=${stds.length}, centers=${nCenters}.`);
  }
  stds.forEach((s, i) => checkNumber(OP, typeof clusterStd === "number" ? "clusterStd" : `clusterStd[${i}]`, s, 0));
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
