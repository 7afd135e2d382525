import { loadIris, makeCircles, makeClassification, makeMoons, spiral, xor } from "@backprop/data";
import type { Matrix } from "@backprop/linalg";
import type { DatasetName } from "../commands/shared-flags.js";

/** A labelled data set as the commands use it: features, integer labels and their names. */
export interface LabelledData {
  x: Matrix;
  y: Int32Array;
  featureNames: string[];
  classNames: string[];
}

/** Knobs of the generated sets (`backprop data` and `train --data`); unset means the default. */
export interface GenerateOptions {
  nSamples?: number;
  noise?: number;
  seed: number;
}

const XY = ["x1", "x2"];

/**
 * One of the built-in data sets. `classification` defaults to tutorial 000's
 * `make_classification(n_samples=1000, n_features=2, n_redundant=0, n_informative=2,
 * n_clusters_per_class=1)`; `xor` without `nSamples` is the 4-row truth table; `iris` is fixed.
 */
export function builtinDataset(name: DatasetName, o: GenerateOptions): LabelledData {
  const randomState = o.seed;
  switch (name) {
    case "iris": {
      const iris = loadIris();
      return { x: iris.x, y: iris.y, featureNames: iris.featureNames, classNames: iris.targetNames };
    }
    case "classification": {
      const { x, y } = makeClassification({
        nSamples: o.nSamples ?? 1000,
        nFeatures: 2,
        nRedundant: 0,
        nInformative: 2,
        nClustersPerClass: 1,
        randomState,
        ...(o.noise === undefined ? {} : { flipY: o.noise }),
      });
      return { x, y, featureNames: XY, classNames: ["0", "1"] };
    }
    case "circles": {
      const { x, y } = makeCircles({ nSamples: o.nSamples ?? 500, noise: o.noise ?? 0.1, factor: 0.5, randomState });
      return { x, y, featureNames: XY, classNames: ["outer", "inner"] };
    }
    case "moons": {
      const { x, y } = makeMoons({ nSamples: o.nSamples ?? 500, noise: o.noise ?? 0.2, randomState });
      return { x, y, featureNames: XY, classNames: ["0", "1"] };
    }
    case "xor": {
      const table = o.nSamples === undefined;
      const { x, y } = table ? xor() : xor({ nSamples: o.nSamples, noise: o.noise ?? 0, randomState });
      return { x, y, featureNames: XY, classNames: ["0", "1"] };
    }
    case "spiral": {
      const perClass = Math.max(1, Math.round((o.nSamples ?? 300) / 3));
      const { x, y } = spiral({ nSamplesPerClass: perClass, nClasses: 3, noise: o.noise ?? 0.2, randomState });
      return { x, y, featureNames: XY, classNames: ["0", "1", "2"] };
    }
  }
}
