import { RunHistory } from "./run-history.js";

/** The divergence rule reads the last this many epochs (fewer at the start of a run, from 10). */
export const DIVERGENCE_EPOCHS = 50;
/**
 * Recorded (scripts/record-advice-runs.mjs): runs whose rate is too large lose at least half of
 * what they had learned and spike above the guessing loss — circles at Adam 3: best 0.59, now 0.74,
 * peaks 2.8 against ln 2; circles at SGD 3: best 0.11, now 0.56; the plane at Adam 3: best 0.087,
 * peaks 5.1 against 0.24 — while healthy runs end within a few % of their best.
 */
const LOST_SHARE = 0.5;

/**
 * The divergence verdict, or null: over the last {@link DIVERGENCE_EPOCHS} epochs the training
 * loss went above what guessing scores at least once, and its mean over the last 10 epochs has
 * given back at least half of what the run had gained, `mean ≥ best + ½(guessing − best)` (having
 * once beaten guessing by 10 %); or it peaked above 3× guessing and has not come back (exploding). A plateau
 * never rises, so the two are told apart; a healthy run's high first epochs are not "lost" gains.
 */
export function divergenceWarning(history: RunHistory, guessing: number, learningRate: number): string | null {
  const window = history.train.slice(-DIVERGENCE_EPOCHS);
  if (window.length < 10 || !window.every(Number.isFinite)) return null;
  const peak = Math.max(...window);
  const now = RunHistory.recentMean(window, 10);
  const best = history.bestTrain;
  const gained = guessing - best;
  // Half of what was gained is lost again (a plateau never rises; a healthy run's high first epochs are no loss).
  const lostHalf = now >= best + LOST_SHARE * Math.max(0, gained);
  const exploding = peak > 3 * guessing && lostHalf;
  const rising = gained > 0.1 * guessing && peak > guessing && lostHalf;
  if (!exploding && !rising) return null;
  const lower = learningRate >= 0.01 ? `try ${learningRate >= 0.3 ? 0.03 : Number((learningRate / 10).toPrecision(1))}` : "lower it";
  return `Training is diverging: the loss ${exploding ? "is exploding" : "is rising"} — ${now.toFixed(3)} over the last epochs, ${best.toFixed(3)} at best, peaks of ${peak.toFixed(2)} against the ${guessing.toFixed(3)} of guessing. `
    + `The steps overshoot the valley: the learning rate (${learningRate}) is too large — ${lower}, then reset.`;
}

/** Test loss at least this much above its best counts as rising (and by 5 % of the guessing loss, so that tiny losses near 0 do not count). */
const RISE = 1.2;
const RISE_OF_GUESSING = 0.05;
/** Epochs the test loss must have been past its best. */
export const OVERFIT_EPOCHS = 20;

/**
 * The overfitting verdict, or null: at least {@link OVERFIT_EPOCHS} epochs after the test loss was
 * lowest, its mean over the last 5 epochs is ≥ 1.2× that best and ≥ 5 % of the guessing loss
 * above it, while the training loss is below what it was then (it kept falling). Recorded: Iris,
 * ReLU 8,8,8, Adam 0.1, 30 % training data — test loss 0.2 → 1.77 while the training loss goes to 1e-5.
 */
export function overfittingWarning(history: RunHistory, guessing: number): string | null {
  const { bestTest } = history;
  if (history.epoch - bestTest.epoch < OVERFIT_EPOCHS || !Number.isFinite(bestTest.loss)) return null;
  const test = RunHistory.recentMean(history.test, 5);
  const train = RunHistory.recentMean(history.train, 5);
  if (!(test >= RISE * bestTest.loss && test - bestTest.loss >= RISE_OF_GUESSING * guessing && train < bestTest.train)) return null;
  return `The network is overfitting: the test loss has risen from ${bestTest.loss.toFixed(3)} (epoch ${bestTest.epoch}) to ${test.toFixed(3)} while the training loss fell from ${bestTest.train.toFixed(3)} to ${train.toFixed(3)} — it is learning the training points, not the pattern. `
    + `Stop at about epoch ${bestTest.epoch} (early stopping), or add L2 regularization or dropout, use fewer neurons, or give it more training data.`;
}
