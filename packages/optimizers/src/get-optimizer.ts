import { Adam, adam, adamw } from "./adam.js";
import type { AdamOptions } from "./adam.js";
import { Adagrad, adagrad } from "./adagrad.js";
import type { AdagradOptions } from "./adagrad.js";
import { RMSprop, rmsprop } from "./rmsprop.js";
import type { RMSpropOptions } from "./rmsprop.js";
import { SGD, momentum, nesterov, sgd } from "./sgd.js";
import type { SGDOptions } from "./sgd.js";
import type { Optimizer } from "./types.js";

/** The optimizer names `getOptimizer` resolves. */
export type OptimizerName = "sgd" | "momentum" | "nesterov" | "adam" | "adamw" | "rmsprop" | "adagrad";

/** Options of any optimizer (each factory rejects keys it does not know). */
export type OptimizerOptions = SGDOptions & AdamOptions & RMSpropOptions & AdagradOptions;

export const OPTIMIZER_NAMES: readonly OptimizerName[] = /* @__PURE__ */ Object.freeze([
  "sgd", "momentum", "nesterov", "adam", "adamw", "rmsprop", "adagrad",
] as const);

const FACTORIES: Readonly<Record<OptimizerName, (options: object) => Optimizer>> = {
  sgd,
  momentum: (options) => momentum(withoutKey(options, "nesterov")),
  nesterov: (options) => nesterov(withoutKey(options, "nesterov")),
  adam,
  adamw,
  rmsprop,
  adagrad,
};

function withoutKey(options: object, key: string): object {
  const { [key]: _dropped, ...rest } = options as Record<string, unknown>;
  return rest;
}

/**
 * Resolves an optimizer from a name and options (`getOptimizer("adam", { learningRate: 0.01 })`),
 * from a config with its name (`getOptimizer(other.getConfig())`, the round trip), or returns an
 * optimizer object unchanged.
 *
 * @throws TypeError for an unknown name (listing the known ones), an unknown option, or options
 *   passed beside an optimizer object; RangeError for an out-of-range setting.
 * @example
 * getOptimizer("sgd", { learningRate: 0.1 }).getConfig(); // { name: "sgd", learningRate: 0.1, momentum: 0, nesterov: false, weightDecay: 0 }
 */
export function getOptimizer(
  spec: OptimizerName | Optimizer | ({ name: OptimizerName } & OptimizerOptions),
  options?: OptimizerOptions,
): Optimizer {
  if (typeof spec === "object" && spec !== null && typeof (spec as Optimizer).step === "function") {
    if (options !== undefined) {
      throw new TypeError("getOptimizer: options apply only to a name; this optimizer is already configured. Received: an optimizer and options.");
    }
    return spec as Optimizer;
  }
  if (typeof spec === "object" && spec !== null) {
    return getOptimizer((spec as { name: OptimizerName }).name, { ...withoutKey(spec, "name"), ...options });
  }
  if (typeof spec !== "string" || !Object.hasOwn(FACTORIES, spec)) {
    const shown = typeof spec === "string" ? `"${spec}"` : String(spec);
    throw new TypeError(`getOptimizer: unknown optimizer ${shown}. Expected one of: ${OPTIMIZER_NAMES.join(", ")}.`);
  }
  return FACTORIES[spec](options ?? {});
}

/** The built-in optimizer classes by name, and the names (`optimizer.name`) each reports. */
const BUILT_IN_CLASSES: Readonly<Record<string, readonly string[]>> = {
  SGD: ["sgd", "momentum", "nesterov"], Adam: ["adam", "adamw"], RMSprop: ["rmsprop"], Adagrad: ["adagrad"],
};

/**
 * Whether `optimizer` is an instance of a built-in class itself (`SGD`, `Adam`, `RMSprop`,
 * `Adagrad`: what every factory and `getOptimizer` make), not of a subclass or an object of your
 * own that reports a built-in's name. A model file stores its optimizer by name, and a built-in
 * name reads back as the built-in: only these may be written under one. A built-in from a second
 * copy of this package counts too (asked of the object, not of this copy's classes): its class
 * has the built-in's name, extends a `BaseOptimizer` that has no base class, and reports one of
 * that class's names.
 * @example
 * isBuiltInOptimizer(adam());                       // true
 * class Logged extends Adam {}
 * isBuiltInOptimizer(new Logged());                 // false: a subclass may update otherwise
 */
export function isBuiltInOptimizer(optimizer: Optimizer): boolean {
  if (typeof optimizer !== "object" || optimizer === null) return false;
  const proto: unknown = Object.getPrototypeOf(optimizer);
  if (proto === SGD.prototype || proto === Adam.prototype || proto === RMSprop.prototype || proto === Adagrad.prototype) return true;
  const base: unknown = typeof proto === "object" && proto !== null ? Object.getPrototypeOf(proto) : null;
  if (className(base) !== "BaseOptimizer" || Object.getPrototypeOf(base) !== Object.prototype) return false;
  const name = className(proto);
  return name !== undefined && Object.hasOwn(BUILT_IN_CLASSES, name) && BUILT_IN_CLASSES[name]!.includes(optimizer.name);
}

/** The name of the class whose prototype is `proto`, if it is one. */
function className(proto: unknown): string | undefined {
  if (typeof proto !== "object" || proto === null) return undefined;
  const name = (proto as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === "string" ? name : undefined;
}
