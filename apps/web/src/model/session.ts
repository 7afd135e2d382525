import type { Matrix } from "@backprop/linalg";
import { Dense } from "@backprop/layers";
import { gradientStats, TrainingSession as Trainer } from "@backprop/network";
import { fitOptions, lossName, type RunLoss } from "./build-model.js";
import { activationHealth } from "./health.js";
import { guessingLoss } from "./plateau.js";
import { adviceFor } from "./advice.js";
import { RunHistory } from "./run-history.js";
import { GRID_SIZE, prepareData, type PreparedData } from "./prepare-data.js";
import { problemOf, type PlaygroundConfig } from "../state/config.js";
import { baselineLoss, regressionScores } from "./regression-scores.js";
import { buildLiveModel } from "./live-model.js";
import { liveParts } from "./live-session.js";
import { withWeights } from "./weight-history.js";
import type { TrainingSession } from "../worker/host.js";
import type { LayerHealth, LossPoint, Snapshot } from "../worker/protocol.js";
import { createInspection, type Inspection } from "./trace-session.js";

/** The gradient-health verdict once a run has diverged (its numbers are those of the kept weights). */
export const DIVERGED_WARNING = "Training diverged and has stopped; these gradients are those of the kept weights. " +
  "Lower the learning rate, then press Reset to start again.";

/** A classifier trains with cross-entropy or mse, never mae/huber (those are the regression losses). */
type ClassifierLoss = Exclude<RunLoss, "mae" | "huber">;

function column(m: Matrix, j: number): Float32Array {
  const out = new Float32Array(m.rows);
  for (let i = 0; i < m.rows; i++) out[i] = m.data[i * m.cols + j]!;
  return out;
}

/**
 * A playground run on backprop's packages: `@backprop/data` makes and splits the points,
 * `@backprop/network`'s `TrainingSession` trains one epoch per call, and the pictures come from
 * the model's own layers applied to the grid. Nothing here draws a random number, so the same
 * config gives the same run however often snapshots are taken. `prepared` (an uploaded CSV's
 * data, from `csv-prepare.ts`) replaces the data the config's built-in set would give.
 */
export function createSession(config: PlaygroundConfig, prepared?: PreparedData): TrainingSession & Inspection {
  const data = prepared ?? prepareData(config);
  const classes = data.view.classNames.length;
  const regression = problemOf(config) === "regression";
  const outputs = classes > 2 ? classes : 1;
  // Regression trains on the targets, classification on the labels.
  const yTrain = data.targets?.train ?? data.yTrain;
  const yTest = data.targets?.test ?? data.yTest;
  const model = buildLiveModel(config, data.xTrain.cols, outputs);
  const loss = lossName(config, outputs);
  const dense = model.layers.filter((l): l is Dense => l instanceof Dense);
  const trainer = new Trainer(model, data.xTrain, yTrain, fitOptions(config, outputs));
  let epoch = 0;
  const measure = (): LossPoint => ({
    epoch,
    train: model.evaluate(data.xTrain, yTrain, { loss }).loss,
    test: model.evaluate(data.xTest, yTest, { loss }).loss,
  });
  let last = measure();
  // The advice rules look HISTORY_EPOCHS back: keep that many losses, not the whole run.
  const history = new RunHistory(last);
  const guessing = data.targets ? baselineLoss(data.targets.train.data, loss) : guessingLoss(data.yTrain, classes, loss as ClassifierLoss);

  /** Gradients over the whole training set (inference mode, so no random draw), plus dead/saturated shares. */
  function health(): LayerHealth[] {
    const grads = gradientStats(model, data.xTrain, yTrain, { loss });
    let a = data.xTrain;
    const stats: LayerHealth[] = [];
    let l = 0;
    for (const layer of model.layers) {
      a = layer.forward(a, { training: false });
      if (!(layer instanceof Dense)) continue;
      const hidden = l < dense.length - 1;
      const shares = hidden ? activationHealth(layer.activation.name, a) : { deadShare: 0, saturatedShare: 0 };
      stats.push({ gradMean: grads[l]!.mean, gradMax: grads[l]!.max, ...shares });
      l++;
    }
    return stats;
  }
  const inspection = createInspection(model, data, outputs, () => (last = measure()));
  // Set once the library stops the run (a divergence; it put the kept weights back).
  let stopped = false;

  return {
    get epoch() {
      return epoch;
    },
    get stopMessage() {
      return trainer.history.message;
    },
    get stopped() {
      return stopped;
    },
    dataset: () => data.view,
    ...liveParts(config, model, trainer, data),
    /** The pictures with earlier weights put in for the time being (a replay frame); the run is untouched. */
    snapshotWith(weights: Float64Array): Snapshot {
      return withWeights(model, weights, () => this.snapshot([]));
    },
    runEpoch(): LossPoint {
      if (stopped) return last;
      const logs = trainer.runEpoch();
      if (logs === undefined || trainer.history.message !== undefined) {
        // Diverged: the epoch did not count and the kept weights are back; their losses are what is shown.
        stopped = true;
        last = measure();
        return last;
      }
      epoch++;
      last = measure();
      history.push(last);
      return last;
    },
    snapshot(losses: LossPoint[]): Snapshot {
      let a = data.unitGrid;
      const neuronGrids: Float32Array[][] = [];
      for (const layer of model.layers) {
        a = layer.forward(a, { training: false });
        if (layer instanceof Dense) neuronGrids.push(Array.from({ length: a.cols }, (_, j) => column(a, j)));
      }
      const out = model.forward(data.grid, false);
      const outputGrid = new Float32Array(out.cols * out.rows);
      for (let k = 0; k < out.cols; k++) outputGrid.set(column(out, k), k * out.rows);
      const layerHealth = health();
      return {
        epoch,
        losses,
        trainLoss: last.train,
        testLoss: last.test,
        trainAccuracy: regression ? Number.NaN : model.accuracy(data.xTrain, data.yTrain),
        testAccuracy: regression ? Number.NaN : model.accuracy(data.xTest, data.yTest),
        gridSize: GRID_SIZE,
        outputGrid,
        neuronGrids,
        weights: dense.map((layer) => layer.weights.value.toArray()),
        health: layerHealth,
        // The most specific rule speaks (see adviceFor): gradients, dead ReLUs, divergence, overfitting, then a plateau.
        warning: stopped ? DIVERGED_WARNING : adviceFor({ health: layerHealth, history, guessing, setup: config, regression }),
        predictions: regression ? new Int32Array(0) : model.predictClasses(data.xAll),
        ...(data.targets ? regressionScores(model, { train: data.xTrain, test: data.xTest }, data.targets) : {}),
        biases: dense.map((layer) => Array.from(layer.bias.value.data)),
      };
    },
    ...inspection,
  };
}
