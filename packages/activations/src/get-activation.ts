import { elu } from "./elu.js";
import { gelu } from "./gelu.js";
import { geluTanh } from "./gelu-tanh.js";
import { hardSigmoid } from "./hard-sigmoid.js";
import { linear } from "./linear.js";
import { mish } from "./mish.js";
import { leakyRelu, relu } from "./relu.js";
import { selu } from "./selu.js";
import { sigmoid } from "./sigmoid.js";
import { softmax } from "./softmax.js";
import { softplus } from "./softplus.js";
import { softsign } from "./softsign.js";
import { silu, swish } from "./swish.js";
import { tanh } from "./tanh.js";
import { isMarkedBuiltIn } from "./built-in.js";
import { ACTIVATION_NAMES } from "./types.js";
import type { Activation, ActivationName, ActivationSpec } from "./types.js";

type Settings = Readonly<Record<string, number | undefined>>;

/** Each built-in: the settings it takes and how to build it from them. */
const BUILT_INS: Readonly<Record<ActivationName, { settings: readonly string[]; make: (s: Settings) => Activation }>> = {
  sigmoid: { settings: [], make: () => sigmoid },
  relu: { settings: [], make: () => relu },
  leakyRelu: { settings: ["alpha"], make: (s) => (s.alpha === undefined ? leakyRelu() : leakyRelu(s.alpha)) },
  tanh: { settings: [], make: () => tanh },
  softmax: { settings: [], make: () => softmax },
  linear: { settings: [], make: () => linear },
  elu: { settings: ["alpha"], make: (s) => (s.alpha === undefined ? elu() : elu(s.alpha)) },
  selu: { settings: [], make: () => selu },
  gelu: { settings: [], make: () => gelu },
  geluTanh: { settings: [], make: () => geluTanh },
  softplus: { settings: [], make: () => softplus },
  softsign: { settings: [], make: () => softsign },
  swish: { settings: [], make: () => swish },
  silu: { settings: [], make: () => silu },
  hardSigmoid: { settings: ["alpha", "beta"], make: (s) => hardSigmoid({ alpha: s.alpha, beta: s.beta }) },
  mish: { settings: [], make: () => mish },
};

function unknown(name: unknown): TypeError {
  const shown = typeof name === "string" ? `"${name}"` : String(name);
  return new TypeError(`getActivation: unknown activation ${shown}. Expected one of: ${ACTIVATION_NAMES.join(", ")}.`);
}

/** `"a"`, `"a and b"`, `"a, b and c"`. */
function listed(items: readonly string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] as string}`;
}

function byName(name: unknown, settings: Settings): Activation {
  if (typeof name !== "string" || !Object.hasOwn(BUILT_INS, name)) throw unknown(name);
  const entry = BUILT_INS[name as ActivationName];
  for (const [key, value] of Object.entries(settings)) {
    if (entry.settings.includes(key)) continue;
    const owners = ACTIVATION_NAMES.filter((n) => BUILT_INS[n].settings.includes(key));
    const received = `Received: name="${name}", ${key}=${typeof value === "string" ? `"${value}"` : String(value)}.`;
    if (owners.length > 0) throw new TypeError(`getActivation: ${key} applies only to ${listed(owners)}. ${received}`);
    const known = [...new Set(ACTIVATION_NAMES.flatMap((n) => BUILT_INS[n].settings))];
    throw new TypeError(`getActivation: unknown setting "${key}". Expected one of: ${known.join(", ")}. ${received}`);
  }
  return entry.make(settings);
}

/**
 * Resolves an activation from a built-in name (`"relu"`), a name with settings
 * (`{ name: "elu", alpha: 0.5 }`, the shape stored in model JSON: `{ name, ...config }`) or an
 * activation object, built-in or a user's own (returned as is).
 *
 * @throws TypeError for an unknown name, listing the built-ins, or a setting the activation does not take.
 * @throws RangeError when a setting is out of range (not finite; hardSigmoid's `alpha` ≤ 0).
 * @example
 * getActivation("gelu").name;                           // "gelu"
 * getActivation({ name: "leakyRelu", alpha: 0.2 }).config; // { alpha: 0.2 }
 * getActivation("hardSigmoid").config;                  // { alpha: 0.16666666666666666, beta: 0.5 }
 */
export function getActivation(spec: ActivationSpec): Activation {
  if (typeof spec === "string") return byName(spec, {});
  if (spec === null || typeof spec !== "object") throw unknown(spec);
  if ("forward" in spec && typeof spec.forward === "function" && typeof spec.backward === "function") return spec;
  const { name, ...settings } = spec as { name: unknown } & Settings;
  return byName(name, settings);
}

/**
 * Whether `activation` is one of the built-ins themselves (`relu`, or what `leakyRelu(0.2)` or
 * `getActivation({ name: "elu", alpha: 0.5 })` made), not an object of your own that carries a
 * built-in's name. A model file stores an activation by name, and a built-in name reads back as
 * the built-in: only these may be written under one. A built-in from a second copy of this
 * package counts too: every built-in carries a mark (a registered symbol) that a copy of it, such
 * as `{ ...relu }`, does not.
 * @example
 * isBuiltInActivation(relu);                                 // true
 * isBuiltInActivation(getActivation({ name: "leakyRelu" })); // true
 * isBuiltInActivation({ ...relu });                          // false: a copy is your own object
 */
export function isBuiltInActivation(activation: Activation): boolean {
  const name = (activation as Partial<Activation> | null)?.name;
  if (typeof name !== "string" || !Object.hasOwn(BUILT_INS, name)) return false;
  return isMarkedBuiltIn(activation);
}
