import type { Param } from "@backprop/linalg";
import { assertParam } from "./param-check.js";
import { positive, shown } from "./options.js";

/** Checks that `params` is an array of well-formed params (value and grad matrices of one shape). */
function checkParams(op: string, params: readonly Param[]): void {
  if (!Array.isArray(params)) throw new TypeError(`${op}: params must be an array of Param. Received: ${shown(params)}.`);
  for (let i = 0; i < params.length; i++) assertParam(op, "", params[i] as Param);
}

/**
 * Clips every gradient element to `[−limit, limit]`, in place.
 * @throws RangeError unless `limit` is a finite number > 0; TypeError when `params` is not an
 *   array of params.
 * @example
 * clipByValue(params, 5); // every p.grad element now lies in [−5, 5]
 */
export function clipByValue(params: readonly Param[], limit: number): void {
  checkParams("clipByValue", params);
  positive("clipByValue", "limit", limit);
  clipValuesUnchecked(params, limit);
}

/** {@link clipByValue} without the checks, for optimizers that checked params and limit already. */
export function clipValuesUnchecked(params: readonly Param[], limit: number): void {
  for (let i = 0; i < params.length; i++) {
    const g = (params[i] as Param).grad.data;
    for (let k = 0; k < g.length; k++) {
      const v = g[k] as number;
      if (v > limit) g[k] = limit;
      else if (v < -limit) g[k] = -limit;
    }
  }
}

/**
 * Rescales all gradients together, in place, when their global norm `‖g‖ = √(Σ_params Σ g²)`
 * exceeds `maxNorm`: `g ← g · maxNorm / ‖g‖`. Directions are kept; only the length shrinks.
 *
 * @returns the global norm before clipping (`Infinity` only when every gradient is finite but the
 *   norm exceeds the largest double, ≈1.8e308; the gradients are clipped all the same).
 * @throws TypeError when `params` is not an array of params; RangeError unless `maxNorm` is a
 *   finite number > 0, or when a gradient holds NaN or Infinity (training has diverged).
 * @example
 * clipByGlobalNorm(params, 1); // 5 for gradients [3] and [4], which become [0.6] and [0.8]
 */
export function clipByGlobalNorm(params: readonly Param[], maxNorm: number): number {
  checkParams("clipByGlobalNorm", params);
  positive("clipByGlobalNorm", "maxNorm", maxNorm);
  return clipNormUnchecked(params, maxNorm);
}

/**
 * {@link clipByGlobalNorm} without the argument checks (the gradients are still checked);
 * `name` + `method` name the caller in the error (joined only on failure, so a step allocates nothing).
 */
export function clipNormUnchecked(params: readonly Param[], maxNorm: number, name = "clipByGlobalNorm", method = ""): number {
  let squares = 0;
  for (let i = 0; i < params.length; i++) {
    const g = (params[i] as Param).grad.data;
    for (let k = 0; k < g.length; k++) squares += (g[k] as number) * (g[k] as number);
  }
  // g² overflows once |g| > √Number.MAX_VALUE ≈ 1.34e154 while ‖g‖ may still be finite: only then
  // take the scaled path (a NaN gradient makes the sum NaN, not Infinity, and fails below).
  if (squares === Infinity) return clipNormScaled(params, maxNorm, name, method);
  const norm = Math.sqrt(squares);
  if (!Number.isFinite(norm)) throw diverged(name, method, norm);
  if (norm > maxNorm) {
    const s = maxNorm / norm;
    for (let i = 0; i < params.length; i++) {
      const g = (params[i] as Param).grad.data;
      for (let k = 0; k < g.length; k++) g[k] = (g[k] as number) * s;
    }
  }
  return norm;
}

/**
 * The clip for gradients whose plain Σg² overflowed: with `a = max|g|`, `‖g‖ = a·√(Σ (g/a)²)`,
 * every square ≤ 1 (the scaling of LAPACK's `dnrm2` and C's `hypot`). Each element becomes
 * `(g/a)·(maxNorm/√Σ(g/a)²)`, so neither factor overflows or goes subnormal even if `‖g‖` does.
 */
function clipNormScaled(params: readonly Param[], maxNorm: number, name: string, method: string): number {
  let a = 0;
  for (let i = 0; i < params.length; i++) {
    const g = (params[i] as Param).grad.data;
    for (let k = 0; k < g.length; k++) a = Math.max(a, Math.abs(g[k] as number));
  }
  if (a === Infinity) throw diverged(name, method, Infinity);
  let scaled = 0;
  for (let i = 0; i < params.length; i++) {
    const g = (params[i] as Param).grad.data;
    for (let k = 0; k < g.length; k++) scaled += ((g[k] as number) / a) * ((g[k] as number) / a);
  }
  const root = Math.sqrt(scaled);
  const norm = a * root;
  if (norm > maxNorm) {
    const s = maxNorm / root;
    for (let i = 0; i < params.length; i++) {
      const g = (params[i] as Param).grad.data;
      for (let k = 0; k < g.length; k++) g[k] = ((g[k] as number) / a) * s;
    }
  }
  return norm;
}

function diverged(name: string, method: string, norm: number): RangeError {
  return new RangeError(`${name}${method}: gradients must be finite; training has diverged (try a smaller learning rate). Received: norm=${norm}.`);
}
