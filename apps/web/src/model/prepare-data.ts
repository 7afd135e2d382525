import { Matrix } from "@backprop/linalg";
import { StandardScaler, trainTestSplit } from "@backprop/data";
import { expandFeatures, FEATURE_LABELS } from "./features.js";
import { generateData, PLANE_EXTENT } from "./datasets.js";
import { FEATURES, IRIS_FEATURES, problemOf, type PlaygroundConfig } from "../state/config.js";
import { prepareRegression } from "./prepare-regression.js";
import type { DatasetView } from "../worker/protocol.js";

/** Side of the square grid the decision boundary is computed on. */
export const GRID_SIZE = 80;
/** Side of the coarser grid each unit's small picture is computed on. */
export const UNIT_GRID_SIZE = 24;

/** The split, scaled network inputs, and the grid the pictures are drawn from. */
export interface PreparedData {
  xTrain: Matrix;
  yTrain: Int32Array;
  xTest: Matrix;
  yTest: Int32Array;
  /** Every point (train and test) as network input, in data set order, for the predictions. */
  xAll: Matrix;
  /** Network inputs for the `GRID_SIZE²` grid cells, row 0 at the top. */
  grid: Matrix;
  /** The same for the `UNIT_GRID_SIZE²` grid of the units' pictures. */
  unitGrid: Matrix;
  view: DatasetView;
  /** Regression runs only: the targets as one-column matrices (`yTrain`/`yTest` then hold zeros). */
  targets?: { train: Matrix; test: Matrix };
  /** The standardization of the network inputs (saved in a downloaded model file). */
  scaler: StandardScaler;
  /**
   * An uploaded file's regression runs only: the standardization of the target (the network
   * learns `(t − mean)/sd`; a downloaded model file turns its outputs back into the file's units).
   */
  targetScaler?: StandardScaler;
}

/** Plane coordinates of the grid cells' centres: `x` left to right, `y` top to bottom. */
export function gridPoints(extent: number, size: number): Matrix {
  const out = new Matrix(size * size, 2);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const g = row * size + col;
      out.data[2 * g] = -extent + ((col + 0.5) / size) * 2 * extent;
      out.data[2 * g + 1] = extent - ((row + 0.5) / size) * 2 * extent;
    }
  }
  return out;
}

/** Which of `rows` data points went to training, as the view's 0/1 flags. */
export function trainFlags(rows: number, trainIndices: Int32Array): Uint8Array {
  const isTrain = new Uint8Array(rows);
  trainIndices.forEach((i) => (isTrain[i] = 1));
  return isTrain;
}

export function takeRows(x: Matrix, rows: Int32Array): Matrix {
  const out = new Matrix(rows.length, x.cols);
  rows.forEach((r, i) => out.data.set(x.data.subarray(r * x.cols, (r + 1) * x.cols), i * x.cols));
  return out;
}

/**
 * Generates the data, splits it (stratified, seeded like scikit-learn's `train_test_split`), expands
 * 2-D points into the chosen features and standardizes every input column with the training
 * set's mean and standard deviation.
 */
export function prepareData(config: PlaygroundConfig): PreparedData {
  if (problemOf(config) === "regression") return prepareRegression(config);
  const raw = generateData(config);
  const split = trainTestSplit(raw.x, raw.y, { testSize: (100 - config.trainRatio) / 100, stratify: raw.y, randomState: config.seed });
  const isTrain = trainFlags(raw.y.length, split.trainIndices);
  const iris = config.dataset === "iris";
  const expand = (x: Matrix) => (iris ? x : expandFeatures(x, config.features));
  const scaler = new StandardScaler().fit(expand(split.xTrain));
  const xAll = scaler.transform(expand(raw.x));
  let plane: Matrix;
  let extent: number;
  let toInputs: (cells: Matrix) => Matrix;
  if (iris) {
    // The plane shows two standardized measurements; grid cells hold the other two at their mean (0).
    plane = new Matrix(raw.y.length, 2);
    let reach = 0;
    for (let i = 0; i < raw.y.length; i++) {
      plane.data[2 * i] = xAll.get(i, config.irisX);
      plane.data[2 * i + 1] = xAll.get(i, config.irisY);
      reach = Math.max(reach, Math.abs(plane.data[2 * i]!), Math.abs(plane.data[2 * i + 1]!));
    }
    extent = Math.ceil(reach * 1.1 * 2) / 2;
    toInputs = (cells) => {
      const inputs = new Matrix(cells.rows, 4);
      for (let g = 0; g < cells.rows; g++) {
        inputs.set(g, config.irisX, cells.data[2 * g]!);
        inputs.set(g, config.irisY, cells.data[2 * g + 1]!);
      }
      return inputs;
    };
  } else {
    plane = raw.x;
    extent = PLANE_EXTENT;
    toInputs = (cells) => scaler.transform(expandFeatures(cells, config.features));
  }
  const grid = toInputs(gridPoints(extent, GRID_SIZE));
  const unitGrid = toInputs(gridPoints(extent, UNIT_GRID_SIZE));
  // Each input's own picture: the seven features for 2-D sets; for Iris the two shown measurements
  // vary across the plane and the other two stay at their mean.
  const inputGrids = iris ? columns(unitGrid) : columns(expandFeatures(gridPoints(extent, UNIT_GRID_SIZE), FEATURES));
  const view: DatasetView = {
    points: plane.data,
    labels: raw.y,
    isTrain,
    classNames: raw.classNames,
    extent,
    axisLabels: iris ? [IRIS_FEATURES[config.irisX]!, IRIS_FEATURES[config.irisY]!] : ["x₁", "x₂"],
    inputNames: iris ? [...IRIS_FEATURES] : FEATURES.map((f) => FEATURE_LABELS[f]),
    inputGrids,
    gridSize: UNIT_GRID_SIZE,
  };
  return { xTrain: takeRows(xAll, split.trainIndices), yTrain: split.yTrain, xTest: takeRows(xAll, split.testIndices), yTest: split.yTest, xAll, grid, unitGrid, view, scaler };
}

export function columns(m: Matrix): Float32Array[] {
  return Array.from({ length: m.cols }, (_, j) => Float32Array.from({ length: m.rows }, (_, i) => m.data[i * m.cols + j]!));
}
