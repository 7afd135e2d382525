/** Throws a TypeError naming the first option key `op` does not know (a typo would be ignored otherwise). */
export function assertKnownOptions(op: string, options: object | undefined, allowed: readonly string[]): void {
  if (options === undefined) return;
  if (options === null || typeof options !== "object") {
    throw new TypeError(`${op}: options must be an object. Received: ${String(options)}.`);
  }
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      throw new TypeError(`${op}: unknown option "${key}". Expected one of: ${allowed.join(", ")}.`);
    }
  }
}

/** Returns `value` after checking it is a finite number > 0. */
export function positive(op: string, name: string, value: number): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${op}: ${name} must be a finite number > 0. Received: ${name}=${String(value)}.`);
  }
  return value;
}

/** Returns `value` after checking it is a finite number ≥ 0. */
export function nonNegative(op: string, name: string, value: number): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`${op}: ${name} must be a finite number ≥ 0. Received: ${name}=${String(value)}.`);
  }
  return value;
}

/** Returns `value` after checking `0 ≤ value < 1` (a decay factor). */
export function unitInterval(op: string, name: string, value: number): number {
  if (typeof value !== "number" || !(value >= 0 && value < 1)) {
    throw new RangeError(`${op}: ${name} must be in [0, 1). Received: ${name}=${String(value)}.`);
  }
  return value;
}

/** `positive` for an optional value. */
export function optionalPositive(op: string, name: string, value: number | undefined): number | undefined {
  return value === undefined ? undefined : positive(op, name, value);
}
