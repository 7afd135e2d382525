export { Sequential } from "./sequential.js";
export type { SequentialOptions } from "./sequential.js";
export { sequential } from "./sequential-factory.js";
export type { SequentialSizesOptions } from "./sequential-factory.js";
export { fit, DivergenceError } from "./fit.js";
export { TrainingSession } from "./trainer.js";
export { defaultLoss } from "./default-loss.js";
export type { BatchLogs, EarlyStoppingOptions, EpochLogs, FitOptions, History, StopReason, Targets } from "./types.js";
