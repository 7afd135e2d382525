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
function assertKnownKeys(what: string, object: object, known: readonly string[]): void {
  for (const key of Object.keys(object)) {
    if (!known.includes(key)) throw new TypeError(`fit: unknown ${what} "${key}". Expected one of: ${known.join(", ")}.`);
  }
}

function assertObject(name: string, value: unknown): asserts value is object {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TypeError(`fit: ${name} must be an object. Received: ${name}=${show(value)}.`);
  }
}

/**
 * Checks the shape of `fit`'s options before anything else: unknown keys (`epoch`, Keras's
 * `restoreBestWeights`, `onEpochBegin`), a `monitor` that is never recorded under that name
 * (`"val_loss"`), and options of the wrong type that would silently change training.
 * @throws TypeError naming the option and the value received.
 */
export function checkFitOptions(options: FitOptions): void {
  assertObject("options", options);
  assertKnownKeys("option", options, FIT_KEYS);
  const { shuffle, callbacks, earlyStopping, divergence } = options;
  if (shuffle !== undefined && typeof shuffle !== "boolean") {
    throw new TypeError(`fit: shuffle must be true or false. Received: shuffle=${show(shuffle)}.`);
  }
  if (divergence !== undefined && typeof divergence !== "boolean") {
    throw new TypeError(`fit: divergence must be true or false. Received: divergence=${show(divergence)}.`);
  }
  if (callbacks !== undefined) {
    assertObject("callbacks", callbacks);
    assertKnownKeys("callback", callbacks, CALLBACK_KEYS);
    for (const [key, fn] of Object.entries(callbacks)) {
      if (fn !== undefined && typeof fn !== "function") throw new TypeError(`fit: callbacks.${key} must be a function. Received: ${show(fn)}.`);
    }
  }
  if (earlyStopping !== undefined) {
    assertObject("earlyStopping", earlyStopping);
    assertKnownKeys("earlyStopping option", earlyStopping, EARLY_STOPPING_KEYS);
    const { monitor, restoreBest } = earlyStopping;
    if (monitor !== undefined && !(MONITORS as readonly unknown[]).includes(monitor)) {
      throw new TypeError(`fit: earlyStopping.monitor must be one of: ${MONITORS.join(", ")}. Received: monitor=${show(monitor)}.`);
    }
    if (restoreBest !== undefined && typeof restoreBest !== "boolean") {
      throw new TypeError(`fit: earlyStopping.restoreBest must be true or false. Received: restoreBest=${show(restoreBest)}.`);
    }
  }
}
