import { checkInteger, checkNumber } from "../checks.js";
import type { MakeClassificationOptions } from "./make-classification.js";

const OP = "makeClassification";

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
  const { nSamples = 100, nFeatures = 20, nInformative = 2, nRedundant = 2, nRepeated = 0 } = options;
  const { nClasses = 2, nClustersPerClass = 2, flipY = 0.01, classSep = 1, hypercube = true, shuffle = true } = options;
  checkInteger(OP, "nSamples", nSamples, 1);
  checkInteger(OP, "nFeatures", nFeatures, 1);
  checkInteger(OP, "nInformative", nInformative, 1);
  checkInteger(OP, "nRedundant", nRedundant, 0);
  checkInteger(OP, "nRepeated", nRepeated, 0);
  checkInteger(OP, "nClasses", nClasses, 1);
  checkInteger(OP, "nClustersPerClass", nClustersPerClass, 1);
  checkNumber(OP, "classSep", classSep);
  if (!(flipY >= 0 && flipY <= 1)) throw new RangeError(`${OP}: flipY must be between 0 and 1. Received: flipY=${flipY}.`);
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
  const weights = resolveWeights(options.weights, nClasses);
  const nClusters = nClasses * nClustersPerClass;
  const samplesPerCluster = Array.from({ length: nClusters }, (_, k) => Math.trunc((nSamples * (weights[k % nClasses] as number)) / nClustersPerClass));
  const missing = nSamples - samplesPerCluster.reduce((a, b) => a + b, 0);
  for (let i = 0; i < missing; i++) samplesPerCluster[i % nClusters] = (samplesPerCluster[i % nClusters] as number) + 1;
  const shift = perFeature("shift", options.shift === undefined ? 0 : options.shift, nFeatures);
  const scale = perFeature("scale", options.scale === undefined ? 1 : options.scale, nFeatures);
  return { nSamples, nFeatures, nInformative, nRedundant, nRepeated, nClasses, nClusters, samplesPerCluster, flipY, classSep, hypercube, shift, scale, shuffle };
}

function resolveWeights(weights: readonly number[] | undefined, nClasses: number): number[] {
  if (weights === undefined) return Array.from({ length: nClasses }, () => 1 / nClasses);
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
    checkNumber(OP, name, value);
    return Array.from({ length: nFeatures }, () => value);
  }
  if (value.length !== nFeatures) {
    throw new RangeError(`${OP}: ${name} must be a number or have nFeatures=${nFeatures} entries. Received: ${name}.length=${value.length}.`);
  }
  value.forEach((v, i) => checkNumber(OP, `${name}[${i}]`, v));
  return value;
}
