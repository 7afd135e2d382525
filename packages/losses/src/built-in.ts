import type { Loss } from "./types.js";

/** The losses `huber(…)` has made (the one built-in with a setting). */
const made = /* @__PURE__ */ new WeakSet<Loss>();

/** Records `loss` as a built-in (huber passes what it returns through this). */
export function madeBuiltIn(loss: Loss): Loss {
  made.add(loss);
  return loss;
}

/** Whether a factory with settings made `loss` (see {@link madeBuiltIn}). */
export function isFactoryMade(loss: Loss): boolean {
  return made.has(loss);
}
