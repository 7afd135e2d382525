import { clampFinite } from "./fraction.js";

/**
 * The "nice" step (1, 2 or 5 × 10ᵏ) closest to `span / count`.
 * `step = 10^⌊log10(raw)⌋ × m`, `m ∈ {1, 2, 5, 10}` picked by `raw / 10^k` against √2, √10, √50.
 * @example
 * niceStep(0, 0.93, 5); // 0.2
 */
export function niceStep(min: number, max: number, count: number): number {
  const c = Math.max(1, count);
  let raw = (max - min) / c;
  // A span past ±1.8e308 overflows: halve the ends first (exact), and cap what is still too big.
  if (raw === Infinity) raw = Math.min(Number.MAX_VALUE, ((max / 2 - min / 2) / c) * 2);
  if (!(raw > 0)) return 1;
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const ratio = raw / power;
  const m = ratio >= Math.sqrt(50) ? 10 : ratio >= Math.sqrt(10) ? 5 : ratio >= Math.sqrt(2) ? 2 : 1;
  return Number.isFinite(m * power) ? m * power : power;
}

/** Removes the float noise of `k × step` (e.g. `0.30000000000000004`). */
function clean(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number(value.toFixed(Math.min(20, decimals)));
}

/**
 * Widens `[min, max]` outwards to multiples of a nice step, so the end ticks cover the data.
 * A zero-width range is widened by one unit (or 10 % of its magnitude) each side first.
 * @example
 * niceDomain(0.07, 0.93, 5); // [0, 1]
 */
export function niceDomain(min: number, max: number, count = 5): [number, number] {
  const [lo, hi] = widenEmpty(min, max);
  const step = niceStep(lo, hi, count);
  let a = clean(Math.floor(lo / step) * step, step);
  let b = clean(Math.ceil(hi / step) * step, step);
  // `lo / step` can round (or underflow) onto the wrong side of a multiple: step once more.
  if (a > lo) a = clean(a - step, step);
  if (b < hi) b = clean(b + step, step);
  return [clampFinite(a), clampFinite(b)];
}

/** A zero-width range widened by one unit (or 10 % of its magnitude) each side. */
export function widenEmpty(min: number, max: number): [number, number] {
  if (min !== max) return [min, max];
  const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
  return [clampFinite(min - pad), clampFinite(max + pad)];
}

/** Most ticks {@link linearTicks} returns; a step this fine for the range is a caller's mistake. */
export const MAX_TICKS = 1000;

/**
 * Nice tick values inside `[min, max]`: every multiple of `step` (default {@link niceStep}) in the range.
 * Above 2^53 neighbouring multiples can round to one double; each value is listed once.
 * @throws RangeError when `step` would give more than {@link MAX_TICKS} ticks.
 * @example
 * linearTicks(0, 1, 5); // [0, 0.2, 0.4, 0.6, 0.8, 1]
 */
export function linearTicks(min: number, max: number, count = 5, step = niceStep(min, max, count)): number[] {
  // The tolerance absorbs float error in `max / step` so an end tick on the boundary is kept.
  const first = Math.ceil(min / step - 1e-6);
  const last = Math.floor(max / step + 1e-6);
  if (last - first >= MAX_TICKS) {
    throw new RangeError(`linearTicks: step must give at most ${MAX_TICKS} ticks over [min, max]. Received: min=${min}, max=${max}, step=${step}.`);
  }
  const ticks: number[] = [];
  // Count with i, not k = first, first + 1, …: past 2^53 `k + 1 === k` and such a loop never ends.
  for (let i = 0; i <= last - first; i++) {
    const value = clean((first + i) * step, step);
    if (value !== ticks[ticks.length - 1]) ticks.push(value);
  }
  return ticks;
}

/**
 * Powers of ten from `10^⌊log10 min⌋` to `10^⌈log10 max⌉` (thinned to at most ~8 ticks).
 * @example
 * logTicks(0.004, 0.7); // [0.001, 0.01, 0.1, 1]
 */
export function logTicks(min: number, max: number): number[] {
  const lo = Math.floor(Math.log10(min));
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(max)));
  const every = Math.ceil((hi - lo + 1) / 8);
  const ticks: number[] = [];
  for (let k = lo; k <= hi; k += every) ticks.push(Number(`1e${k}`));
  return ticks;
}

/**
 * A tick label with as many decimals as the step needs, negatives with a real minus sign `−`.
 * @example
 * formatTick(0.30000000000000004, 0.1); // "0.3"
 */
export function formatTick(value: number, step: number): string {
  const decimals = Math.max(0, Math.min(10, -Math.floor(Math.log10(step) + 1e-9)));
  const text = value.toFixed(decimals);
  // A typographic minus sign, and no "-0" for a tick that is zero after rounding.
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text.replace(/^-/, "\u2212");
}
