/** Throws a RangeError unless `value` is an integer `≥ min`. */
export function checkInteger(op: string, name: string, value: number, min: number): void {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min) {
    throw new RangeError(`${op}: ${name} must be an integer ≥ ${min}. Received: ${name}=${String(value)}.`);
  }
}

/** Throws a RangeError unless `value` is a finite number `≥ min`. */
export function checkNumber(op: string, name: string, value: number, min = -Infinity): void {
  if (typeof value !== "number" || !Number.isFinite(value) || value < min) {
    const rule = min === -Infinity ? "a finite number" : `a finite number ≥ ${min}`;
    throw new RangeError(`${op}: ${name} must be ${rule}. Received: ${name}=${String(value)}.`);
  }
}

/** Formats a list for an error message: `[1, 2, 3]`, strings quoted. */
export function formatList(values: ArrayLike<unknown>): string {
  return `[${Array.from(values, (v) => (typeof v === "string" ? JSON.stringify(v) : String(v))).join(", ")}]`;
}
