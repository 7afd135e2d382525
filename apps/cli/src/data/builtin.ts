import { loadIris, makeCircles, makeClassification, makeMoons, spiral, xor } from "@backprop/data";
import type { Matrix } from "@backprop/linalg";
import type { DatasetName } from "../commands/shared-flags.js";
import type { RawTarget } from "./dataset.js";

/** A labelled data set as the commands use it: features, integer labels and their names. */
export interface LabelledData {
  x: Matrix;
  y: Int32Array;
  featureNames: string[];
  classNames: string[];
}

/** A built-in set of any task: its features and its target. */
export interface BuiltinData {
  x: Matrix;
  featureNames: string[];
  target: Extract<RawTarget, { kind: "classes" | "values" }>;
}

/** Knobs of the generated sets (`backprop data` and `train --data`); unset means the default. */
export interface GenerateOptions {
  nSamples?: number;
  noise?: number;
  seed: number;
}

const XY = ["x1", "x2"];

/** The sets that are fixed tables (no `--n-samples`, no `--noise`). */
export const FIXED_SETS: readonly DatasetName[] = ["iris", "digits", "wine", "breast-cancer", "diabetes"];

/**
 * One of the built-in data sets. `classification` defaults to tutorial 000's
 * `make_classification(n_samples=1000, n_features=2, n_redundant=0, n_informative=2,
 * n_clusters_per_class=1)`; `xor` without `nSamples` is the 4-row truth table; the real sets
 * (digits, wine, breast cancer, diabetes) load from their own entry points of `@backprop/data`
 * only when asked for, so the CLI starts without parsing them.
 */
export async function loadBuiltin(name: DatasetName, o: GenerateOptions): Promise<BuiltinData> {
  const labelled = (d: LabelledData): BuiltinData => ({ x: d.x, featureNames: d.featureNames, target: { kind: "classes", y: d.y, classNames: d.classNames } });
  switch (name) {
    case "digits": {
      const d = (await import("@backprop/data/digits")).loadDigits();
      return labelled({ x: d.x, y: d.y, featureNames: d.featureNames, classNames: d.targetNames });
    }
    case "wine": {
      const d = (await import("@backprop/data/wine")).loadWine();
      return labelled({ x: d.x, y: d.y, featureNames: d.featureNames, classNames: d.targetNames });
    }
    case "breast-cancer": {
      const d = (await import("@backprop/data/breast-cancer")).loadBreastCancer();
      return labelled({ x: d.x, y: d.y, featureNames: d.featureNames, classNames: d.targetNames });
    }
    case "diabetes": {
      const d = (await import("@backprop/data/diabetes")).loadDiabetes();
      return { x: d.x, featureNames: d.featureNames, target: { kind: "values", y: d.y, name: "target" } };
    }
    default:
      return labelled(builtinDataset(name, o));
  }
}

/** A generated set or Iris (see {@link loadBuiltin}). */
export function builtinDataset(name: Exclude<DatasetName, "digits" | "wine" | "breast-cancer" | "diabetes">, o: GenerateOptions): LabelledData {
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
