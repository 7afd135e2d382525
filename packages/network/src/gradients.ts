import type { Matrix } from "@backprop/linalg";
import type { Loss, LossName } from "@backprop/losses";
import { resolveLoss } from "./compile.js";
import { checkOptionNames } from "./fit-options.js";
import { WeightSnapshot } from "./snapshot.js";
import type { Sequential } from "./sequential.js";
import { assertInputs, toTargetMatrix } from "./targets.js";
import { defaultLoss, isClassification } from "./task.js";
import type { Inputs, Targets } from "./types.js";

/** Options of `gradientCheck` and `gradientStats` (neither changes the model: weights and BatchNorm running statistics are restored). */
export interface GradientCheckOptions {
  /** Default: the model's loss (compiled, or the last `fit`'s), else the one `fit` would pick. */
  loss?: LossName | Loss;
  /** Forward in training mode (dropout needs a fixed mask then). Default false. */
  training?: boolean;
  /** Finite-difference step `h`. Default 1e-5, near float64's optimum `∛ε` for central differences (smaller steps add rounding noise). */
  epsilon?: number;
}

/** One parameter's check: the worst `|a − n| / max(|a| + |n|, 1e-8)` over its entries. */
export interface GradientCheckResult {
  name: string;
  size: number;
  maxRelativeError: number;
}

/** Weight-gradient statistics of one layer (seed 001's `analyze_gradients`). */
export interface LayerGradientStats {
  /** 0-based position in `model.layers`. */
  layer: number;
  name: string;
  /** `mean(|dW|)`, `max(|dW|)`, `std(dW)` (population). */
  mean: number;
  max: number;
  std: number;
  /** `"vanishing"` when mean < 1e-7, `"exploding"` when max > 1000. */
  warning?: "vanishing" | "exploding";
}

const OPTION_KEYS = ["loss", "training", "epsilon"];

function prepare(model: Sequential, xIn: Inputs, y: Targets, options: GradientCheckOptions, where: string): { x: Matrix; target: Matrix; loss: Loss; objective: () => number } {
  checkOptionNames(where, options, OPTION_KEYS);
  const x = assertInputs(where, xIn, model.inputSize);
  const target = toTargetMatrix(where, y, x.rows, model.outputSize, isClassification(model.task));
  const loss = options.loss !== undefined ? resolveLoss(options.loss) : model.loss ?? resolveLoss(defaultLoss(model.layers));
  const h = options.epsilon;
  if (h !== undefined && (typeof h !== "number" || !Number.isFinite(h) || h <= 0 || h > 1)) {
    throw new RangeError(`${where}: epsilon must be a finite number in (0, 1]. Received: epsilon=${String(h)}.`);
  }
  const training = options.training ?? false;
  const objective = (): number => loss.forward(model.forward(x, training), target) + model.regularizationLoss();
  return { x, target, loss, objective };
}

/**
 * Runs `fn` and then puts back every weight and every layer's state (BatchNorm's running
 * statistics): a training-mode check runs forward hundreds of times, and each run would otherwise
 * move them.
 */
function keepingModel<T>(model: Sequential, fn: () => T): T {
  const snapshot = new WeightSnapshot(model.layers);
  try {
    return fn();
  } finally {
    snapshot.restore();
  }
}

function backprop(model: Sequential, x: Matrix, target: Matrix, loss: Loss, training: boolean): void {
  model.backwardFrom(model.forward(x, training), target, loss);
}

/**
 * Compares every analytic gradient with central differences
 * `(L(θ + h) − L(θ − h)) / 2h` of the full objective (loss + regularization).
 * @example
 * model.gradientCheck(x, y).every((r) => r.maxRelativeError < 1e-6); // true
 */
export function gradientCheck(model: Sequential, x: Inputs, y: Targets, options: GradientCheckOptions = {}): GradientCheckResult[] {
  return keepingModel(model, () => checkAll(model, x, y, options));
}

function checkAll(model: Sequential, xIn: Inputs, y: Targets, options: GradientCheckOptions): GradientCheckResult[] {
  const { x, target, loss, objective } = prepare(model, xIn, y, options, "gradientCheck");
  const h = options.epsilon ?? 1e-5;
  backprop(model, x, target, loss, options.training ?? false);
  const analytic = model.params().map((p) => p.grad.clone());
  return model.params().map((p, index) => {
    const values = p.value.data;
    const grad = (analytic[index] as Matrix).data;
    let worst = 0;
    for (let k = 0; k < values.length; k++) {
      const original = values[k] as number;
      values[k] = original + h;
      const plus = objective();
      values[k] = original - h;
      const minus = objective();
      values[k] = original;
      const numeric = (plus - minus) / (2 * h);
      const a = grad[k] as number;
      worst = Math.max(worst, Math.abs(a - numeric) / Math.max(Math.abs(a) + Math.abs(numeric), 1e-8));
    }
    return { name: p.name, size: values.length, maxRelativeError: worst };
  });
}

/** Per-layer `mean(|dW|)`, `max(|dW|)`, `std(dW)` after one backward pass on `(x, y)`, with warnings. */
export function gradientStats(model: Sequential, xIn: Inputs, y: Targets, options: GradientCheckOptions = {}): LayerGradientStats[] {
  const { x, target, loss } = prepare(model, xIn, y, options, "gradientStats");
  keepingModel(model, () => backprop(model, x, target, loss, options.training ?? false));
  const stats: LayerGradientStats[] = [];
  model.layers.forEach((layer, index) => {
    // A layer reports its main weight matrix as `kernel` (seed 001 analyses the dense weights).
    const weights = layer.kernel;
    if (weights === undefined) return;
    const g = weights.grad.data;
    let absSum = 0, max = 0, sum = 0;
    for (const v of g) {
      absSum += Math.abs(v);
      max = Math.max(max, Math.abs(v));
      sum += v;
    }
    const mu = sum / g.length;
    let sq = 0;
    for (const v of g) sq += (v - mu) ** 2;
    const entry: LayerGradientStats = { layer: index, name: layer.name, mean: absSum / g.length, max, std: Math.sqrt(sq / g.length) };
    if (entry.mean < 1e-7) entry.warning = "vanishing";
    else if (entry.max > 1000) entry.warning = "exploding";
    stats.push(entry);
  });
  return stats;
}
