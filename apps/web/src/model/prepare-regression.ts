import { Matrix } from "@backprop/linalg";
import { StandardScaler, trainTestSplit } from "@backprop/data";
import { expandFeatures, FEATURE_LABELS } from "./features.js";
import { PLANE_EXTENT } from "./datasets.js";
import { featuresFor, generateRegressionData, targetRange } from "./regression-data.js";
import { columns, GRID_SIZE, gridPoints, takeRows, trainFlags, UNIT_GRID_SIZE, type PreparedData } from "./prepare-data.js";
import { FEATURES, type PlaygroundConfig } from "../state/config.js";
import type { DatasetView } from "../worker/protocol.js";

function column(values: Float64Array, rows: Int32Array): Matrix {
  const out = new Matrix(rows.length, 1);
  rows.forEach((r, i) => (out.data[i] = values[r]!));
  return out;
}

/**
 * A regression run's data: generated, split at random (seeded as scikit-learn's
 * `train_test_split`; a continuous target has no strata), expanded into the chosen features (x₁'s
 * only for the 1-D sine) and standardized with the training set's statistics. Targets are left
 * as generated: every set's lie in about `[-1.5, 1.5]` already. The 1-D sine's points are drawn
 * as `(x₁, target)`; its grids vary along x₁ only.
 */
export function prepareRegression(config: PlaygroundConfig): PreparedData {
  const raw = generateRegressionData(config);
  const n = raw.target.length;
  const split = trainTestSplit(raw.x, raw.target, { testSize: (100 - config.trainRatio) / 100, randomState: config.seed });
  const isTrain = trainFlags(n, split.trainIndices);
  const features = featuresFor(config.features, raw.oneD);
  const scaler = new StandardScaler().fit(expandFeatures(split.xTrain, features));
  const toInputs = (cells: Matrix) => scaler.transform(expandFeatures(cells, features));
  const xAll = toInputs(raw.x);
  const plane = raw.oneD ? new Float64Array(2 * n) : raw.x.data;
  if (raw.oneD) raw.target.forEach((t, i) => { plane[2 * i] = raw.x.data[2 * i]!; plane[2 * i + 1] = t; });
  const range = targetRange(raw.target);
  const view: DatasetView = {
    points: plane,
    labels: new Int32Array(n),
    isTrain,
    classNames: ["target"],
    extent: PLANE_EXTENT,
    axisLabels: raw.oneD ? ["x₁", "target"] : ["x₁", "x₂"],
    inputNames: FEATURES.map((f) => FEATURE_LABELS[f]),
    inputGrids: columns(expandFeatures(gridPoints(PLANE_EXTENT, UNIT_GRID_SIZE), FEATURES)),
    gridSize: UNIT_GRID_SIZE,
    targets: raw.target,
    targetRange: range,
    oneD: raw.oneD,
  };
  return {
    xTrain: takeRows(xAll, split.trainIndices),
    yTrain: new Int32Array(split.trainIndices.length),
    xTest: takeRows(xAll, split.testIndices),
    yTest: new Int32Array(split.testIndices.length),
    xAll,
    grid: toInputs(gridPoints(PLANE_EXTENT, GRID_SIZE)),
    unitGrid: toInputs(gridPoints(PLANE_EXTENT, UNIT_GRID_SIZE)),
    view,
    scaler,
    targets: { train: column(raw.target, split.trainIndices), test: column(raw.target, split.testIndices) },
  };
}
