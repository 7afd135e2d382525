import type { Activation } from "./types.js";

/**
 * The mark of a built-in activation: a registered symbol, the same in every copy of this package,
 * on an own non-enumerable key holding the name, so that a spread copy (`{ ...relu }`), which is
 * an object of your own, does not carry it.
 */
const MARK = Symbol.for("@backprop/activations built-in");

/** `activation`, marked as a built-in and frozen: every built-in and factory-made activation goes through here. */
export function builtIn<T extends Activation>(activation: T): T {
  return Object.freeze(Object.defineProperty(activation, MARK, { value: activation.name }));
}

/** Whether `activation` carries a built-in's mark for its own name (from this copy of the package or another). */
export function isMarkedBuiltIn(activation: Activation): boolean {
  // Property reads only (no descriptor object): the fused-gradient check asks this every training step.
  return Object.hasOwn(activation, MARK) && (activation as unknown as Record<symbol, unknown>)[MARK] === activation.name && Object.isFrozen(activation);
}
