/** Reads `json` as an object whose `type` field is `type`, naming the loader in errors. */
export function readObject(op: string, json: unknown, type: string): Record<string, unknown> {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new TypeError(`${op}: expected an object. Received: ${JSON.stringify(json)}.`);
  }
  const obj = json as Record<string, unknown>;
  if (obj.type !== type) throw new TypeError(`${op}: type must be "${type}". Received: type=${JSON.stringify(obj.type)}.`);
  return obj;
}

/** `obj[field]` as a boolean. */
export function readBoolean(op: string, obj: Record<string, unknown>, field: string): boolean {
  const v = obj[field];
  if (typeof v !== "boolean") throw new TypeError(`${op}: ${field} must be a boolean. Received: ${field}=${JSON.stringify(v)}.`);
  return v;
}

/** `obj[field]` as an array of `length` finite numbers (any length when omitted), or `null` when allowed. */
export function readNumbers(op: string, obj: Record<string, unknown>, field: string, length?: number): Float64Array {
  const v = obj[field];
  if (!Array.isArray(v) || (length !== undefined && v.length !== length) || !v.every((n) => typeof n === "number" && Number.isFinite(n))) {
    const want = length === undefined ? "an array of finite numbers" : `an array of ${length} finite numbers`;
    throw new TypeError(`${op}: ${field} must be ${want}. Received: ${field}=${JSON.stringify(v)}.`);
  }
  return Float64Array.from(v as number[]);
}

/** Like {@link readNumbers}, but `null` is accepted and returned as is. */
export function readNumbersOrNull(op: string, obj: Record<string, unknown>, field: string, length?: number): Float64Array | null {
  return obj[field] === null ? null : readNumbers(op, obj, field, length);
}
