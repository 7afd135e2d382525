import type { Matrix } from "./matrix.js";
import { isMatrix } from "./matrix.js";
import { notMatrixMessage } from "./matrix-message.js";

export { isMatrix };

/**
 * Throws a TypeError naming `op` and the argument unless `value` is a matrix ({@link isMatrix}).
 * The message is built only when throwing: this check runs on every op of a training step.
 * `hint` (e.g. what to call for a number instead) goes after the rule.
 */
export function assertMatrix(op: string, name: string, value: unknown, hint?: string): asserts value is Matrix {
  if (!isMatrix(value)) throw new TypeError(notMatrixMessage(op, name, value, hint));
}

/** {@link assertMatrix} for an optional `out` argument: `undefined` passes. */
export function assertOptionalMatrix(op: string, name: string, value: unknown): asserts value is Matrix | undefined {
  if (value !== undefined && !isMatrix(value)) throw new TypeError(notMatrixMessage(op, name, value));
}

