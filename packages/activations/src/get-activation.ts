import { linear } from "./linear.js";
import { leakyRelu, relu } from "./relu.js";
import { sigmoid } from "./sigmoid.js";
import { softmax } from "./softmax.js";
import { tanh } from "./tanh.js";
import { ACTIVATION_NAMES } from "./types.js";
import type { Activation, ActivationName, ActivationSpec } from "./types.js";

const FIXED: Readonly<Record<Exclude<ActivationName, "leakyRelu">, Activation>> = { sigmoid, relu, tanh, softmax, linear };

function unknown(name: unknown): TypeError {
  const shown = typeof name === "string" ? `"${name}"` : String(name);
  return new TypeError(`getActivation: unknown activation ${shown}. Expected one of: ${ACTIVATION_NAMES.join(", ")}.`);
}

function byName(name: unknown, alpha: number | undefined): Activation {
  if (name === "leakyRelu") return alpha === undefined ? leakyRelu() : leakyRelu(alpha);
  if (typeof name !== "string" || !Object.hasOwn(FIXED, name)) throw unknown(name);
  if (alpha !== undefined) {
    throw new TypeError(`getActivation: alpha applies only to leakyRelu. Received: name="${name}", alpha=${String(alpha)}.`);
  }
  return FIXED[name as keyof typeof FIXED];
}

/**
 * Resolves an activation from its name (`"relu"`), a name with settings
 * (`{ name: "leakyRelu", alpha: 0.2 }`, the shape stored in model JSON) or an activation object
 * (returned as is).
 *
 * @throws TypeError for an unknown name, listing the known ones, or `alpha` on anything but leakyRelu.
 * @throws RangeError when `alpha` is not finite.
 * @example
 * getActivation("relu").name;                         // "relu"
 * getActivation({ name: "leakyRelu", alpha: 0.2 }).config; // { alpha: 0.2 }
 */
export function getActivation(spec: ActivationSpec): Activation {
  if (typeof spec === "string") return byName(spec, undefined);
  if (spec === null || typeof spec !== "object") throw unknown(spec);
  if ("forward" in spec && typeof spec.forward === "function" && typeof spec.backward === "function") return spec;
  return byName(spec.name, (spec as { alpha?: number }).alpha);
}
