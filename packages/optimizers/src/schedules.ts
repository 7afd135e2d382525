import { assertKnownOptions, nonNegative, positive } from "./options.js";

/** A learning-rate schedule: the rate to use in `epoch` (0-based) given the initial rate. */
export type Schedule = (epoch: number, initialRate: number) => number;

/** The JSON form of a built-in schedule, as `getConfig` reports it. */
export type ScheduleConfig =
  | { name: "stepDecay"; dropEvery: number; factor: number }
  | { name: "exponentialDecay"; rate: number }
  | { name: "cosineAnnealing"; totalEpochs: number; minRate: number };

/** A built-in schedule: callable, and carrying its JSON config. */
export type BuiltInSchedule = Schedule & { readonly config: Readonly<ScheduleConfig> };

function withConfig(fn: Schedule, config: ScheduleConfig): BuiltInSchedule {
  return Object.assign(fn, { config: Object.freeze(config) });
}

/**
 * Step decay, seed 001's `step_decay`: `rate = initialRate · factor^⌊epoch / dropEvery⌋`.
 * @throws RangeError unless `dropEvery` is an integer ≥ 1 and `0 < factor ≤ 1`.
 * @example
 * stepDecay({ dropEvery: 100, factor: 0.5 })(250, 0.1); // 0.025
 */
export function stepDecay(options: { dropEvery?: number; factor?: number } = {}): BuiltInSchedule {
  assertKnownOptions("stepDecay", options, ["dropEvery", "factor"]);
  const { dropEvery = 100, factor = 0.5 } = options;
  if (!Number.isInteger(dropEvery) || dropEvery < 1) {
    throw new RangeError(`stepDecay: dropEvery must be an integer ≥ 1. Received: dropEvery=${String(dropEvery)}.`);
  }
  if (!(positive("stepDecay", "factor", factor) <= 1)) {
    throw new RangeError(`stepDecay: factor must be in (0, 1]. Received: factor=${factor}.`);
  }
  return withConfig((epoch, initialRate) => initialRate * factor ** Math.floor(epoch / dropEvery), { name: "stepDecay", dropEvery, factor });
}

/**
 * Exponential decay, seed 001's `exponential_decay`: `rate = initialRate · rate^epoch`.
 * @throws RangeError unless `0 < rate ≤ 1`.
 * @example
 * exponentialDecay({ rate: 0.96 })(2, 0.1); // 0.09216
 */
export function exponentialDecay(options: { rate?: number } = {}): BuiltInSchedule {
  assertKnownOptions("exponentialDecay", options, ["rate"]);
  const { rate = 0.96 } = options;
  if (!(positive("exponentialDecay", "rate", rate) <= 1)) {
    throw new RangeError(`exponentialDecay: rate must be in (0, 1]. Received: rate=${rate}.`);
  }
  return withConfig((epoch, initialRate) => initialRate * rate ** epoch, { name: "exponentialDecay", rate });
}

/**
 * Cosine annealing, seed 001's `cosine_annealing` with an optional floor:
 * `rate = minRate + (initialRate − minRate)(1 + cos(π·epoch / totalEpochs)) / 2`. Past
 * `totalEpochs` the rate stays at `minRate` (the seed's formula would climb back up).
 * @throws RangeError unless `totalEpochs` is an integer ≥ 1 and `minRate ≥ 0`.
 * @example
 * cosineAnnealing({ totalEpochs: 100 })(50, 0.1); // 0.05
 */
export function cosineAnnealing(options: { totalEpochs: number; minRate?: number }): BuiltInSchedule {
  if (options === undefined) throw new TypeError("cosineAnnealing: options must be an object with totalEpochs. Received: undefined.");
  assertKnownOptions("cosineAnnealing", options, ["totalEpochs", "minRate"]);
  const { totalEpochs, minRate = 0 } = options;
  if (!Number.isInteger(totalEpochs) || totalEpochs < 1) {
    throw new RangeError(`cosineAnnealing: totalEpochs must be an integer ≥ 1. Received: totalEpochs=${String(totalEpochs)}.`);
  }
  nonNegative("cosineAnnealing", "minRate", minRate);
  return withConfig((epoch, initialRate) => {
    const e = Math.min(epoch, totalEpochs);
    return ((initialRate - minRate) * (1 + Math.cos((Math.PI * e) / totalEpochs))) / 2 + minRate;
  }, { name: "cosineAnnealing", totalEpochs, minRate });
}

/**
 * Rebuilds a built-in schedule from its JSON config.
 * @throws TypeError for an unknown schedule name or a setting that schedule does not have.
 */
export function getSchedule(config: ScheduleConfig): BuiltInSchedule {
  switch (config?.name) {
    case "stepDecay":
      return stepDecay(settings(config));
    case "exponentialDecay":
      return exponentialDecay(settings(config));
    case "cosineAnnealing":
      return cosineAnnealing(settings(config) as { totalEpochs: number; minRate?: number });
    default: {
      const name = (config as { name?: unknown } | undefined)?.name;
      throw new TypeError(
        `getSchedule: unknown schedule ${typeof name === "string" ? `"${name}"` : String(name)}. Expected one of: stepDecay, exponentialDecay, cosineAnnealing (or pass a function).`,
      );
    }
  }
}

/** A config without its `name`: the schedule's own settings. */
function settings(config: ScheduleConfig): Record<string, number> {
  const { name: _name, ...rest } = config as ScheduleConfig & Record<string, number>;
  return rest;
}
