import { Matrix, type RandomState } from "@backprop/linalg";
import type { Dataset } from "../dataset.js";
import { toRandomState, type RandomStateLike } from "../random.js";
import { generateHypercube } from "./hypercube.js";
import { shuffleSamples } from "./shuffle-samples.js";
import { resolveClassificationOptions, type ResolvedClassification } from "./classification-options.js";

/** Options of {@link makeClassification}: scikit-learn's `make_classification` parameters, camelCased. */
export interface MakeClassificationOptions {
  /** Number of samples (default 100). */
  nSamples?: number;
  /** Total number of features (default 20). */
  nFeatures?: number;
  /** Informative features: the hypercube's dimension (default 2). */
  nInformative?: number;
  /** Random linear combinations of the informative features (default 2). */
  nRedundant?: number;
  /** Copies of informative or redundant features (default 0). */
  nRepeated?: number;
  /** Number of classes (default 2). */
  nClasses?: number;
  /** Gaussian clusters per class (default 2). */
  nClustersPerClass?: number;
  /** Class proportions, `nClasses` or `nClasses − 1` of them (default balanced). */
  weights?: readonly number[];
  /** Fraction of labels replaced by a random class (default 0.01). */
  flipY?: number;
  /** Half the hypercube's side (default 1). */
  classSep?: number;
  /** Clusters on hypercube vertices (`true`, default) or on a random polytope. */
  hypercube?: boolean;
  /** Added to every feature; a number, one per feature, or `null` for random in `[−classSep, classSep]` (default 0). */
  shift?: number | readonly number[] | null;
  /** Multiplies every feature after the shift; a number, one per feature, or `null` for random in `[1, 101]` (default 1). */
  scale?: number | readonly number[] | null;
  /** Shuffle samples and features (default true). */
  shuffle?: boolean;
  /** Seed or generator (scikit-learn's `random_state`). */
  randomState?: RandomStateLike;
  /** Refuse more samples than this (default `MAX_SAMPLES` = 10⁷); raise it to go past. */
  maxSamples?: number;
}

/**
 * A random `nClasses`-class problem, as scikit-learn's `make_classification`, draw for draw: for
 * the same `randomState` it returns the same `x` and `y` as scikit-learn 1.2 (normals within ulps).
 * Clusters of `N(0, 1)` points, each mixed by `A = 2·U(0,1) − 1` (`X_k ← X_k·A + centroid`), sit on
 * the vertices of a hypercube with side `2·classSep`; redundant features are `X_inf·B`.
 *
 * @throws RangeError for counts out of range (e.g. `nClasses × nClustersPerClass > 2^nInformative`,
 *   `nSamples > maxSamples`) and for `classSep`, `shift` or `scale` over 1e100 in magnitude;
 *   TypeError for an unknown option.
 * @example
 * const { x, y } = makeClassification({ nSamples: 1000, nFeatures: 2, nRedundant: 0,
 *   nInformative: 2, nClustersPerClass: 1, randomState: 42 });
 * x.row(0); // Float64Array [0.6010341786957325, 1.535352502532186] (scikit-learn's X[0])
 * y[0];     // 1
 */
export function makeClassification(options: MakeClassificationOptions = {}): Dataset {
  const o = resolveClassificationOptions(options);
  const rng = toRandomState("makeClassification", options.randomState);
  const x = new Matrix(o.nSamples, o.nFeatures);
  const y = new Int32Array(o.nSamples);
  const centroids = generateHypercube(o.nClusters, o.nInformative, rng);
  placeCentroids(centroids, o, rng);
  fillInformative(x, y, centroids, o, rng);
  fillRedundantAndRepeated(x, o, rng);
  fillUseless(x, o, rng);
  flipLabels(y, o, rng);
  shiftAndScale(x, o, rng);
  return o.shuffle ? shuffleAll({ x, y }, rng) : { x, y };
}

function placeCentroids(centroids: Matrix, o: ResolvedClassification, rng: RandomState): void {
  const c = centroids.data;
  for (let k = 0; k < c.length; k++) c[k] = (c[k] as number) * (2 * o.classSep) - o.classSep;
  if (o.hypercube) return;
  const perCluster = rng.uniform(0, 1, o.nClusters);
  const perFeature = rng.uniform(0, 1, o.nInformative);
  for (let i = 0; i < o.nClusters; i++) {
    for (let j = 0; j < o.nInformative; j++) c[i * o.nInformative + j] = (c[i * o.nInformative + j] as number) * (perCluster[i] as number);
  }
  for (let i = 0; i < o.nClusters; i++) {
    for (let j = 0; j < o.nInformative; j++) c[i * o.nInformative + j] = (c[i * o.nInformative + j] as number) * (perFeature[j] as number);
  }
}

function fillInformative(x: Matrix, y: Int32Array, centroids: Matrix, o: ResolvedClassification, rng: RandomState): void {
  const k = o.nInformative;
  const normals = rng.standardNormal(o.nSamples * k);
  for (let i = 0; i < o.nSamples; i++) x.data.set(normals.subarray(i * k, (i + 1) * k), i * o.nFeatures);
  let stop = 0;
  for (let c = 0; c < o.nClusters; c++) {
    const start = Math.min(stop, o.nSamples);
    stop = Math.min(stop + (o.samplesPerCluster[c] as number), o.nSamples);
    const a = rng.uniform(0, 1, k * k).map((u) => 2 * u - 1);
    const centroid = centroids.row(c);
    const row = new Float64Array(k);
    for (let i = start; i < stop; i++) {
      y[i] = c % o.nClasses;
      const base = i * o.nFeatures;
      for (let j = 0; j < k; j++) {
        let s = 0;
        for (let l = 0; l < k; l++) s += (x.data[base + l] as number) * (a[l * k + j] as number);
        row[j] = s;
      }
      for (let j = 0; j < k; j++) x.data[base + j] = (row[j] as number) + (centroid[j] as number);
    }
  }
}

function fillRedundantAndRepeated(x: Matrix, o: ResolvedClassification, rng: RandomState): void {
  const k = o.nInformative;
  if (o.nRedundant > 0) {
    const b = rng.uniform(0, 1, k * o.nRedundant).map((u) => 2 * u - 1);
    for (let i = 0; i < o.nSamples; i++) {
      const base = i * o.nFeatures;
      for (let j = 0; j < o.nRedundant; j++) {
        let s = 0;
        for (let l = 0; l < k; l++) s += (x.data[base + l] as number) * (b[l * o.nRedundant + j] as number);
        x.data[base + k + j] = s;
      }
    }
  }
  if (o.nRepeated > 0) {
    const n = k + o.nRedundant;
    const picks = Array.from(rng.uniform(0, 1, o.nRepeated), (u) => Math.floor((n - 1) * u + 0.5));
    for (let i = 0; i < o.nSamples; i++) {
      const base = i * o.nFeatures;
      picks.forEach((p, j) => (x.data[base + n + j] = x.data[base + p] as number));
    }
  }
}

function fillUseless(x: Matrix, o: ResolvedClassification, rng: RandomState): void {
  const nUseless = o.nFeatures - o.nInformative - o.nRedundant - o.nRepeated;
  if (nUseless === 0) return;
  const noise = rng.standardNormal(o.nSamples * nUseless);
  const first = o.nFeatures - nUseless;
  for (let i = 0; i < o.nSamples; i++) x.data.set(noise.subarray(i * nUseless, (i + 1) * nUseless), i * o.nFeatures + first);
}

function flipLabels(y: Int32Array, o: ResolvedClassification, rng: RandomState): void {
  const u = rng.uniform(0, 1, o.nSamples);
  const flipped: number[] = [];
  u.forEach((v, i) => v < o.flipY && flipped.push(i));
  const labels = rng.randint(0, o.nClasses, flipped.length);
  flipped.forEach((i, n) => (y[i] = labels[n] as number));
}

function shiftAndScale(x: Matrix, o: ResolvedClassification, rng: RandomState): void {
  const shift = o.shift ?? Array.from(rng.uniform(0, 1, o.nFeatures), (u) => (2 * u - 1) * o.classSep);
  for (let k = 0; k < x.data.length; k++) x.data[k] = (x.data[k] as number) + (shift[k % o.nFeatures] as number);
  const scale = o.scale ?? Array.from(rng.uniform(0, 1, o.nFeatures), (u) => 1 + 100 * u);
  for (let k = 0; k < x.data.length; k++) x.data[k] = (x.data[k] as number) * (scale[k % o.nFeatures] as number);
}

function shuffleAll(data: Dataset, rng: RandomState): Dataset {
  const { x, y } = shuffleSamples(data, rng);
  const order = rng.permutation(x.cols);
  const out = new Matrix(x.rows, x.cols);
  for (let i = 0; i < x.rows; i++) {
    for (let j = 0; j < x.cols; j++) out.data[i * x.cols + j] = x.data[i * x.cols + (order[j] as number)] as number;
  }
  return { x: out, y };
}
