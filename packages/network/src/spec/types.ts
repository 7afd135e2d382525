import type { ActivationName } from "@backprop/activations";
import type { InitializerName } from "@backprop/layers";
import type { RandomState } from "@backprop/linalg";
import type { LossName } from "@backprop/losses";
import type { OptimizerName } from "@backprop/optimizers";
import type { Task } from "../task.js";

/** An activation by name, or leakyRelu with its slope (`{ name: "leakyRelu", alpha: 0.2 }`). */
export type SpecActivation = ActivationName | { name: "leakyRelu"; alpha?: number };

/** An initializer by name, or a fixed-scale one: `{ name: "normal", std }` (`randn·std`), `{ name: "uniform", limit }`. */
export type SpecInitializer = InitializerName | { name: "normal"; std: number } | { name: "uniform"; limit: number };

/**
 * One hidden layer: a `Dense` with its activation, then (when asked) a `BatchNorm` and a `Dropout`,
 * named `name`, `name_batchNorm` and `name_dropout`.
 */
export interface HiddenLayerSpec {
  units: number;
  /** Default `"relu"`. */
  activation?: SpecActivation;
  /** Default (Dense's): `"he"` after relu/leakyRelu, `"xavier"` (`randn·√(1/n)`) otherwise. */
  initializer?: SpecInitializer;
  /** This layer's penalties; default: the spec's `l1`/`l2`. */
  l1?: number;
  l2?: number;
  /** A `BatchNorm` after the activation; `true` or its options. Default none. */
  batchNorm?: boolean | { momentum?: number; epsilon?: number };
  /** Rate of a `Dropout` after the layer, in `[0, 1)`; 0 (the default) adds none. */
  dropout?: number;
  /** Default `hidden_1`, `hidden_2`, … */
  name?: string;
}

/** What `buildModel` passes to `Sequential.compile`: names and numbers only, so the spec stays JSON. */
export interface CompileSpec {
  /** Default: the head's loss (see `outputHead`). */
  loss?: LossName | ({ name: string } & Record<string, unknown>);
  /** Default `"sgd"`. */
  optimizer?: OptimizerName | ({ name: string } & Record<string, unknown>);
  /** With an optimizer given by name. Default 0.01. */
  learningRate?: number;
  metrics?: readonly string[];
}

/**
 * A model as plain (JSON-safe) data. `buildModel(spec)` turns it into a `Sequential`: the hidden
 * layers in order, then the output layer the task asks for (see `outputHead`).
 */
export interface ModelSpec {
  /** Columns of the input. */
  inputSize: number;
  /** Default `[]` (a linear or logistic model). */
  hidden?: readonly HiddenLayerSpec[];
  task: Task;
  /**
   * Classes (`binary`: 2, its default; `multiclass`: k ≥ 2), labels (`multiLabel`: ≥ 2) or target
   * columns (`regression`: ≥ 1).
   */
  outputs?: number;
  /** Regression only (the other tasks' activation is their head's): default `"linear"`. */
  outputActivation?: SpecActivation;
  /** Default (Dense's): `"xavier"` (`"he"` after a relu/leakyRelu output). */
  outputInitializer?: SpecInitializer;
  /** Default `"output"`. */
  outputName?: string;
  /** Penalties of every Dense layer (`λ₁·Σ|W| + (λ₂/2)·ΣW²`). Default 0. */
  l1?: number;
  l2?: number;
  /** Seed of the generator that draws every weight, layer by layer, and then the shuffles and dropout masks. */
  seed?: number;
  /** When given, the model comes back compiled with these settings (the loss defaulting to the head's). */
  compile?: CompileSpec;
}

/** Options of `buildModel` and `validateModelSpec`. */
export interface BuildModelOptions {
  /** Draw the weights from this generator instead of `new RandomState(spec.seed)` (give one or the other). */
  rng?: RandomState;
  /** Refuse a spec with more trainable parameters than this, before allocating. Default `MAX_PARAMETERS` (5e7). */
  maxParameters?: number;
}
