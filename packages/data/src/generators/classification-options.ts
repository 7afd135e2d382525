import { MAX_ELEMENTS } from "@backprop/linalg";
import { checkInteger, checkNumber, readOptions } from "../checks.js";
import { checkBoolean, checkMagnitude, checkSampleCount, maxSamplesOption } from "./generator-options.js";
import type { MakeClassificationOptions } from "./make-classification.js";

const OP = "makeClassification";
const KEYS = [
  "nSamples", "nFeatures", "nInformative", "nRedundant", "nRepeated", "nClasses", "nClustersPerClass", "weights",
  "flipY", "classSep", "hypercube", "shift", "scale", "shuffle", "randomState", "maxSamples",
];

/** {@link MakeClassificationOptions} with defaults filled in, checked, and the derived counts. */
export interface ResolvedClassification {
  nSamples: number;
  nFeatures: number;
  nInformative: number;
  nRedundant: number;
  nRepeated: number;
  nClasses: number;
  nClusters: number;
  samplesPerCluster: number[];
  flipY: number;
  classSep: number;
  hypercube: boolean;
  shift: readonly number[] | null;
  scale: readonly number[] | null;
  shuffle: boolean;
}

/**
 * Applies scikit-learn's defaults and checks, and splits the samples between clusters:
 * `⌊nSamples·w[k mod nClasses] / nClustersPerClass⌋` each, the remainder dealt out one by one.
 */
export function resolveClassificationOptions(options: MakeClassificationOptions): ResolvedClassification {
  readOptions(OP, options, KEYS);
  const { nSamples = 100, nFeatures = 20, nInformative = 2, nRedundant = 2, nRepeated = 0 } = options;
  const { nClasses = 2, nClustersPerClass = 2, flipY = 0.01, classSep = 1, hypercube = true, shuffle = true } = options;
  checkInteger(OP, "nSamples", nSamples, 1);
  checkInteger(OP, "nFeatures", nFeatures, 1);
  checkInteger(OP, "nInformative", nInformative, 1);
  checkInteger(OP, "nRedundant", nRedundant, 0);
  checkInteger(OP, "nRepeated", nRepeated, 0);
  checkInteger(OP, "nClasses", nClasses, 1);
  checkInteger(OP, "nClustersPerClass", nClustersPerClass, 1);
  checkSampleCount(OP, "nSamples", nSamples, maxSamplesOption(OP, options.maxSamples), nFeatures);
  checkMagnitude(OP, "classSep", classSep);
  checkBoolean(OP, "hypercube", hypercube);
  checkBoolean(OP, "shuffle", shuffle);
  if (typeof flipY !== "number" || !(flipY >= 0 && flipY <= 1)) throw new RangeError(`${OP}: flipY must be between 0 and 1. Received: flipY=${String(flipY)}.`);
  if (nInformative + nRedundant + nRepeated > nFeatures) {
    throw new RangeError(
      `${OP}: nInformative + nRedundant + nRepeated must be ≤ nFeatures. Received: nInformative=${nInformative}, nRedundant=${nRedundant}, nRepeated=${nRepeated}, nFeatures=${nFeatures}.`,
    );
  }
  if (nInformative < Math.log2(nClasses * nClustersPerClass)) {
    throw new RangeError(
      `${OP}: nClasses × nClustersPerClass must be ≤ 2^nInformative. Received: nClasses=${nClasses}, nClustersPerClass=${nClustersPerClass}, nInformative=${nInformative} (2^${nInformative}=${2 ** nInformative}).`,
    );
  }
  checkWork(nClasses * nClustersPerClass, nInformative, nRedundant);
  const weights = resolveWeights(options.weights, nClasses);
  const nClusters = nClasses * nClustersPerClass;
  const samplesPerCluster = Array.from({ length: nClusters }, (_, k) => Math.trunc((nSamples * (weights[k % nClasses] as number)) / nClustersPerClass));
  const missing = nSamples - samplesPerCluster.reduce((a, b) => a + b, 0);
  for (let i = 0; i < missing; i++) samplesPerCluster[i % nClusters] = (samplesPerCluster[i % nClusters] as number) + 1;
  const shift = perFeature("shift", options.shift === undefined ? 0 : options.shift, nFeatures);
  const scale = perFeature("scale", options.scale === undefined ? 1 : options.scale, nFeatures);
  return { nSamples, nFeatures, nInformative, nRedundant, nRepeated, nClasses, nClusters, samplesPerCluster, flipY, classSep, hypercube, shift, scale, shuffle };
}

/**
 * Refuses, before drawing, settings whose draws would not end in reasonable time or memory:
 * scikit-learn draws an `nInformative × nInformative` mixing matrix for every cluster (even an
 * empty one) and an `nInformative × nRedundant` one, so both `nClusters·nInformative²` and
 * `nInformative·nRedundant` must be ≤ linalg's MAX_ELEMENTS (2²⁸ draws, a few seconds).
 */
function checkWork(nClusters: number, nInformative: number, nRedundant: number): void {
  if (nClusters * nInformative * nInformative > MAX_ELEMENTS) {
    throw new RangeError(
      `${OP}: nClasses × nClustersPerClass × nInformative² must be ≤ MAX_ELEMENTS=${MAX_ELEMENTS} (one mixing matrix is drawn per cluster). Received: ${nClusters} clusters, nInformative=${nInformative}.`,
    );
  }
  if (nInformative * nRedundant > MAX_ELEMENTS) {
    throw new RangeError(`${OP}: nInformative × nRedundant must be ≤ MAX_ELEMENTS=${MAX_ELEMENTS}. Received: nInformative=${nInformative}, nRedundant=${nRedundant}.`);
  }
}

function resolveWeights(weights: readonly number[] | undefined, nClasses: number): number[] {
  if (weights === undefined) return Array.from({ length: nClasses }, () => 1 / nClasses);
  if (!Array.isArray(weights)) throw new TypeError(`${OP}: weights must be an array of numbers. Received: weights=${String(weights)}.`);
  if (weights.length !== nClasses && weights.length !== nClasses - 1) {
    throw new RangeError(`${OP}: weights must have nClasses or nClasses - 1 entries. Received: weights.length=${weights.length}, nClasses=${nClasses}.`);
  }
  weights.forEach((w, i) => checkNumber(OP, `weights[${i}]`, w, 0));
  if (weights.length === nClasses) return [...weights];
  const total = weights.reduce((a, b) => a + b, 0);
  // The last class gets 1 − Σweights; a negative share would give a cluster a negative size.
  if (total > 1) {
    throw new RangeError(`${OP}: with nClasses - 1 weights, they must sum to ≤ 1 (the last class gets the rest). Received: weights=[${weights.join(", ")}] (sum ${total}).`);
  }
  return [...weights, 1 - total];
}

function perFeature(name: string, value: number | readonly number[] | null, nFeatures: number): readonly number[] | null {
  if (value === null) return null;
  if (typeof value === "number") {
    checkMagnitude(OP, name, value);
    return Array.from({ length: nFeatures }, () => value);
  }
  if (!Array.isArray(value)) throw new TypeError(`${OP}: ${name} must be a number, one per feature, or null. Received: ${name}=${String(value)}.`);
  if (value.length !== nFeatures) {
    throw new RangeError(`${OP}: ${name} must be a number or have nFeatures=${nFeatures} entries. Received: ${name}.length=${value.length}.`);
  }
  value.forEach((v, i) => checkMagnitude(OP, `${name}[${i}]`, v));
  return value;
}
