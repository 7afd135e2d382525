import { binaryCrossEntropy } from "./binary-cross-entropy.js";
import { categoricalCrossEntropy } from "./categorical-cross-entropy.js";
import { mse } from "./mse.js";
import { LOSS_NAMES } from "./types.js";
import type { Loss, LossName } from "./types.js";

const LOSSES: Readonly<Record<LossName, Loss>> = { mse, binaryCrossEntropy, categoricalCrossEntropy };

/**
 * Resolves a loss from its name, or returns a loss object unchanged.
 *
 * @throws TypeError for an unknown name, listing the known ones.
 * @example
 * getLoss("mse").name; // "mse"
 */
export function getLoss(spec: LossName | Loss): Loss {
  if (typeof spec === "object" && spec !== null && typeof spec.forward === "function" && typeof spec.backward === "function") {
    return spec;
  }
  if (typeof spec === "string" && Object.hasOwn(LOSSES, spec)) return LOSSES[spec];
  const shown = typeof spec === "string" ? `"${spec}"` : String(spec);
  throw new TypeError(`getLoss: unknown loss ${shown}. Expected one of: ${LOSS_NAMES.join(", ")}.`);
}
