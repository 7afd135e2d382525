/**
 * Checks one numeric setting of an activation factory and returns it.
 *
 * @throws RangeError when `value` is not a finite number (or not positive, with `positive`).
 */
export function finiteSetting(where: string, key: string, value: unknown, positive = false): number {
  if (typeof value !== "number" || !Number.isFinite(value) || (positive && !(value > 0))) {
    const rule = positive ? "a finite number > 0" : "a finite number";
    const shown = typeof value === "string" ? `"${value}"` : String(value);
    throw new RangeError(`${where}: ${key} must be ${rule}. Received: ${key}=${shown}.`);
  }
  return value;
}
