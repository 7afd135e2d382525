import type { DatasetName, LiveChange, PlaygroundConfig, RegressionDatasetName } from "../state/config.js";
import type { RegressionThumbnail } from "../model/regression-thumbnails.js";
import type { LiveSettings } from "../state/live.js";
import type { Thumbnail } from "../model/thumbnails.js";
import type { CsvSummary } from "../model/csv-choice.js";
import type { PointTrace } from "../model/trace.js";
import type { ParameterEdit } from "../model/trace-edit-types.js";

/** Messages the page sends to the training worker. */
export type ToWorker =
  /** A new run; `run` is the page's id for it, echoed on every message about that run. */
  | { type: "configure"; config: PlaygroundConfig; run?: number }
  | { type: "play" }
  | { type: "pause" }
  | { type: "step" }
  /** A new run with the settings in force (`run`: its id, as for `configure`). */
  | { type: "reset"; run?: number }
  /** An uploaded file's text, read in the worker (it never leaves the browser). */
  | { type: "csv"; file: string; text: string }
  | InspectToWorker
  /**
   * Live settings for the running session from its next batch on (recorded as a mid-run change);
   * `run` is the run it was made for (any other run ignores it), `seq` is echoed by `recorded`.
   */
  | { type: "live"; patch: Partial<LiveSettings>; run?: number; seq?: number }
  /** Epochs per 1/60 s while playing; `null` trains as fast as the worker goes. */
  | { type: "speed"; epochsPerFrame: number | null }
  /** Draw the run as it was after `epoch` epochs (the nearest kept weights at or before it). */
  | { type: "replay"; epoch: number }
  /** Serialise the model now: backprop's model file or ONNX. */
  | { type: "export"; format: "model" | "onnx" };

/** The points of the current data set, in plane coordinates (what the page draws). */
export interface DatasetView {
  /** `[x, y]` per point, flattened. */
  points: Float64Array;
  labels: Int32Array;
  isTrain: Uint8Array;
  classNames: string[];
  /** The square drawn: `[-extent, extent]²`. */
  extent: number;
  axisLabels: [string, string];
  /** Input node labels and, for 2-D sets, each input feature's own picture over the unit grid. */
  inputNames: string[];
  inputGrids: Float32Array[];
  /** Side of the grid of the units' small pictures. */
  gridSize: number;
  /** For uploaded data: how many rows were used and dropped, the classes, what the background shows. */
  note?: string;
  /** Regression only: each point's target (`labels` then holds zeros). */
  targets?: Float64Array;
  /** Regression only: the colour scale runs over `[-targetRange, targetRange]`. */
  targetRange?: number;
  /** A 1-D set (the sine): `points` are `(x₁, target)`, drawn with the model's curve instead of a heat map. */
  oneD?: boolean;
}

export interface LayerHealth {
  /** `mean(|∂L/∂W|)` of the layer's weights over the whole training set (`gradientStats` from @backprop/network). */
  gradMean: number;
  /** `max(|∂L/∂W|)`. */
  gradMax: number;
  /** Share of the layer's ReLU units that output 0 for every training point (0 for other activations). */
  deadShare: number;
  /** Share of the layer's activations sitting in a flat part (|tanh| > 0.99, sigmoid outside 0.01–0.99). */
  saturatedShare: number;
}

export interface LossPoint {
  epoch: number;
  train: number;
  test: number;
}

/** What the page needs to draw one moment of training. */
export interface Snapshot {
  epoch: number;
  /** Per-epoch losses since the previous snapshot (the live curve gets every epoch). */
  losses: LossPoint[];
  trainLoss: number;
  testLoss: number;
  trainAccuracy: number;
  testAccuracy: number;
  /** Side of the output grid. */
  gridSize: number;
  /** Output over the grid: binary tasks give `P(class 1)`; multi-class tasks give per-class probabilities, class-major. */
  outputGrid: Float32Array;
  /** `neuronGrids[layer][unit]`: each hidden and output unit's activation over the (coarser) unit grid. */
  neuronGrids: Float32Array[][];
  /** `weights[layer][input][unit]`, as in the model JSON. */
  weights: number[][][];
  health: LayerHealth[];
  warning: string | null;
  /** The predicted class of every data point (train and test), in the data set's order. */
  predictions: Int32Array;
  /** Regression only: `r2Score` of the predictions on the training and the test set. */
  trainR2?: number;
  testR2?: number;
  /** `biases[layer][unit]` of every dense layer (optional: older senders leave it out). */
  biases?: number[][];
}

/** Messages the worker sends back. */
export type FromWorker =
  /** `run`: the id of the run it belongs to (as the page gave it in `configure` or `reset`). */
  | { type: "dataset"; dataset: DatasetView; run: number }
  | { type: "snapshot"; snapshot: Snapshot; run: number }
  /**
   * Run `run` could not be built (`message` says why, e.g. a split too small for the classes); the
   * run in force goes on, `inForce` (null when there is none).
   */
  | { type: "refused"; run: number; message: string; inForce: { run: number; config: PlaygroundConfig } | null }
  | { type: "status"; playing: boolean }
  | { type: "error"; message: string }
  /** Sent once when the worker starts: a small picture of every data set for its button. */
  | { type: "thumbnails"; thumbnails: Record<DatasetName, Thumbnail> }
  /** The answer to an uploaded file: its columns, or why it cannot be used. */
  | { type: "csv"; summary: CsvSummary | null; message: string | null }
  /** Sent once after "thumbnails": the regression sets' pictures. */
  | { type: "regressionThumbnails"; thumbnails: Record<RegressionDatasetName, RegressionThumbnail> }
  | InspectFromWorker
  /** The run's settings at epoch 0 and its recorded changes, after a live change or a reset (for the URL). */
  /** `seq`: the last `live` message's seq the worker had received (the page's own changes shown until then). */
  | { type: "recorded"; initial: LiveSettings; changes: LiveChange[]; epoch: number; patch: Partial<LiveSettings>; run: number; seq: number }
  /** A replay frame: the snapshot with the weights kept after `snapshot.epoch` epochs. */
  | { type: "replay"; snapshot: Snapshot; requested: number; run: number }
  /** A downloadable file. */
  | { type: "export"; format: "model" | "onnx"; fileName: string; data: string | Uint8Array };

/** Step-through and weight editing (the inspect panel): requests the page sends. */
export type InspectToWorker =
  /** The forward pass, backward pass and optimizer update of training point `point` (its row in the data set). */
  | { type: "trace"; point: number }
  /** Sets weight `W[input][unit]` of dense layer `layer` (or its bias with `input: "bias"`); a snapshot follows. */
  | { type: "setParameter"; edit: ParameterEdit };

/** The worker's answer to a `trace` request. */
export type InspectFromWorker = { type: "trace"; trace: PointTrace };
