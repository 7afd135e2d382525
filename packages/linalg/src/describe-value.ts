/** Longest string shown in full in an error message; longer ones are cut with `…`. */
const MAX_SHOWN = 40;

/**
 * Any JavaScript value described for the `Received: …` part of an error message, without ever
 * throwing (a symbol, a bigint or an object without a prototype would break a template literal):
 * `null`, `undefined`, `3 (number)`, `"x" (string)`, `an Array of length 2`,
 * `a Float32Array of length 4`, `a Map`, `an object with keys {a, b}`, `a function`.
 */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  switch (typeof value) {
    case "string":
      return `${quote(value)} (string)`;
    case "number":
    case "bigint":
    case "boolean":
    case "symbol":
      return `${formatScalar(value)} (${typeof value})`;
    case "function":
      return "a function";
    default:
      return describeObject(value);
  }
}

/**
 * A value as it appears after `name=` in an error message: numbers, booleans and `null` as
 * written (`NaN`, `-0`, `1.5`), strings quoted, anything else described as by {@link describeValue}.
 */
export function formatScalar(value: unknown): string {
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "string") return quote(value);
  if (typeof value === "bigint") return `${String(value)}n`;
  if (value === null || value === undefined || typeof value === "boolean" || typeof value === "symbol") return String(value);
  return describeValue(value);
}

function quote(s: string): string {
  return JSON.stringify(s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN)}…` : s);
}

function describeObject(value: object): string {
  if (Array.isArray(value)) return `an Array of length ${value.length}`;
  if (ArrayBuffer.isView(value)) {
    const length = (value as { length?: unknown }).length;
    return typeof length === "number" ? `${article(typeName(value))} of length ${length}` : article(typeName(value));
  }
  const { rows, cols, data } = value as { rows?: unknown; cols?: unknown; data?: unknown };
  if (typeof rows === "number" && typeof cols === "number" && ArrayBuffer.isView(data)) return `a Matrix of shape [${rows},${cols}]`;
  const name = typeName(value);
  if (name !== "Object") return article(name);
  const keys = Object.keys(value);
  if (keys.length === 0) return "an empty object";
  const shown = keys.slice(0, 6).map((k) => (k.length > MAX_SHOWN ? `${k.slice(0, MAX_SHOWN)}…` : k));
  return `an object with keys {${shown.join(", ")}${keys.length > 6 ? ", …" : ""}}`;
}

/** The value's class name (`Float64Array`, `Map`, a user's class), or `Object`. */
function typeName(value: object): string {
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  if (tag !== "Object") return tag;
  const proto = Object.getPrototypeOf(value) as { constructor?: unknown } | null;
  const ctor = proto?.constructor;
  return typeof ctor === "function" && typeof ctor.name === "string" && ctor.name !== "" ? ctor.name : "Object";
}

function article(name: string): string {
  return /^[AEIOU]/.test(name) ? `an ${name}` : `a ${name}`;
}
