import { healthFinding } from "./health.js";
import { divergenceWarning, overfittingWarning } from "./loss-rules.js";
import { plateauWarning, type PlateauSetup } from "./plateau.js";
import type { RunHistory } from "./run-history.js";
import type { LayerHealth } from "../worker/protocol.js";

const STUCK_SHARE = 0.75;

export interface AdviceInput {
  health: LayerHealth[];
  history: RunHistory;
  /** What guessing scores: the class shares' loss, or the best constant's for regression. */
  guessing: number;
  setup: PlateauSetup;
  regression: boolean;
}

/**
 * The health panel's one verdict, most specific first: gradients that are not finite or explode;
 * dead ReLUs that hold the network back; a diverging loss (rising or exploding — told apart from
 * a plateau, which never rises); overfitting (test loss rising while training loss falls); the
 * other gradient rules (stuck, vanishing, saturated); and last the plateau. Null when none fits.
 */
export function adviceFor({ health, history, guessing, setup, regression }: AdviceInput): string | null {
  const trainLoss = history.train.at(-1) ?? Number.NaN;
  // Not yet trained: still at 3/4 of guessing. A run that learned what noisy data allows
  // (makeClassification at noise 30: 0.40 against ln 2) is not stuck, however saturated its units.
  const options = { guessing, stuckLoss: Math.max(regression ? 0 : 0.1, STUCK_SHARE * guessing), learningRate: setup.learningRate };
  const gradients = healthFinding(health, trainLoss, setup.activation, setup.hidden, options);
  if (gradients && (gradients.rule === "nonFinite" || gradients.rule === "exploding" || gradients.rule === "deadRelu")) return gradients.text;
  return divergenceWarning(history, guessing, setup.learningRate)
    ?? overfittingWarning(history, guessing)
    ?? gradients?.text
    ?? plateauWarning({ losses: history.train, guessing, setup, regression });
}
