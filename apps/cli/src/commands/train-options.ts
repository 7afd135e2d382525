import { METRIC_NAMES } from "@backprop/metrics";
import type { ScheduleConfig } from "@backprop/optimizers";
import type { FlagSpec } from "../args/spec.js";
import { UsageError } from "../errors.js";
import type { TrainingPlan } from "../engine/types.js";

/**
 * The flags of `train` that shape the model, its optimizer and its training loop beyond the
 * basics (`--layers`, `--lr`, …): each maps onto one field of the model spec (`buildModel`),
 * of `compile` or of `fit`.
 */
export const trainingFlags: readonly FlagSpec[] = [
  { name: "batch-norm", kind: "boolean", description: "A BatchNorm after each hidden layer's activation (before its dropout)." },
  { name: "schedule", kind: "string", valueName: "step:EVERY:FACTOR|exp:RATE|cosine:EPOCHS:MIN", description: "Learning-rate schedule per epoch (see below)." },
  { name: "clip-norm", kind: "number", min: 0, exclusiveMin: true, valueName: "n", description: "Rescale the gradients so that their global L2 norm is at most n." },
  { name: "weight-decay", kind: "number", min: 0, valueName: "lambda", description: "The optimizer's weight decay: g + λ·w in the update (adamw: decoupled, w −= lr·λ·w)." },
  { name: "early-stopping", kind: "integer", min: 1, valueName: "patience", description: "Stop after this many epochs without a lower loss (the validation loss with --validation-split) and restore the best epoch's weights." },
  { name: "validation-split", kind: "number", min: 0, exclusiveMin: true, max: 0.5, valueName: "fraction", description: "Hold out this fraction of the training rows to report (and early-stop on) a validation loss." },
  { name: "metrics", kind: "string", valueName: "a,b", description: `Record these each epoch and report them: ${METRIC_NAMES.join(", ")}.` },
];

/** The `--help` paragraph on `--schedule`'s syntax. */
export const scheduleNotes: readonly string[] = [
  "--schedule sets the rate of each epoch e (0-based) from --lr:",
  "  step:EVERY:FACTOR → lr·FACTOR^⌊e/EVERY⌋ (EVERY an integer ≥ 1, 0 < FACTOR ≤ 1); step:100:0.5 halves it every 100 epochs",
  "  exp:RATE → lr·RATE^e (0 < RATE ≤ 1)",
  "  cosine:EPOCHS:MIN → MIN + (lr − MIN)(1 + cos(π·e/EPOCHS))/2, then MIN (EPOCHS an integer ≥ 1, MIN ≥ 0)",
];

const SCHEDULE_SYNTAX = "step:EVERY:FACTOR, exp:RATE or cosine:EPOCHS:MIN";

function badSchedule(raw: string, why: string): never {
  throw new UsageError(`train: --schedule must be ${SCHEDULE_SYNTAX}. Received: --schedule=${raw} (${why}).`);
}

function decimal(text: string): number {
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) ? Number(text) : Number.NaN;
}

/**
 * `step:100:0.5` → `{ name: "stepDecay", dropEvery: 100, factor: 0.5 }`, `exp:0.99` →
 * `exponentialDecay`, `cosine:200:0.001` → `cosineAnnealing`.
 * @throws UsageError naming `--schedule`, the value and the accepted forms.
 */
export function parseSchedule(raw: string): ScheduleConfig {
  const [kind, ...parts] = raw.split(":");
  const numbers = parts.map(decimal);
  const arity = { step: 2, exp: 1, cosine: 2 }[kind ?? ""];
  if (arity === undefined) badSchedule(raw, `unknown schedule "${kind ?? ""}"`);
  if (parts.length !== arity) badSchedule(raw, `${kind} takes ${arity} number${arity > 1 ? "s" : ""}, got ${parts.length}`);
  if (numbers.some((x) => !Number.isFinite(x))) badSchedule(raw, "not a number");
  const [a = 0, b = 0] = numbers;
  const isCount = (x: number) => Number.isSafeInteger(x) && x >= 1;
  const inUnit = (x: number) => x > 0 && x <= 1;
  switch (kind) {
    case "step":
      if (!isCount(a)) badSchedule(raw, "EVERY must be an integer ≥ 1");
      if (!inUnit(b)) badSchedule(raw, "FACTOR must be in (0, 1]");
      return { name: "stepDecay", dropEvery: a, factor: b };
    case "exp":
      if (!inUnit(a)) badSchedule(raw, "RATE must be in (0, 1]");
      return { name: "exponentialDecay", rate: a };
    default:
      if (!isCount(a)) badSchedule(raw, "EPOCHS must be an integer ≥ 1");
      if (!(b >= 0)) badSchedule(raw, "MIN must be ≥ 0");
      return { name: "cosineAnnealing", totalEpochs: a, minRate: b };
  }
}

/**
 * `f1,precision` → `["f1", "precision"]`.
 * @throws UsageError for an empty or unknown name, listing the known ones.
 */
export function parseMetrics(raw: string): string[] {
  const names = raw.split(",").map((m) => m.trim());
  const known = METRIC_NAMES as readonly string[];
  const bad = names.find((m) => !known.includes(m));
  if (bad !== undefined) {
    throw new UsageError(`train: --metrics must be a comma-separated list of ${METRIC_NAMES.join(", ")}. Received: --metrics=${raw} (${bad === "" ? "an empty name" : `unknown "${bad}"`}).`);
  }
  return [...new Set(names)];
}

/** The fields of a training plan that {@link trainingFlags} set (absent when not given). */
export function trainingSettings(f: Record<string, unknown>): Partial<TrainingPlan> {
  const optimizer = {
    ...(f.schedule === undefined ? {} : { schedule: parseSchedule(f.schedule as string) }),
    ...(f.clipNorm === undefined ? {} : { clipNorm: f.clipNorm as number }),
    ...(f.weightDecay === undefined ? {} : { weightDecay: f.weightDecay as number }),
  };
  return {
    ...(f.batchNorm === true ? { batchNorm: true } : {}),
    ...(Object.keys(optimizer).length ? { optimizerSettings: optimizer } : {}),
    ...(f.metrics === undefined ? {} : { metrics: parseMetrics(f.metrics as string) }),
    ...(f.validationSplit === undefined ? {} : { validationSplit: f.validationSplit as number }),
    ...(f.earlyStopping === undefined ? {} : { earlyStoppingPatience: f.earlyStopping as number }),
  };
}

/**
 * Refuses, before training, a `--validation-split` that would hold out no row or every row of
 * the `rows` training rows (fit takes `⌊rows·F⌋` of them).
 * @throws UsageError naming the flag, the value and the row count.
 */
export function checkValidationRows(f: Record<string, unknown>, rows: number): void {
  const split = f.validationSplit as number | undefined;
  if (split === undefined) return;
  const held = Math.floor(rows * split);
  if (held < 1 || held >= rows) {
    throw new UsageError(`train: --validation-split must hold out at least one of the training rows and leave one. Received: --validation-split=${split} of ${rows} training rows (${held} held out).`);
  }
}
