import { ShapeError, formatShape, isMatrix } from "@backprop/linalg";
import type { Param } from "@backprop/linalg";
import { shown } from "./options.js";

/**
 * Checks one param; builds the message (naming `name + method`) only when throwing, so a step
 * allocates nothing.
 */
export function assertParam(name: string, method: string, p: Param): void {
  if (p === null || typeof p !== "object" || p.value === undefined || p.grad === undefined) {
    throw new TypeError(`${name}${method}: every param must be { name, value, grad }. Received: ${shown(p)}.`);
  }
  if (!isMatrix(p.value) || !isMatrix(p.grad)) {
    const field = isMatrix(p.value) ? "grad" : "value";
    throw new TypeError(`${name}${method}: a param's value and grad must be matrices. Received: ${String(p.name)}.${field}=${describe(p[field])}.`);
  }
  if (p.value.rows !== p.grad.rows || p.value.cols !== p.grad.cols) {
    throw new ShapeError(
      `${name}${method}: a param's grad must have its value's shape. Received: ${p.name}.value.shape=${formatShape(p.value)}, grad.shape=${formatShape(p.grad)}.`,
    );
  }
}

function describe(value: unknown): string {
  if (typeof value !== "object" || value === null) return shown(value);
  if (Array.isArray(value)) return "an array";
  const { rows, cols } = value as { rows?: unknown; cols?: unknown };
  return `an object with rows=${shown(rows)}, cols=${shown(cols)} whose data is not a Float64Array of rows × cols values`;
}
