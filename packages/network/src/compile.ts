import { getLoss, type Loss, type LossName, type LossSpec } from "@backprop/losses";
import { getOptimizer, type Optimizer, type OptimizerName } from "@backprop/optimizers";
import { checkMetricNames } from "./metric-values.js";

export type { LossSpec };

/** An optimizer object, a name, or a name with settings (`{ name: "adam", learningRate: 0.01 }`: what `getConfig()` returns). */
export type OptimizerSpec = Optimizer | OptimizerName | ({ name: string } & Record<string, unknown>);

/** Options of `Sequential.compile` (Keras's and TF.js's word). */
export interface CompileOptions {
  /** Default: matched to the output activation (see `defaultLoss`). */
  loss?: LossSpec;
  /** Default `"sgd"`. The optimizer keeps its state from one `fit` to the next and in the model file. */
  optimizer?: OptimizerSpec;
  /** With an optimizer given by name. */
  learningRate?: number;
  /** Recorded each epoch by `fit` and reported by `evaluate` (see `FitOptions.metrics`). */
  metrics?: readonly string[];
}

/** Resolves a loss spec (see {@link LossSpec}). @throws TypeError for an unknown name. */
export function resolveLoss(spec: LossSpec): Loss {
  return getLoss(spec);
}

/**
 * Resolves an optimizer spec; `learningRate` applies to a name only.
 * @throws TypeError for an unknown name or `learningRate` beside an optimizer object or config.
 */
export function resolveOptimizer(where: string, spec: OptimizerSpec, learningRate: number | undefined): Optimizer {
  if (typeof spec !== "string") {
    if (learningRate !== undefined) {
      throw new TypeError(`${where}: learningRate applies only to an optimizer given by name. Received: an optimizer ${typeof (spec as Optimizer).step === "function" ? "object" : "config"} and learningRate.`);
    }
    return getOptimizer(spec as Parameters<typeof getOptimizer>[0]);
  }
  return getOptimizer(spec as OptimizerName, { learningRate: learningRate ?? 0.01 });
}

/** What `compile` keeps: the resolved loss, optimizer and metric names. */
export interface Compiled {
  loss: Loss;
  optimizer: Optimizer;
  metrics: string[];
}

/** Checks and resolves `compile`'s options. */
export function compileOptions(options: CompileOptions, fallbackLoss: LossName): Compiled {
  if (typeof options !== "object" || options === null) {
    throw new TypeError(`compile: options must be an object. Received: ${String(options)}.`);
  }
  for (const key of Object.keys(options)) {
    if (!["loss", "optimizer", "learningRate", "metrics"].includes(key)) {
      throw new TypeError(`compile: unknown option "${key}". Expected one of: loss, optimizer, learningRate, metrics.`);
    }
  }
  const metrics = checkMetricNames("compile", options.metrics ?? []);
  return {
    loss: resolveLoss(options.loss ?? fallbackLoss),
    optimizer: resolveOptimizer("compile", options.optimizer ?? "sgd", options.learningRate),
    metrics,
  };
}
