export { mse } from "./mse.js";
export { binaryCrossEntropy } from "./binary-cross-entropy.js";
export { categoricalCrossEntropy } from "./categorical-cross-entropy.js";
export { fusedOutputGradient } from "./fused.js";
export type { FusedGradient } from "./fused.js";
export { getLoss } from "./get-loss.js";
export { LOSS_NAMES } from "./types.js";
export type { Loss, LossName } from "./types.js";
