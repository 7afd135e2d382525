import type { Matrix } from "@backprop/linalg";

function isMatrix(value: unknown): value is Matrix {
  return typeof value === "object" && value !== null && (value as Matrix).data instanceof Float64Array;
}

/**
 * The matrices inside one param's optimizer state, in a fixed order: the state itself when it is
 * a matrix (a velocity), none for `null` (plain SGD), else its matrix fields in declaration order
 * (Adam's `m`, then `v`).
 */
export function stateMatrices(state: unknown): Matrix[] {
  if (state === null || state === undefined) return [];
  if (isMatrix(state)) return [state];
  return Object.values(state as Record<string, unknown>).filter(isMatrix);
}
