import type { Matrix } from "@backprop/linalg";
import type { LayerHealth } from "../worker/protocol.js";

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

/**
 * The plain-language verdict on a set of layer statistics (the last entry is the output layer),
 * or null when nothing looks wrong. `trainLoss` keeps a converged network (tiny gradients
 * everywhere, confident saturated units) from being called vanishing or saturated.
 */
export function healthWarning(health: LayerHealth[], trainLoss: number): string | null {
  if (health.length === 0) return null;
  const norms = health.map((h) => h.gradNorm);
  if (norms.some((n) => !Number.isFinite(n))) {
    return "Gradients are no longer finite numbers: training has diverged. Lower the learning rate and reset.";
  }
  const worst = Math.max(...norms);
  if (worst > 100) {
    return `Gradients are exploding (norm ${worst.toExponential(1)}): lower the learning rate or add L2 regularization.`;
  }
  const first = norms[0]!;
  const last = norms[norms.length - 1]!;
  if (health.length > 2 && trainLoss > 0.1 && last > 0 && first / last < 1e-3) {
    return `Gradients are vanishing: the first layer gets ${(last / first).toExponential(0)} times less gradient than the output. Try tanh or ReLU instead of sigmoid, fewer layers, or a larger learning rate.`;
  }
  const dead = health.findIndex((h, i) => i < health.length - 1 && h.deadShare >= 0.5);
  if (dead >= 0) {
    return `Most ReLUs of hidden layer ${dead + 1} are dead (output 0 for every training point, so they no longer learn): lower the learning rate or try leaky ReLU.`;
  }
  const sat = trainLoss > 0.1 ? health.findIndex((h, i) => i < health.length - 1 && h.saturatedShare >= 0.6) : -1;
  if (sat >= 0) {
    return `Hidden layer ${sat + 1} is saturated (most activations sit where the slope is nearly 0, so gradients shrink): lower the learning rate or use fewer input features.`;
  }
  return null;
}
