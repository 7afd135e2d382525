/** Where a spec field sits, for messages: `where` is the function, `path` the field (`hidden[1].units`). */
export interface At {
  where: string;
  path: string;
}

/** A field's path one level down: `child(at, "units")`, `child(at, 0)`. */
export function child(at: At, key: string | number): At {
  if (typeof key === "number") return { where: at.where, path: `${at.path}[${key}]` };
  return { where: at.where, path: at.path === "" ? key : `${at.path}.${key}` };
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "object") return "an object";
  if (typeof value === "function") return "a function";
  return String(value);
}

/** `where: path must be rule. Received: value.` — a TypeError, or a RangeError with `range` (a number out of range). */
export function invalid(at: At, rule: string, value: unknown, range = false): TypeError | RangeError {
  const message = `${at.where}: ${at.path === "" ? "spec" : at.path} must be ${rule}. Received: ${describe(value)}.`;
  return range ? new RangeError(message) : new TypeError(message);
}

/** Own value of `key` (a plain object's `constructor` reads as missing, not as Object). */
export function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/** Narrows to a plain object whose keys are all in `known`, or throws naming the field. */
export function expectFields(at: At, value: unknown, known: readonly string[]): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw invalid(at, "an object", value);
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      throw new TypeError(`${at.where}: ${child(at, key).path} is not a known field. Expected only: ${known.join(", ")}.`);
    }
  }
  return value as Record<string, unknown>;
}

/** An integer in `[min, max]`. */
export function expectInteger(at: At, value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw invalid(at, max === Number.MAX_SAFE_INTEGER ? `an integer ≥ ${min}` : `an integer in [${min}, ${max}]`, value, typeof value === "number");
  }
  return value;
}

/** A finite number `≥ min` (`> min` when `exclusive`), below `max` (`≤ max` unless `maxExclusive`). */
export function expectNumber(at: At, value: unknown, rule: string, min: number, max = Number.MAX_VALUE, maxExclusive = false): number {
  const ok = typeof value === "number" && Number.isFinite(value) && value >= min && (maxExclusive ? value < max : value <= max);
  if (!ok) throw invalid(at, rule, value, typeof value === "number");
  return value;
}

/** One of `choices` (strings), or throws listing them. */
export function expectChoice<T extends string>(at: At, value: unknown, choices: readonly T[], extra = ""): T {
  if (typeof value !== "string" || !(choices as readonly string[]).includes(value)) {
    throw invalid(at, `one of: ${choices.join(", ")}${extra}`, value);
  }
  return value as T;
}

/** A non-empty string of at most 100 characters (a layer's name). */
export function expectName(at: At, value: unknown): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 100) throw invalid(at, "a non-empty string of at most 100 characters", value);
  return value;
}
