import { ColumnTransformer, MinMaxScaler, OneHotEncoder, SimpleImputer, StandardScaler, type ColumnGroup, type TableColumn } from "@backprop/data";
import { Matrix } from "@backprop/linalg";
import type { Features } from "../data/dataset.js";
import { UsageError } from "../errors.js";

/** `--scale`: standardize (`z = (x − μ)/σ`), rescale to [0, 1], or leave the features as they are. */
export const SCALE_NAMES = ["standard", "minmax", "none"] as const;
export type ScaleName = (typeof SCALE_NAMES)[number];

/** `--unknown`: what a category unseen in training does at predict time. */
export const UNKNOWN_NAMES = ["error", "ignore"] as const;
export type UnknownName = (typeof UNKNOWN_NAMES)[number];

/** A fitted scaler, or `undefined` for `--scale none`. */
export type Scaler = StandardScaler | MinMaxScaler | undefined;

/** What turns raw features into the network's input: a scaler (numbers only), a `ColumnTransformer` (a table), or nothing. */
export type FeatureStep = Scaler | ColumnTransformer;

/** Fits the chosen scaler on the training rows only (so the test rows stay unseen). */
export function fitScaler(name: ScaleName, xTrain: Matrix): Scaler {
  if (name === "standard") return new StandardScaler().fit(xTrain);
  if (name === "minmax") return new MinMaxScaler().fit(xTrain);
  return undefined;
}

/** `x` as the network sees it. */
export function applyScaler(scaler: Scaler, x: Matrix): Matrix {
  return scaler ? scaler.transform(x) : x;
}

/**
 * The table pipeline `train` fits on a CSV with text or blanks: numbers → median imputer, then the
 * `--scale` scaler; text → most-frequent imputer, then one-hot over `categories` (every category
 * of the whole file, so a test row never meets an unseen one; `--unknown` decides at predict time).
 */
export function tablePipeline(columns: readonly TableColumn[], scale: ScaleName, unknown: UnknownName): ColumnTransformer {
  const numeric = columns.filter((c) => c.kind === "numeric").map((c) => c.name);
  const text = columns.filter((c): c is Extract<TableColumn, { kind: "categorical" }> => c.kind === "categorical");
  const groups: ColumnGroup[] = [];
  if (numeric.length > 0) {
    const scaler = scale === "standard" ? [new StandardScaler()] : scale === "minmax" ? [new MinMaxScaler()] : [];
    groups.push({ name: "num", columns: numeric, steps: [new SimpleImputer({ strategy: "median" }), ...scaler] });
  }
  if (text.length > 0) {
    const categories = text.map((c) => [...new Set(c.values.filter((v): v is string => v !== null))].sort());
    groups.push({ name: "cat", columns: text.map((c) => c.name), steps: [new SimpleImputer({ strategy: "most_frequent" }), new OneHotEncoder({ categories, handleUnknown: unknown })] });
  }
  return new ColumnTransformer({ transformers: groups });
}

/** Fits the feature step on the training rows: a `ColumnTransformer` for a table, the `--scale` scaler for numbers. */
export function fitFeatures(train: Features, all: Features, scale: ScaleName, unknown: UnknownName): FeatureStep {
  if (train.kind === "matrix") return fitScaler(scale, train.x);
  const empty = train.columns.find((c) => Array.prototype.every.call(c.values, (v: unknown) => v === null || (typeof v === "number" && Number.isNaN(v))));
  if (empty !== undefined) {
    throw new UsageError(
      `train: column "${empty.name}" has no value in the training rows (every cell is blank or a missing value), so there is nothing to fill it from. ` +
        `Leave it out with --drop ${empty.name}, or fill some of its cells. Received: ${train.columns[0]?.values.length ?? 0} training rows.`,
    );
  }
  const ct = tablePipeline(all.kind === "table" ? all.columns : train.columns, scale, unknown);
  return ct.fit({ columns: train.columns, missingValues: train.missingValues });
}

/** The features as the network sees them. */
export function applyFeatures(step: FeatureStep, features: Features): Matrix {
  if (features.kind === "table") {
    if (!isTablePipeline(step)) throw new UsageError("train: a table needs a ColumnTransformer. Received: a scaler.");
    return step.transform({ columns: features.columns, missingValues: features.missingValues });
  }
  return isTablePipeline(step) ? step.transform(matrixColumns(features.x, features.names)) : applyScaler(step, features.x);
}

/** A numeric matrix as named numeric table columns. */
export function matrixColumns(x: Matrix, names: readonly string[]): TableColumn[] {
  return names.map((name, j) => ({ name, kind: "numeric", values: Float64Array.from({ length: x.rows }, (_, i) => x.get(i, j)) }));
}

/** Whether the step is a table pipeline (it takes raw rows with text and blanks). */
export function isTablePipeline(step: FeatureStep): step is ColumnTransformer {
  // Asked of the object, not its class: a second copy of @backprop/data would fail instanceof.
  return (step as { type?: unknown } | undefined)?.type === "columnTransformer";
}

/** A one-column target scaler `z = (y − μ)/σ`, fitted on the training targets. */
export function fitTargetScaler(y: Float64Array): StandardScaler {
  return new StandardScaler().fit(new Matrix(y.length, 1, Float64Array.from(y)));
}

/** `y` as the network is trained on it: an `n×1` column, standardized. */
export function scaleTarget(scaler: StandardScaler, y: Float64Array): Matrix {
  return scaler.transform(new Matrix(y.length, 1, Float64Array.from(y)));
}

/** The network's outputs back in the target's units: `ŷ = z·σ + μ`. */
export function unscaleTarget(scaler: StandardScaler | undefined, output: Matrix): Float64Array {
  return Float64Array.from(scaler ? scaler.inverseTransform(output).data : output.data);
}

/**
 * Rebuilds the feature step and target scaler a model file's `"preprocessing"` field describes
 * (already checked by `Sequential.fromJSON`; `null`/absent: none).
 * @throws UsageError for a step the CLI cannot apply.
 */
export function preprocessingFromJSON(json: unknown): { features: FeatureStep; target: StandardScaler | undefined } {
  if (json === undefined || json === null) return { features: undefined, target: undefined };
  const obj = json as { type?: unknown; features?: unknown; target?: unknown };
  if (obj.type === "targetScaler") return { features: featureStepFromJSON(obj.features), target: StandardScaler.fromJSON(obj.target, "preprocessing.target") };
  return { features: featureStepFromJSON(json), target: undefined };
}

function featureStepFromJSON(json: unknown): FeatureStep {
  if (json === undefined || json === null) return undefined;
  const type = (json as { type?: unknown }).type;
  if (type === "standardScaler") return StandardScaler.fromJSON(json);
  if (type === "minMaxScaler") return MinMaxScaler.fromJSON(json);
  if (type === "columnTransformer") return ColumnTransformer.fromJSON(json, "preprocessing");
  throw new UsageError(`model file: preprocessing.type must be standardScaler, minMaxScaler, columnTransformer or targetScaler. Received: preprocessing.type=${JSON.stringify(type)}.`);
}

/** The `"preprocessing"` a model file stores: the feature step, wrapped with the target scaler for a regression. */
export function preprocessingJSON(features: FeatureStep, target: StandardScaler | undefined): unknown {
  if (target === undefined) return features?.toJSON();
  return { type: "targetScaler", ...(features ? { features: features.toJSON() } : {}), target: target.toJSON() };
}
