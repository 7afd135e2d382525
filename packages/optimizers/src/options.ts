/** `value` as it appears after `name=` in a message: strings quoted, anything else as `String` gives it. */
export function shown(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" && value !== null ? "an object" : String(value);
}

/** A TypeError for a value of the wrong type, a RangeError for a number out of range. */
function outOfRange(value: unknown, message: string): Error {
  return typeof value === "number" ? new RangeError(message) : new TypeError(message);
}

/** Throws a TypeError naming the first option key `op` does not know (a typo would be ignored otherwise). */
export function assertKnownOptions(op: string, options: object | undefined, allowed: readonly string[]): void {
  if (options === undefined) return;
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(`${op}: options must be an object. Received: ${shown(options)}.`);
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
    throw outOfRange(value, `${op}: ${name} must be a finite number > 0. Received: ${name}=${shown(value)}.`);
  }
  return value;
}

/** Returns `value` after checking it is a finite number ≥ 0. */
export function nonNegative(op: string, name: string, value: number): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw outOfRange(value, `${op}: ${name} must be a finite number ≥ 0. Received: ${name}=${shown(value)}.`);
  }
  return value;
}

/** Returns `value` after checking `0 ≤ value < 1` (a decay factor). */
export function unitInterval(op: string, name: string, value: number): number {
  if (typeof value !== "number" || !(value >= 0 && value < 1)) {
    throw outOfRange(value, `${op}: ${name} must be in [0, 1). Received: ${name}=${shown(value)}.`);
  }
  return value;
}

/** `positive` for an optional value. */
export function optionalPositive(op: string, name: string, value: number | undefined): number | undefined {
  return value === undefined ? undefined : positive(op, name, value);
}

/** Returns `value` after checking it is a boolean (a string such as "false" would count as true). */
export function boolean(op: string, name: string, value: boolean): boolean {
  if (typeof value !== "boolean") throw new TypeError(`${op}: ${name} must be true or false. Received: ${name}=${shown(value)}.`);
  return value;
}
