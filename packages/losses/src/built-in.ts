import type { Loss } from "./types.js";

/**
 * A built-in loss is marked by a registered symbol (one per realm, shared by every copy of this
 * package) on an own, non-enumerable key whose value is its name: `{ ...mse }` is then a loss of
 * your own, without it.
 */
const MARK = Symbol.for("@backprop/losses built-in");

/** Marks `loss` as a built-in and freezes it (the built-ins and what `huber(…)` returns). */
export function builtIn<T extends Loss>(loss: T): T {
  return Object.freeze(Object.defineProperty(loss, MARK, { value: loss.name }));
}

/** True when `loss` bears the built-in mark for the name it reports, whichever copy of the package made it. */
export function isMarkedBuiltIn(loss: Loss): boolean {
  // Property reads only (no descriptor object): the fused-gradient check asks this every training step.
  return Object.hasOwn(loss, MARK) && (loss as unknown as Record<symbol, unknown>)[MARK] === loss.name && Object.isFrozen(loss);
}
