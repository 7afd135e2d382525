import { Matrix, scale, type RandomState } from "@backprop/linalg";
import { assertInRange } from "./checks.js";

/** Draws a `fanIn×fanOut` weight matrix from `rng`. */
export type Initializer = (fanIn: number, fanOut: number, rng: RandomState) => Matrix;

/** The initializers known by name. */
export type InitializerName =
  | "he"
  | "heNormal"
  | "heUniform"
  | "xavier"
  | "xavierNormal"
  | "xavierUniform"
  | "glorot"
  | "glorotNormal"
  | "glorotUniform"
  | "zeros";

/** An initializer's name, or a function drawing the weights yourself. */
export type InitializerSpec = InitializerName | Initializer;

/** `randn(fanIn, fanOut) · std`: the draws first, then the product, as the NumPy tutorials write it. */
function scaledNormal(fanIn: number, fanOut: number, rng: RandomState, std: number): Matrix {
  const w = rng.randn(fanIn, fanOut);
  return scale(w, std, w);
}

/** `uniform(−limit, limit, (fanIn, fanOut))`, filled row by row as NumPy does. */
function uniformLimit(fanIn: number, fanOut: number, rng: RandomState, limit: number): Matrix {
  return new Matrix(fanIn, fanOut, rng.uniform(-limit, limit, fanIn * fanOut));
}

/**
 * Normal weights with a fixed standard deviation: `W = randn(fanIn, fanOut) · std`.
 * @throws RangeError unless `std` is a finite number ≥ 0.
 * @example
 * normal(0.5)(2, 4, new RandomState(42)).get(0, 0); // 0.24835707650561634 (np.random.randn(2, 4)[0, 0] * 0.5)
 */
export function normal(std: number): Initializer {
  assertInRange("normal", "std", std, 0, Number.MAX_VALUE);
  return (fanIn, fanOut, rng) => scaledNormal(fanIn, fanOut, rng, std);
}

/**
 * Uniform weights in `[−limit, limit)`.
 * @throws RangeError unless `limit` is a finite number ≥ 0.
 */
export function uniform(limit: number): Initializer {
  assertInRange("uniform", "limit", limit, 0, Number.MAX_VALUE);
  return (fanIn, fanOut, rng) => uniformLimit(fanIn, fanOut, rng, limit);
}

const he: Initializer = (i, o, rng) => scaledNormal(i, o, rng, Math.sqrt(2.0 / i));
const xavier: Initializer = (i, o, rng) => scaledNormal(i, o, rng, Math.sqrt(1.0 / i));
const glorotUniform: Initializer = (i, o, rng) => uniformLimit(i, o, rng, Math.sqrt(6 / (i + o)));

/**
 * The named initializers (`n = fanIn`, `m = fanOut`):
 * `he`/`heNormal` `randn·√(2/n)`; `heUniform` `U(±√(6/n))`; `xavier`/`xavierNormal` `randn·√(1/n)`;
 * `xavierUniform` `U(±√(3/n))`; `glorotNormal` `randn·√(2/(n+m))`; `glorot`/`glorotUniform`
 * `U(±√(6/(n+m)))` (Keras's and TF.js's default for Dense); `zeros`. Normal ones draw before scaling, exactly as `np.random.randn(n, m) * scale`.
 */
export const initializers: Readonly<Record<InitializerName, Initializer>> = {
  he,
  heNormal: he,
  heUniform: (i, o, rng) => uniformLimit(i, o, rng, Math.sqrt(6 / i)),
  xavier,
  xavierNormal: xavier,
  xavierUniform: (i, o, rng) => uniformLimit(i, o, rng, Math.sqrt(3 / i)),
  glorot: glorotUniform,
  glorotNormal: (i, o, rng) => scaledNormal(i, o, rng, Math.sqrt(2 / (i + o))),
  glorotUniform,
  zeros: (i, o) => new Matrix(i, o),
};

/**
 * Resolves an initializer name (or passes a function through).
 * @throws TypeError for an unknown name, listing the known ones.
 * @example
 * getInitializer("he")(2, 4, new RandomState(42)).shape; // [2, 4]
 */
export function getInitializer(spec: InitializerSpec): Initializer {
  if (typeof spec === "function") return spec;
  if (typeof spec === "string" && Object.hasOwn(initializers, spec)) return initializers[spec];
  const known = Object.keys(initializers).join(", ");
  throw new TypeError(`getInitializer: unknown initializer ${JSON.stringify(spec)}. Expected one of: ${known}, or normal(std).`);
}
