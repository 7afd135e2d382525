import type { FitOptions } from "./types.js";

const FIT_KEYS = [
  "loss", "optimizer", "learningRate", "epochs", "batchSize", "shuffle", "validationData", "validationSplit",
  "seed", "rng", "callbacks", "earlyStopping", "signal", "metrics", "sampleWeight", "classWeight", "divergence",
] as const;
const CALLBACK_KEYS = ["onEpochEnd", "onBatchEnd"] as const;
const EARLY_STOPPING_KEYS = ["monitor", "patience", "minDelta", "restoreBest"] as const;
const MONITORS = ["loss", "valLoss", "accuracy", "valAccuracy"] as const;

/** A received value as error messages quote it: strings in quotes, arrays as JSON. */
export function show(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : Array.isArray(value) ? JSON.stringify(value) : String(value);
}

/** Throws a TypeError naming the first key of `object` that is not in `known` (a typo would otherwise be ignored). */
function assertKnownKeys(where: string, what: string, object: object, known: readonly string[]): void {
  for (const key of Object.keys(object)) {
    if (!known.includes(key)) throw new TypeError(`${where}: unknown ${what} "${key}". Expected one of: ${known.join(", ")}.`);
  }
}

function assertObject(where: string, name: string, value: unknown): asserts value is object {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TypeError(`${where}: ${name} must be an object. Received: ${name}=${show(value)}.`);
  }
}

/**
 * `fit`'s check of an options object for the other entry points (`evaluate`, `gradientCheck`,
 * `sequential`): an object whose keys are all in `known`.
 * @throws TypeError `evaluate: unknown option "metric". Expected one of: loss, metrics.`
 */
export function checkOptionNames(where: string, options: unknown, known: readonly string[]): void {
  assertObject(where, "options", options);
  assertKnownKeys(where, "option", options, known);
}

/** How an object that is not what was asked for reads in a message (`String` would say `[object Object]`). */
function kind(value: unknown): string {
  if (typeof value === "function") return "a function";
  return typeof value === "object" && value !== null && !Array.isArray(value) ? "an object" : show(value);
}

/** The generator, the signal and the validation options are used deep inside training (or never, on a full batch): checked here. */
function checkRunObjects({ seed, rng, signal, validationSplit, validationData }: FitOptions): void {
  if (seed !== undefined && rng !== undefined) {
    throw new TypeError("fit: pass seed or rng, not both (shuffling and dropout draw from one generator). Received: both.");
  }
  const methods = ["permutation", "nextDouble"];
  if (rng !== undefined && (typeof rng !== "object" || rng === null || methods.some((m) => typeof (rng as unknown as Record<string, unknown>)[m] !== "function"))) {
    throw new TypeError(`fit: rng must be a RandomState (an object with permutation and nextDouble methods). Received: rng=${kind(rng)}.`);
  }
  if (signal !== undefined && (typeof signal !== "object" || signal === null || typeof (signal as { aborted?: unknown }).aborted !== "boolean")) {
    throw new TypeError(`fit: signal must be an AbortSignal (an object with a boolean aborted). Received: signal=${kind(signal)}.`);
  }
  if (validationSplit !== undefined && typeof validationSplit !== "number") {
    throw new TypeError(`fit: validationSplit must be a number in (0, 1). Received: validationSplit=${kind(validationSplit)}.`);
  }
  if (validationData !== undefined && (!Array.isArray(validationData) || validationData.length !== 2)) {
    throw new TypeError(`fit: validationData must be an array [x, y]. Received: validationData=${Array.isArray(validationData) ? `an array of length ${validationData.length}` : kind(validationData)}.`);
  }
}

/**
 * Checks the shape of `fit`'s options before anything else: unknown keys (`epoch`, Keras's
 * `restoreBestWeights`, `onEpochBegin`), a `monitor` that is never recorded under that name
 * (`"val_loss"`), and options of the wrong type that would silently change training.
 * @throws TypeError naming the option and the value received.
 */
export function checkFitOptions(options: FitOptions): void {
  checkOptionNames("fit", options, FIT_KEYS);
  checkRunObjects(options);
  const { shuffle, callbacks, earlyStopping, divergence } = options;
  if (shuffle !== undefined && typeof shuffle !== "boolean") {
    throw new TypeError(`fit: shuffle must be true or false. Received: shuffle=${show(shuffle)}.`);
  }
  if (divergence !== undefined && typeof divergence !== "boolean") {
    throw new TypeError(`fit: divergence must be true or false. Received: divergence=${show(divergence)}.`);
  }
  if (callbacks !== undefined) {
    assertObject("fit", "callbacks", callbacks);
    assertKnownKeys("fit", "callback", callbacks, CALLBACK_KEYS);
    for (const [key, fn] of Object.entries(callbacks)) {
      if (fn !== undefined && typeof fn !== "function") throw new TypeError(`fit: callbacks.${key} must be a function. Received: ${show(fn)}.`);
    }
  }
  if (earlyStopping !== undefined) {
    assertObject("fit", "earlyStopping", earlyStopping);
    assertKnownKeys("fit", "earlyStopping option", earlyStopping, EARLY_STOPPING_KEYS);
    const { monitor, restoreBest } = earlyStopping;
    if (monitor !== undefined && !(MONITORS as readonly unknown[]).includes(monitor)) {
      throw new TypeError(`fit: earlyStopping.monitor must be one of: ${MONITORS.join(", ")}. Received: monitor=${show(monitor)}.`);
    }
    if (restoreBest !== undefined && typeof restoreBest !== "boolean") {
      throw new TypeError(`fit: earlyStopping.restoreBest must be true or false. Received: restoreBest=${show(restoreBest)}.`);
    }
  }
}
