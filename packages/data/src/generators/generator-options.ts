import { MAX_ELEMENTS } from "@backprop/linalg";
import { checkInteger, checkNumber } from "../checks.js";

/**
 * The most samples a generator makes unless its `maxSamples` option raises the limit: 10⁷
 * (160 MB for two features). A larger count is nearly always a typo (`1e9` for `1e3`), and
 * refusing it up front beats an out-of-memory crash after a minute of drawing.
 */
export const MAX_SAMPLES = 1e7;

/**
 * The largest magnitude of an option that scales or shifts the data (noise, standard deviations,
 * centers, shifts, scales): 10¹⁰⁰. Below it every output stays finite: a legacy normal draw is at
 * most 12.01 in magnitude (the polar method's `√(−2 ln s)` with `s ≥ 2⁻¹⁰⁴`), so values such
 * as `center + std·z` stay below 10¹⁰², and even `makeClassification`'s `(x·A + shift)·scale`
 * with 2²⁸ features stays below 10²¹⁰, far from `Number.MAX_VALUE ≈ 1.8·10³⁰⁸`. Above it (say
 * `noise: 1e308`) the data would hold `Infinity` or `NaN`.
 */
export const MAX_MAGNITUDE = 1e100;

/** Throws a TypeError unless `value` is a boolean. */
export function checkBoolean(op: string, name: string, value: unknown): void {
  if (typeof value !== "boolean") {
    throw new TypeError(`${op}: ${name} must be true or false. Received: ${name}=${typeof value === "string" ? JSON.stringify(value) : String(value)}.`);
  }
}

/**
 * Throws a RangeError unless `value` is a finite number `≥ min` with `|value| ≤ MAX_MAGNITUDE`
 * (see there why), for options that scale or shift the data.
 */
export function checkMagnitude(op: string, name: string, value: number, min = -Infinity): void {
  checkNumber(op, name, value, min);
  if (Math.abs(value) > MAX_MAGNITUDE) {
    const rule = min >= 0 ? "≤ 1e100" : "between -1e100 and 1e100";
    throw new RangeError(`${op}: ${name} must be ${rule} (larger values overflow the data to Infinity). Received: ${name}=${String(value)}.`);
  }
}

/** The `maxSamples` option (default {@link MAX_SAMPLES}), checked. */
export function maxSamplesOption(op: string, maxSamples: number | undefined): number {
  if (maxSamples === undefined) return MAX_SAMPLES;
  checkInteger(op, "maxSamples", maxSamples, 1);
  return maxSamples;
}

/**
 * Refuses, before anything is allocated, a sample count over `maxSamples` or a data set of
 * `total × nFeatures` values over linalg's `MAX_ELEMENTS`.
 */
export function checkSampleCount(op: string, name: string, total: number, maxSamples: number, nFeatures: number): void {
  if (total > maxSamples) {
    throw new RangeError(`${op}: ${name} must be ≤ maxSamples=${maxSamples} (raise the maxSamples option to go past it). Received: ${name}=${total}.`);
  }
  if (total * nFeatures > MAX_ELEMENTS) {
    throw new RangeError(
      `${op}: samples × features must be ≤ MAX_ELEMENTS=${MAX_ELEMENTS} (one matrix of 2 GiB). Received: ${name}=${total}, ${nFeatures} features (${total * nFeatures} values).`,
    );
  }
}
