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

/**
 * `options` (an object, or `{}` when undefined) after checking that it names only `known` options,
 * so a misspelt one (`with_mean`, `nSample`) is an error instead of silently left at its default.
 * @throws TypeError `StandardScaler: unknown option ["with_mean"]. Expected one of: withMean, withStd.`
 */
export function readOptions<T extends object>(op: string, options: T | undefined, known: readonly string[]): T {
  if (options === undefined) return {} as T;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TypeError(`${op}: options must be an object. Received: ${options === null ? "null" : Array.isArray(options) ? "an array" : `${String(options)} (${typeof options})`}.`);
  }
  refuseUnknownOptions(op, options, known);
  return options;
}

/** Throws a TypeError listing the keys of `options` that are not `known`. */
export function refuseUnknownOptions(op: string, options: object, known: readonly string[]): void {
  const unknown = Object.keys(options).filter((k) => !known.includes(k));
  if (unknown.length > 0) throw new TypeError(`${op}: unknown option ${formatList(unknown)}. Expected one of: ${known.join(", ")}.`);
}

/** Formats a list for an error message: `[1, 2, 3]`, strings quoted. */
export function formatList(values: ArrayLike<unknown>): string {
  return `[${Array.from(values, (v) => (typeof v === "string" ? JSON.stringify(v) : String(v))).join(", ")}]`;
}
