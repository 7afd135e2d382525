import type { Activation } from "./types.js";

/** The activations the built-in factories have made (`leakyRelu(0.2)`, `elu()`, `hardSigmoid(…)`). */
const made = /* @__PURE__ */ new WeakSet<Activation>();

/** Records `activation` as a built-in (the factories with settings pass what they return through this). */
export function madeBuiltIn(activation: Activation): Activation {
  made.add(activation);
  return activation;
}

/** Whether a factory with settings made `activation` (see {@link madeBuiltIn}). */
export function isFactoryMade(activation: Activation): boolean {
  return made.has(activation);
}
