import type { RandomStateJSON } from "@backprop/linalg";
import type { LayerJSON } from "@backprop/layers";
import type { OptimizerState } from "@backprop/optimizers";
import type { Task } from "../task.js";

/**
 * Version 1 of the model file: layers in order, each with its weights, plus optional metadata a
 * user needs to predict on raw data. Still read; `toJSON` writes {@link ModelJSON} (version 2).
 */
export interface ModelJSONV1 {
  format: "backprop.network";
  version: 1;
  layers: LayerJSON[];
  seed?: number;
  featureNames?: string[];
  classNames?: string[];
  /** JSON from a data scaler's `toJSON()`, stored as given. */
  preprocessing?: unknown;
}

/** How the model was trained, so that `fit` goes on exactly where it stopped. */
export interface TrainingJSON {
  /** Whether the settings came from `compile` (otherwise from the last `fit`). */
  compiled: boolean;
  /** The loss and its settings (`{ "name": "huber", "config": { "delta": 1 } }`). */
  loss?: { name: string; config?: Record<string, number> };
  /** Metric names recorded by `fit` and reported by `evaluate`. */
  metrics: string[];
  /**
   * The optimizer's `getConfig()`, its progress (step count, moments per parameter, in `params()`
   * order) and, when it differs from `epochs` (the model had trained before this optimizer came),
   * the epochs trained with it: where its schedule continues.
   */
  optimizer?: { config: Record<string, unknown>; state: OptimizerState; epochs?: number };
  /** Epochs trained so far (a schedule continues from here). */
  epochs: number;
  /** The model's generator (shuffles, dropout masks), as `RandomState.getState()`. */
  rng: RandomStateJSON;
}

/**
 * Version 2 of the model file (the JSON Schema is `@backprop/network/model-file.schema.json`):
 * version 1's fields, the task, a typed preprocessing step, and the training state.
 */
export interface ModelJSON {
  format: "backprop.network";
  version: 2;
  layers: LayerJSON[];
  seed?: number;
  task?: Task;
  featureNames?: string[];
  classNames?: string[];
  /** The name of the column the model was trained to predict (the target or label column), so a reader can find it in a table. */
  targetName?: string;
  /** A typed preprocessing step from `@backprop/data` (`{ "type": "standardScaler", … }`), applied to raw inputs before the first layer. */
  preprocessing?: { type: string; [field: string]: unknown };
  training?: TrainingJSON;
}
