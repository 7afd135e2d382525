/** The default bound on the numbers and strings one `fromJSON` call reads (raise it with `maxItems`). */
export const DEFAULT_MAX_ITEMS = 1_000_000;

/** Options of every preprocessing `fromJSON`. */
export interface FromJSONOptions {
  /** The most array entries (numbers, strings) the whole document may hold (default 1e6). */
  maxItems?: number;
}

const FORBIDDEN_KEYS = ["__proto__", "constructor", "prototype"];

/**
 * Reads untrusted JSON for a `fromJSON`: every message names the loader and the field's path
 * (`ColumnTransformer.fromJSON: preprocessing.transformers[0].steps[1].scale[3] must be a finite
 * number > 0. Received: -1.`), shows a value in at most ~40 characters, and counts the array
 * entries read against a budget before anything is allocated.
 */
export class JsonReader {
  private left: number;
  private readonly max: number;

  constructor(
    readonly op: string,
    { maxItems = DEFAULT_MAX_ITEMS }: FromJSONOptions = {},
  ) {
    if (typeof maxItems !== "number" || !(maxItems >= 0)) {
      throw new RangeError(`${op}: maxItems must be a number ≥ 0. Received: maxItems=${String(maxItems)}.`);
    }
    this.left = maxItems;
    this.max = maxItems;
  }

  /** A `TypeError` (or `RangeError` when `range`) `op: path rule. Received: value.` */
  fail(path: string, rule: string, value: unknown, range = false): never {
    const message = `${this.op}: ${path || "json"} ${rule}. Received: ${describe(value)}.`;
    throw range ? new RangeError(message) : new TypeError(message);
  }

  /**
   * `value` as a plain object holding only `keys` (and not `__proto__`, `constructor`,
   * `prototype`); with `type`, its `type` field must equal it.
   */
  object(value: unknown, path: string, keys: readonly string[], type?: string): Record<string, unknown> {
    if (typeof value !== "object" || value === null || Array.isArray(value)) this.fail(path, "must be an object", value);
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) this.fail(path, "must be a plain object", value);
    const own = Object.keys(value);
    const bad = own.find((k) => FORBIDDEN_KEYS.includes(k)) ?? (Object.prototype.hasOwnProperty.call(value, "__proto__") ? "__proto__" : undefined);
    if (bad !== undefined) this.fail(join(path, bad), "is not an allowed key", bad);
    const unknown = own.find((k) => !keys.includes(k));
    if (unknown !== undefined) this.fail(path, `has an unknown field ${JSON.stringify(cut(unknown))}; expected only ${keys.join(", ")}`, value);
    const obj = value as Record<string, unknown>;
    if (type !== undefined && obj.type !== type) this.fail(join(path, "type"), `must be "${type}"`, obj.type);
    return obj;
  }

  /** `value` as an array, of exactly `length` entries when given, charged to the budget before it is read. */
  array(value: unknown, path: string, length?: number, lengthRule?: string): unknown[] {
    if (!Array.isArray(value)) this.fail(path, "must be an array", value);
    if (length !== undefined && value.length !== length) this.fail(path, `must have ${length} entries${lengthRule ? ` (${lengthRule})` : ""}`, value, true);
    this.left -= value.length;
    if (this.left < 0) {
      this.fail(path, `would take the document past ${this.max} array entries (pass a larger maxItems to load it)`, value, true);
    }
    // a copy: holes of a sparse array become undefined, which every entry check refuses
    return Array.from(value);
  }

  /** `value` as a Float64Array of finite numbers each passing `check` (described by `rule`). */
  numbers(value: unknown, path: string, length?: number, lengthRule?: string, rule = "a finite number", check?: (v: number, k: number) => boolean): Float64Array {
    if (!Array.isArray(value) || (length !== undefined && value.length !== length)) {
      const count = length === undefined ? "" : `${length} `;
      this.fail(path, `must be an array of ${count}finite numbers${lengthRule && length !== undefined ? ` (${lengthRule})` : ""}`, value, Array.isArray(value));
    }
    const list = this.array(value, path);
    for (let k = 0; k < list.length; k++) {
      const v = list[k];
      if (typeof v !== "number" || !Number.isFinite(v) || (check !== undefined && !check(v, k))) {
        this.fail(`${path}[${k}]`, `must be ${rule}`, v, typeof v === "number" && Number.isFinite(v));
      }
    }
    return Float64Array.from(list as number[]);
  }

  string(value: unknown, path: string): string {
    if (typeof value !== "string") this.fail(path, "must be a string", value);
    return value;
  }

  boolean(value: unknown, path: string): boolean {
    if (typeof value !== "boolean") this.fail(path, "must be a boolean", value);
    return value;
  }

  /** `value` as one of `choices`. */
  choice<T extends string>(value: unknown, path: string, choices: readonly T[]): T {
    if (typeof value !== "string" || !(choices as readonly string[]).includes(value)) {
      this.fail(path, `must be one of ${choices.map((c) => JSON.stringify(c)).join(", ")}`, value);
    }
    return value as T;
  }

  integer(value: unknown, path: string, min: number): number {
    if (typeof value !== "number" || !Number.isInteger(value) || value < min) this.fail(path, `must be an integer ≥ ${min}`, value, typeof value === "number");
    return value;
  }
}

/** `base.field` (or `field` when `base` is empty). */
export function join(base: string, field: string): string {
  return base === "" ? field : `${base}.${field}`;
}

function cut(s: string): string {
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

/** A value as an error shows it: short, never a whole array. */
export function describe(value: unknown): string {
  if (value === undefined) return "nothing (the field is missing)";
  if (typeof value === "string") return JSON.stringify(cut(value));
  if (Array.isArray(value)) return value.length === 0 ? "an empty array" : `an array of ${value.length}`;
  if (typeof value === "object" && value !== null) return "an object";
  return String(value);
}
