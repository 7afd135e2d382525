import type { PlaygroundConfig } from "../state/config.js";

/** How many epochs back the plateau rule compares the training loss with. */
export const PLATEAU_EPOCHS = 200;
/**
 * Less than 1 % better than `PLATEAU_EPOCHS` ago counts as stopped. Measured on the playground's
 * sets: sigmoid stacks on SGD stuck near ln 2 gain 3e-4–7e-3 over 200 epochs (epochs 400–1000),
 * while every run that was still learning gained at least 2.6e-2.
 */
const PLATEAU_GAIN = 0.01;
/**
 * The loss must still be at least 80 % of the guessing loss. A run that has finished learning on
 * noisy data also stops improving, far from 0 (makeClassification at noise 30 settles at 0.40, 85 %
 * accuracy): it has learned what there is to learn, and no advice would fit.
 */
const NEAR_GUESSING = 0.8;

export type PlateauSetup = Pick<PlaygroundConfig, "activation" | "optimizer" | "learningRate" | "hidden">;

export interface PlateauInput {
  /** The training loss after each epoch, oldest first; only the last `PLATEAU_EPOCHS + 1` are read. */
  losses: readonly number[];
  /** What predicting the class shares for every point scores (`guessingLoss`). */
  guessing: number;
  setup: PlateauSetup;
  /** A regression run: guessing is predicting the mean target, and the advice speaks of a prediction, not a boundary. */
  regression?: boolean;
}

/**
 * The loss of guessing: predicting every training point as the class shares `pₖ`, the best a
 * network that ignores its inputs can do. Cross-entropy: `−Σₖ pₖ ln pₖ` (ln 2 for two even
 * classes); squared error: `Σₖ pₖ(1 − pₖ) / k` over the `k` outputs (two classes have one output,
 * `P(class 1)`, so `p₁(1 − p₁)`).
 *
 * @example
 * guessingLoss(Int32Array.from([0, 1, 1, 0]), 2, "binaryCrossEntropy"); // 0.6931471805599453
 */
export function guessingLoss(labels: Int32Array, classes: number, loss: "binaryCrossEntropy" | "categoricalCrossEntropy" | "mse"): number {
  const shares = new Array<number>(classes).fill(0);
  for (const y of labels) shares[y]! += 1 / labels.length;
  if (loss !== "mse") return shares.reduce((sum, p) => (p > 0 ? sum - p * Math.log(p) : sum), 0);
  const outputs = classes > 2 ? shares : [shares[1] ?? 0];
  return outputs.reduce((sum, p) => sum + p * (1 - p), 0) / outputs.length;
}

/** Why this setup may sit still, and what to change: the layers first, then the optimizer and its rate. */
function plateauAdvice({ activation, optimizer, learningRate, hidden }: PlateauSetup, regression = false): string {
  const tips: string[] = [];
  const shape = regression ? "prediction is a flat plane (a straight line in 1-D)" : "boundary is a straight line";
  if (hidden.length === 0) tips.push(`Without a hidden layer the ${shape}: add one, or more input features.`);
  else if (activation === "linear") tips.push(regression ? "Linear layers stack into one flat plane: try tanh or ReLU." : "Linear layers stack into one straight boundary: try tanh or ReLU.");
  else if (activation === "sigmoid") tips.push("Each sigmoid layer passes back at most a quarter of the gradient: try tanh or ReLU.");
  if (learningRate >= 1) tips.push(`A learning rate of ${learningRate} can jump back and forth across a valley: try 0.1 or lower.`);
  else if (optimizer === "sgd") tips.push(`Plain SGD crawls across flat stretches: try Adam, or a learning rate above ${learningRate}.`);
  else if (optimizer === "adagrad") tips.push("Adagrad's steps only ever shrink: try Adam.");
  else if (learningRate < 0.01) tips.push(`A learning rate of ${learningRate} takes tiny steps: try 0.03.`);
  return tips.length > 0 ? tips.join(" ") : "This setup often escapes a flat start: try another seed (other starting weights) or more neurons.";
}

/**
 * The plateau verdict, or null: the training loss improved by less than 1 % over the last
 * `PLATEAU_EPOCHS` epochs, `(L[t−200] − min L[t−199..t]) / L[t−200] < 0.01`, while it is still
 * near what guessing scores (`L[t] ≥ 0.8 · guessing`). Tiny gradients alone do not show this: a
 * sigmoid stack on SGD can sit at ln 2 for 800 epochs with every |dW| between 1e-4 and 1e-3.
 */
export function plateauWarning({ losses, guessing, setup, regression = false }: PlateauInput): string | null {
  if (losses.length <= PLATEAU_EPOCHS) return null;
  const window = losses.slice(-PLATEAU_EPOCHS - 1);
  if (!window.every(Number.isFinite)) return null;
  const before = window[0]!;
  const now = window[PLATEAU_EPOCHS]!;
  const gain = (before - Math.min(...window.slice(1))) / before;
  if (!(gain < PLATEAU_GAIN) || now < NEAR_GUESSING * guessing) return null;
  return `The loss has stopped improving: ${now.toFixed(3)} now, ${before.toFixed(3)} ${PLATEAU_EPOCHS} epochs ago, `
    + `still near the ${guessing.toFixed(3)} that ${regression ? "always predicting the mean target" : "always guessing the class shares"} gives. ${plateauAdvice(setup, regression)}`;
}
