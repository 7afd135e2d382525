import type { Matrix } from "@backprop/linalg";
import type { LayerHealth } from "../worker/protocol.js";
import type { ActivationChoice } from "../state/config.js";

/** `gradientStats`'s thresholds: a mean |dW| below 1e-7 vanishes, a max |dW| above 1000 explodes. */
const VANISHING = 1e-7;
const EXPLODING = 1000;
/**
 * How far below the output layer's mean |dW| the first layer's may fall before it "barely learns".
 * A sigmoid's slope is at most 1/4, so every sigmoid layer shrinks the gradient: measured on the
 * playground's sets, sigmoid stacks stuck at chance sit at 1e-2–4e-2 (three and six layers of 8,
 * SGD), hence 20×. Other activations' ratios wander between 2e-2 and 5 while they learn well, so
 * only a 1000× gap counts for them.
 */
const SHRINKING: Partial<Record<ActivationChoice, number>> = { sigmoid: 0.05 };
const SHRINKING_OTHERS = 1e-3;

/**
 * Half the ReLUs of one hidden layer dead (the notice then counts them over the whole network). A dead unit
 * passes back exactly 0 and never recovers on its own; once half are gone the boundary is drawn
 * by the few left (recorded: spiral, ReLU 4,4, SGD at rate 3, batch 1 — layer 2 all dead, every
 * |dW| 0, loss flat at 2.10, 33 % test accuracy), while healthy ReLU runs on the playground's sets
 * lose at most a third of a layer.
 */
const DEAD_RELUS = 0.5;

/** `|tanh| > 0.99` or a sigmoid outside `[0.01, 0.99]`: the derivative there is below 0.02. */
const SATURATION = 0.99;

/**
 * Dead and saturated shares of one hidden layer from its activations on the training set
 * (`rows × units`): a ReLU unit is dead when it outputs 0 for every row; an activation is
 * saturated when it sits where its derivative is nearly 0.
 */
export function activationHealth(activation: string, a: Matrix): { deadShare: number; saturatedShare: number } {
  const { rows, cols, data } = a;
  let dead = 0;
  if (activation === "relu") {
    for (let j = 0; j < cols; j++) {
      let alive = false;
      for (let i = 0; i < rows && !alive; i++) alive = data[i * cols + j]! > 0;
      if (!alive) dead++;
    }
  }
  let saturated = 0;
  if (activation === "tanh" || activation === "sigmoid") {
    for (const v of data) {
      if (activation === "tanh" ? Math.abs(v) > SATURATION : v > SATURATION || v < 1 - SATURATION) saturated++;
    }
  }
  return { deadShare: cols === 0 ? 0 : dead / cols, saturatedShare: data.length === 0 ? 0 : saturated / data.length };
}

/** What to try when gradients vanish, for the activation the hidden layers use (never a larger rate when it is already large). */
function vanishingAdvice(activation: ActivationChoice, learningRate?: number): string {
  if (learningRate !== undefined && learningRate >= 0.3) {
    return `${activation === "relu" ? "Try fewer layers" : "Try ReLU or fewer layers"}; a learning rate of ${learningRate} is large: big steps push ${activation} units into their flat parts — try 0.03 and reset.`;
  }
  if (activation === "sigmoid") return "Try tanh or ReLU instead of sigmoid, fewer layers, or a larger learning rate.";
  if (activation === "tanh") return "Try ReLU, fewer layers, or a larger learning rate.";
  return "Try fewer layers or a larger learning rate.";
}

/**
 * The dead-ReLU verdict, or null: a warning once one hidden layer's dead share reaches 0.5 (a
 * layer all dead passes nothing on; a network-wide share of 0.5 implies such a layer), counting
 * `dead = Σᵢ round(deadShareᵢ · unitsᵢ)` of `Σᵢ unitsᵢ` over the hidden layers, whose sizes
 * `units` gives (`config.hidden`).
 * @example
 * deadReluWarning([{ gradMean: 0, gradMax: 0, deadShare: 0, saturatedShare: 0 }, { gradMean: 0, gradMax: 0, deadShare: 1, saturatedShare: 0 }, { gradMean: 0, gradMax: 0, deadShare: 0, saturatedShare: 0 }], [4, 4]);
 * // "4 of the 8 hidden ReLUs (50%) are dead, hidden layer 2's 4 of 4 among them: …"
 */
export function deadReluWarning(health: readonly LayerHealth[], units: readonly number[]): string | null {
  const hidden = health.slice(0, Math.min(units.length, health.length - 1));
  if (hidden.length === 0) return null;
  const deadIn = hidden.map((h, i) => Math.round(h.deadShare * units[i]!));
  const dead = deadIn.reduce((a, b) => a + b, 0);
  const total = hidden.reduce((sum, _h, i) => sum + units[i]!, 0);
  const worst = hidden.findIndex((h) => h.deadShare >= DEAD_RELUS);
  if (worst < 0) return null;
  return `${dead} of the ${total} hidden ReLUs (${Math.round((100 * dead) / total)}%) are dead, hidden layer ${worst + 1}'s ${deadIn[worst]} of ${units[worst]} among them: they output 0 for every training point, `
    + "so they pass back no gradient and no longer learn. A step too large pushed their inputs below 0 for good: lower the learning rate and reset, "
    + "or try leaky ReLU (its small slope below 0 keeps units alive). Keep He initialization (the default here for ReLU), whose scale keeps fresh units alive.";
}

/** Which gradient rule spoke: the advice puts the loss rules between the first two kinds and the rest. */
export type HealthRule = "nonFinite" | "exploding" | "deadRelu" | "stuck" | "vanishing" | "saturated";

export interface HealthOptions {
  /**
   * The guessing loss (the class shares, or the best constant for regression). When given, dead
   * ReLUs are named only when they hurt: a hidden layer entirely dead, or the training loss still
   * at a quarter of this or more. Half a layer dead in a network that fits its training set
   * (recorded: Iris, ReLU 8,8,8 at rate 0.1, training loss 1e-4) is not what holds it back.
   */
  guessing?: number;
  /** The training loss above which a network counts as not yet trained (default 0.1, for cross-entropy). */
  stuckLoss?: number;
  /** The run's learning rate: a large one is never told to grow. */
  learningRate?: number;
}

/**
 * The plain-language verdict on a set of layer statistics (the last entry is the output layer),
 * or null when nothing looks wrong. `trainLoss` keeps a converged network (tiny gradients
 * everywhere, confident saturated units) from being called vanishing or saturated; `activation`
 * (the hidden layers') picks the advice; `units` (the hidden sizes) weighs each layer's dead share
 * (without them each layer counts as one unit). Dead ReLUs are named before vanishing gradients, since
 * they are its cause when they occur (a dead unit passes back exactly 0); an output layer without
 * gradient is not a vanishing problem but a stuck (saturated) output.
 */
export function healthWarning(health: LayerHealth[], trainLoss: number, activation: ActivationChoice, units: readonly number[] = [], options: HealthOptions = {}): string | null {
  return healthFinding(health, trainLoss, activation, units, options)?.text ?? null;
}

/** {@link healthWarning} with the rule that spoke. */
export function healthFinding(health: LayerHealth[], trainLoss: number, activation: ActivationChoice, units: readonly number[] = [], options: HealthOptions = {}): { rule: HealthRule; text: string } | null {
  if (health.length === 0) return null;
  if (health.some((h) => !Number.isFinite(h.gradMean) || !Number.isFinite(h.gradMax))) {
    return { rule: "nonFinite", text: "Gradients are no longer finite numbers: training has diverged. Lower the learning rate and reset." };
  }
  const worst = Math.max(...health.map((h) => h.gradMax));
  if (worst > EXPLODING) {
    return { rule: "exploding", text: `Gradients are exploding (largest ${worst.toExponential(1)}): lower the learning rate or add L2 regularization.` };
  }
  const sizes = units.length > 0 ? units : health.slice(0, -1).map(() => 1);
  const hurts = options.guessing === undefined || trainLoss >= 0.25 * options.guessing || health.slice(0, -1).some((h) => h.deadShare === 1);
  const dead = hurts ? deadReluWarning(health, sizes) : null;
  if (dead !== null) return { rule: "deadRelu", text: dead };
  const first = health[0]!.gradMean;
  const last = health[health.length - 1]!.gradMean;
  const stuck = trainLoss > (options.stuckLoss ?? 0.1);
  if (stuck && last < VANISHING) {
    return { rule: "stuck", text: `Training is stuck: every gradient is nearly 0, the output layer's included (${last.toExponential(1)}), while the training loss is still ${trainLoss.toFixed(2)}. A learning rate that is too large can push the output into saturation: lower it and reset.` };
  }
  if (stuck && health.length > 1 && (first < VANISHING || (last > 0 && first / last < (SHRINKING[activation] ?? SHRINKING_OTHERS)))) {
    return { rule: "vanishing", text: `Gradients are vanishing: the first layer's mean gradient is ${first.toExponential(1)} against ${last.toExponential(1)} at the output, so it barely learns. ${vanishingAdvice(activation, options.learningRate)}` };
  }
  const sat = stuck ? health.findIndex((h, i) => i < health.length - 1 && h.saturatedShare >= 0.6) : -1;
  if (sat >= 0) {
    return { rule: "saturated", text: `Hidden layer ${sat + 1} is saturated (most activations sit where the slope is nearly 0, so gradients shrink): lower the learning rate or use fewer input features.` };
  }
  return null;
}
