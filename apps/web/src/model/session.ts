import type { Matrix } from "@backprop/linalg";
import { Dense } from "@backprop/layers";
import { gradientStats, TrainingSession as Trainer } from "@backprop/network";
import { fitOptions, lossName } from "./build-model.js";
import { activationHealth, healthWarning } from "./health.js";
import { guessingLoss, PLATEAU_EPOCHS, plateauWarning } from "./plateau.js";
import { GRID_SIZE, prepareData } from "./prepare-data.js";
import { buildLiveModel } from "./live-model.js";
import { liveParts } from "./live-session.js";
import { withWeights } from "./weight-history.js";
import type { PlaygroundConfig } from "../state/config.js";
import type { TrainingSession } from "../worker/host.js";
import type { LayerHealth, LossPoint, Snapshot } from "../worker/protocol.js";

function column(m: Matrix, j: number): Float32Array {
  const out = new Float32Array(m.rows);
  for (let i = 0; i < m.rows; i++) out[i] = m.data[i * m.cols + j]!;
  return out;
}

/**
 * A playground run on backprop's packages: `@backprop/data` makes and splits the points,
 * `@backprop/network`'s `TrainingSession` trains one epoch per call, and the pictures come from
 * the model's own layers applied to the grid. Nothing here draws a random number, so the same
 * config gives the same run however often snapshots are taken.
 */
export function createSession(config: PlaygroundConfig): TrainingSession {
  const data = prepareData(config);
  const classes = data.view.classNames.length;
  const outputs = classes > 2 ? classes : 1;
  const model = buildLiveModel(config, data.xTrain.cols, outputs);
  const loss = lossName(config, outputs);
  const dense = model.layers.filter((l): l is Dense => l instanceof Dense);
  const trainer = new Trainer(model, data.xTrain, data.yTrain, fitOptions(config, outputs));
  let epoch = 0;
  const measure = (): LossPoint => ({
    epoch,
    train: model.evaluate(data.xTrain, data.yTrain, { loss }).loss,
    test: model.evaluate(data.xTest, data.yTest, { loss }).loss,
  });
  let last = measure();
  // The plateau rule looks PLATEAU_EPOCHS back: keep that many training losses, not the whole run.
  const recent = [last.train];
  const guessing = guessingLoss(data.yTrain, classes, loss);

  /** Gradients over the whole training set (inference mode, so no random draw), plus dead/saturated shares. */
  function health(): LayerHealth[] {
    const grads = gradientStats(model, data.xTrain, data.yTrain, { loss });
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

  return {
    get epoch() {
      return epoch;
    },
    get stopMessage() {
      return trainer.history.message;
    },
    dataset: () => data.view,
    ...liveParts(config, model, trainer, data),
    /** The pictures with earlier weights put in for the time being (a replay frame); the run is untouched. */
    snapshotWith(weights: Float64Array): Snapshot {
      return withWeights(model, weights, () => this.snapshot([]));
    },
    runEpoch(): LossPoint {
      const logs = trainer.runEpoch();
      epoch++;
      last = logs === undefined ? { epoch, train: Number.NaN, test: Number.NaN } : measure();
      recent.push(last.train);
      if (recent.length > PLATEAU_EPOCHS + 1) recent.shift();
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
        trainAccuracy: model.accuracy(data.xTrain, data.yTrain),
        testAccuracy: model.accuracy(data.xTest, data.yTest),
        gridSize: GRID_SIZE,
        outputGrid,
        neuronGrids,
        weights: dense.map((layer) => layer.weights.value.toArray()),
        health: layerHealth,
        // Gradient rules name a cause, so they come first; a plateau is what is left when none fits.
        warning: healthWarning(layerHealth, last.train, config.activation, config.hidden) ?? plateauWarning({ losses: recent, guessing, setup: config }),
        predictions: model.predictClasses(data.xAll),
      };
    },
  };
}
