import { Matrix } from "@backprop/linalg";
import { StandardScaler, trainTestSplit } from "@backprop/data";
import { csvRows, csvTargetRows, type LoadedCsv } from "./csv-dataset.js";
import { csvSource, type CsvChoice } from "./csv-choice.js";
import { columns, GRID_SIZE, gridPoints, takeRows, trainFlags, UNIT_GRID_SIZE, type PreparedData } from "./prepare-data.js";
import { FAR_OUT_SDS, uploadedTargetRange } from "./regression-data.js";
import { problemOf, type PlaygroundConfig } from "../state/config.js";
import { readableNumber } from "./format-number.js";
import type { DatasetView } from "../worker/protocol.js";

const count = (n: number) => n.toLocaleString("en-US");

/**
 * The uploaded data as a playground run's data, the way Iris is prepared: the chosen rows are
 * split (seeded; stratified by class for classification), every trained-on column is
 * standardised with the training rows' mean and standard deviation, and the plane shows the two
 * plotted columns in those units. Grid cells hold every other trained-on column at its training
 * mean (0 once standardised), so the background heat map is a slice through the data, not all of
 * it. A regression run also standardises the target with the training rows' mean and standard
 * deviation (the colours, the loss and R² are then in those units; R² is the same in any).
 * @throws RangeError starting with the file name (a choice the file cannot give, a split too small).
 */
export function prepareCsvData(config: PlaygroundConfig, loaded: LoadedCsv | null): PreparedData {
  const choice = config.csv!;
  if (loaded === null || loaded.summary.file !== choice.file) {
    throw new RangeError(`Upload CSV: ${JSON.stringify(choice.file)} is no longer loaded in this page. Received: ${loaded === null ? "no file" : JSON.stringify(loaded.summary.file)}; upload it again.`);
  }
  return problemOf(config) === "regression" ? prepareCsvRegression(config, loaded, choice) : prepareCsvClassification(config, loaded, choice);
}

/** The trained-on columns standardised on the training rows, the plane of the two plotted ones, and the grids. */
function standardisedPlane(x: Matrix, plot: [number, number], trainX: Matrix, choice: CsvChoice) {
  const scaler = new StandardScaler().fit(trainX);
  const xAll = scaler.transform(x);
  const [px, py] = plot;
  const plane = new Matrix(x.rows, 2);
  let reach = 0;
  for (let i = 0; i < x.rows; i++) {
    plane.data[2 * i] = xAll.get(i, px);
    plane.data[2 * i + 1] = xAll.get(i, py);
    reach = Math.max(reach, Math.abs(plane.data[2 * i]!), Math.abs(plane.data[2 * i + 1]!));
  }
  const extent = Math.max(1, Math.ceil(reach * 1.1 * 2) / 2);
  const toInputs = (cells: Matrix) => {
    const inputs = new Matrix(cells.rows, x.cols);
    for (let g = 0; g < cells.rows; g++) {
      inputs.set(g, px, cells.data[2 * g]!);
      inputs.set(g, py, cells.data[2 * g + 1]!);
    }
    return inputs;
  };
  const unitGrid = toInputs(gridPoints(extent, UNIT_GRID_SIZE));
  const others = choice.features.length - 2;
  const view = {
    points: plane.data,
    extent,
    axisLabels: [`${choice.plotX} (standardised)`, `${choice.plotY} (standardised)`] as [string, string],
    inputNames: [...choice.features],
    inputGrids: columns(unitGrid),
    gridSize: UNIT_GRID_SIZE,
  };
  const background = others > 0 ? ` The background holds the other ${others} trained-on column${others === 1 ? "" : "s"} at their mean.` : "";
  return { scaler, xAll, view, unitGrid, grid: toInputs(gridPoints(extent, GRID_SIZE)), background };
}

const droppedNote = (used: number, dropped: number, what: string) =>
  `${count(used)} rows used` + (dropped > 0 ? `; ${count(dropped)} dropped for a blank ${what} or trained-on cell` : "; none had blanks");

function prepareCsvClassification(config: PlaygroundConfig, loaded: LoadedCsv, choice: CsvChoice): PreparedData {
  const rows = csvRows(loaded, choice);
  let split;
  try {
    split = trainTestSplit(rows.x, rows.y, { testSize: (100 - config.trainRatio) / 100, stratify: rows.y, randomState: config.seed });
  } catch {
    // trainTestSplit's own words name its options; say it in the page's terms.
    throw new RangeError(`${csvSource(choice.file)}: the training and test sets each need a row of every class. Received: ${rows.y.length} rows, ${rows.classNames.length} classes, ${config.trainRatio} % for training; move "Training data %" nearer 50 or upload more rows.`);
  }
  const { scaler, xAll, view: plane, unitGrid, grid, background } = standardisedPlane(rows.x, rows.plot, split.xTrain, choice);
  const view: DatasetView = {
    ...plane,
    labels: rows.y,
    isTrain: trainFlags(rows.y.length, split.trainIndices),
    classNames: rows.classNames,
    note: `${droppedNote(rows.y.length, rows.dropped, "label")}. ${rows.classNames.length} classes: ${rows.classNames.join(", ")}.${background}`,
  };
  return {
    xTrain: takeRows(xAll, split.trainIndices), yTrain: split.yTrain, xTest: takeRows(xAll, split.testIndices), yTest: split.yTest,
    xAll, grid, unitGrid, view, scaler,
  };
}

/** What the panel says of rows far out in the target: they set the loss, and the colours stop short of them. */
function farOutNote({ range, farOut, farthest }: ReturnType<typeof uploadedTargetRange>): string {
  if (farOut === 0) return "";
  const rows = farOut === 1 ? "1 row lies" : `${farOut} rows lie`;
  return ` ${rows} more than ${FAR_OUT_SDS} standard deviations out (the farthest at ${shown(farthest)}): squared error weighs ${farOut === 1 ? "it" : "them"} most, ` +
    `and the colours stop at ±${shown(range)} so the other rows still show. Huber or absolute error weigh far rows less; or remove ${farOut === 1 ? "it" : "them"} from the file.`;
}

const shown = readableNumber;

function prepareCsvRegression(config: PlaygroundConfig, loaded: LoadedCsv, choice: CsvChoice): PreparedData {
  const rows = csvTargetRows(loaded, choice);
  const n = rows.target.length;
  const target = new Matrix(n, 1, rows.target);
  let split;
  try {
    // A continuous target has no strata: a seeded random split, as the built-in regression sets.
    split = trainTestSplit(rows.x, rows.target, { testSize: (100 - config.trainRatio) / 100, randomState: config.seed });
  } catch {
    throw new RangeError(`${csvSource(choice.file)}: the training and test sets each need at least one row. Received: ${n} rows, ${config.trainRatio} % for training; move "Training data %" nearer 50 or upload more rows.`);
  }
  const { scaler, xAll, view: plane, unitGrid, grid, background } = standardisedPlane(rows.x, rows.plot, split.xTrain, choice);
  const targetScaler = new StandardScaler().fit(takeRows(target, split.trainIndices));
  const scaled = targetScaler.transform(target);
  const [mean, sd] = [targetScaler.mean![0]!, targetScaler.scale![0]!];
  const colours = uploadedTargetRange(scaled.data);
  const view: DatasetView = {
    ...plane,
    labels: new Int32Array(n),
    isTrain: trainFlags(n, split.trainIndices),
    classNames: ["target"],
    targets: scaled.data,
    targetRange: colours.range,
    oneD: false,
    note: `${droppedNote(n, rows.dropped, "target")}. Predicting ${JSON.stringify(choice.label)}, standardised (training mean ${shown(mean)}, ` +
      `standard deviation ${shown(sd)}): the colours and the loss are in those units.${farOutNote(colours)}${background}`,
  };
  return {
    xTrain: takeRows(xAll, split.trainIndices),
    yTrain: new Int32Array(split.trainIndices.length),
    xTest: takeRows(xAll, split.testIndices),
    yTest: new Int32Array(split.testIndices.length),
    xAll, grid, unitGrid, view, scaler, targetScaler,
    targets: { train: takeRows(scaled, split.trainIndices), test: takeRows(scaled, split.testIndices) },
  };
}
