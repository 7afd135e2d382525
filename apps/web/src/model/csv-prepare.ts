import { Matrix } from "@backprop/linalg";
import { StandardScaler, trainTestSplit } from "@backprop/data";
import { csvRows, type LoadedCsv } from "./csv-dataset.js";
import { csvSource } from "./csv-choice.js";
import { columns, GRID_SIZE, gridPoints, takeRows, UNIT_GRID_SIZE, type PreparedData } from "./prepare-data.js";
import type { PlaygroundConfig } from "../state/config.js";
import type { DatasetView } from "../worker/protocol.js";

/**
 * The uploaded data as a playground run's data, the way Iris is prepared: the chosen rows are
 * split (stratified, seeded), every trained-on column is standardised with the training rows'
 * mean and standard deviation, and the plane shows the two plotted columns in those units. Grid
 * cells hold every other trained-on column at its training mean (0 once standardised), so the
 * background heat map is a slice through the data, not all of it.
 * @throws RangeError starting with the file name (a choice the file cannot give, a split too small for the classes).
 */
export function prepareCsvData(config: PlaygroundConfig, loaded: LoadedCsv | null): PreparedData {
  const choice = config.csv!;
  if (loaded === null || loaded.summary.file !== choice.file) {
    throw new RangeError(`Upload CSV: ${JSON.stringify(choice.file)} is no longer loaded in this page. Received: ${loaded === null ? "no file" : JSON.stringify(loaded.summary.file)}; upload it again.`);
  }
  const rows = csvRows(loaded, choice);
  let split;
  try {
    split = trainTestSplit(rows.x, rows.y, { testSize: (100 - config.trainRatio) / 100, stratify: rows.y, randomState: config.seed });
  } catch {
    // trainTestSplit's own words name its options; say it in the page's terms.
    throw new RangeError(`${csvSource(choice.file)}: the training and test sets each need a row of every class. Received: ${rows.y.length} rows, ${rows.classNames.length} classes, ${config.trainRatio} % for training; move "Training data %" nearer 50 or upload more rows.`);
  }
  const isTrain = new Uint8Array(rows.y.length);
  split.trainIndices.forEach((i) => (isTrain[i] = 1));
  const scaler = new StandardScaler().fit(split.xTrain);
  const xAll = scaler.transform(rows.x);
  const [px, py] = rows.plot;
  const plane = new Matrix(rows.y.length, 2);
  let reach = 0;
  for (let i = 0; i < rows.y.length; i++) {
    plane.data[2 * i] = xAll.get(i, px);
    plane.data[2 * i + 1] = xAll.get(i, py);
    reach = Math.max(reach, Math.abs(plane.data[2 * i]!), Math.abs(plane.data[2 * i + 1]!));
  }
  const extent = Math.max(1, Math.ceil(reach * 1.1 * 2) / 2);
  const toInputs = (cells: Matrix) => {
    const inputs = new Matrix(cells.rows, rows.x.cols);
    for (let g = 0; g < cells.rows; g++) {
      inputs.set(g, px, cells.data[2 * g]!);
      inputs.set(g, py, cells.data[2 * g + 1]!);
    }
    return inputs;
  };
  const unitGrid = toInputs(gridPoints(extent, UNIT_GRID_SIZE));
  const others = choice.features.length - 2;
  const view: DatasetView = {
    points: plane.data,
    labels: rows.y,
    isTrain,
    classNames: rows.classNames,
    extent,
    axisLabels: [`${choice.plotX} (standardised)`, `${choice.plotY} (standardised)`],
    inputNames: [...choice.features],
    inputGrids: columns(unitGrid),
    gridSize: UNIT_GRID_SIZE,
    note: `${rows.y.length.toLocaleString("en-US")} rows used` +
      (rows.dropped > 0 ? `; ${rows.dropped.toLocaleString("en-US")} dropped for a blank label or trained-on cell` : "; none had blanks") +
      `. ${rows.classNames.length} classes: ${rows.classNames.join(", ")}.` +
      (others > 0 ? ` The background holds the other ${others} trained-on column${others === 1 ? "" : "s"} at their mean.` : ""),
  };
  return {
    xTrain: takeRows(xAll, split.trainIndices), yTrain: split.yTrain, xTest: takeRows(xAll, split.testIndices), yTest: split.yTest,
    xAll, grid: toInputs(gridPoints(extent, GRID_SIZE)), unitGrid, view, scaler,
  };
}
