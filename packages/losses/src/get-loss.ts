import { binaryCrossEntropy } from "./binary-cross-entropy.js";
import { categoricalCrossEntropy } from "./categorical-cross-entropy.js";
import { huber } from "./huber.js";
import { mae } from "./mae.js";
import { mse } from "./mse.js";
import { isMarkedBuiltIn } from "./built-in.js";
import { LOSS_NAMES } from "./types.js";
import type { Loss, LossName, LossSpec } from "./types.js";

type Settings = Readonly<Record<string, number | undefined>>;

/** Each built-in: the settings it takes and how to build it from them. */
const BUILT_INS: Readonly<Record<LossName, { settings: readonly string[]; make: (s: Settings) => Loss }>> = {
  mse: { settings: [], make: () => mse },
  binaryCrossEntropy: { settings: [], make: () => binaryCrossEntropy },
  categoricalCrossEntropy: { settings: [], make: () => categoricalCrossEntropy },
  mae: { settings: [], make: () => mae },
  huber: { settings: ["delta"], make: (s) => huber({ delta: s.delta }) },
};

function unknown(spec: unknown): TypeError {
  const shown = typeof spec === "string" ? `"${spec}"` : String(spec);
  return new TypeError(`getLoss: unknown loss ${shown}. Expected one of: ${LOSS_NAMES.join(", ")}.`);
}

function byName(name: unknown, settings: Settings): Loss {
  if (typeof name !== "string" || !Object.hasOwn(BUILT_INS, name)) throw unknown(name);
  const entry = BUILT_INS[name as LossName];
  for (const [key, value] of Object.entries(settings)) {
    if (entry.settings.includes(key)) continue;
    const owners = LOSS_NAMES.filter((n) => BUILT_INS[n].settings.includes(key));
    const rule = owners.length > 0 ? `${key} applies only to ${owners.join(", ")}` : `unknown setting "${key}"`;
    const shown = typeof value === "string" ? `"${value}"` : String(value);
    throw new TypeError(`getLoss: ${rule}. Received: name="${name}", ${key}=${shown}.`);
  }
  return entry.make(settings);
}

/**
 * Resolves a loss from a built-in name (`"mae"`), a name with settings
 * (`{ name: "huber", delta: 2 }`, the shape a config stores: `{ name, ...config }`), or returns a
 * loss object, built-in or a user's own, unchanged.
 *
 * @throws TypeError for an unknown name, listing the built-ins, or a setting the loss does not take.
 * @throws RangeError when a setting is out of range (huber's `delta` not finite and > 0).
 * @example
 * getLoss("mse").name;                         // "mse"
 * getLoss({ name: "huber", delta: 2 }).config; // { delta: 2 }
 */
export function getLoss(spec: LossSpec): Loss {
  if (typeof spec === "string") return byName(spec, {});
  if (spec === null || typeof spec !== "object") throw unknown(spec);
  if ("forward" in spec && typeof spec.forward === "function" && typeof spec.backward === "function") return spec;
  const { name, ...settings } = spec as { name: unknown } & Settings;
  return byName(name, settings);
}

/**
 * Whether `loss` is one of the built-ins themselves (`mse`, or what `huber({ delta: 2 })` made),
 * not an object of your own that carries a built-in's name. A model file stores its loss by
 * name, and a built-in name reads back as the built-in: only these may be written under one.
 * A built-in from a second copy of this package counts too, by the mark every built-in carries
 * (a registered symbol) and a copy such as `{ ...mse }` lacks.
 * @example
 * isBuiltInLoss(mse);                            // true
 * isBuiltInLoss(getLoss({ name: "huber" }));      // true
 * isBuiltInLoss({ ...mse });                     // false: a copy is your own object
 */
export function isBuiltInLoss(loss: Loss): boolean {
  const name = (loss as Partial<Loss> | null)?.name;
  if (typeof name !== "string" || !Object.hasOwn(BUILT_INS, name)) return false;
  return isMarkedBuiltIn(loss);
}
