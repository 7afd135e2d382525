import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  Matrix, add, addRowVector, addScaled, argmax, clip, div, formatShape, isMatrix, map, matmul, matmulABt, matmulAtB,
  max, mean, mul, scale, sub, sum, transpose,
} from "./index.js";

// Every public op of linalg, fed arbitrary JavaScript values: it must either return a result of
// its documented type or throw a TypeError/RangeError (ShapeError is one) whose message starts
// with the op's name and reads "op: rule. Received: ….", never an error of the engine's own
// ("Cannot read properties of null", "Invalid typed array length", "Cannot mix BigInt …").

type Kind = "matrix" | "number" | "boolean" | "string" | "int32" | "row" | "void" | "sum";

/** [name in messages, most arguments, call, what a success returns]. Methods run on a fresh 2×3 matrix. */
const OPS: [string, number, (...args: unknown[]) => unknown, Kind][] = [
  ["Matrix", 3, (r, c, d) => new Matrix(r as never, c as never, d as never), "matrix"],
  ["Matrix.zeros", 2, (r, c) => Matrix.zeros(r as never, c as never), "matrix"],
  ["Matrix.ones", 2, (r, c) => Matrix.ones(r as never, c as never), "matrix"],
  ["Matrix.fill", 3, (r, c, v) => Matrix.fill(r as never, c as never, v as never), "matrix"],
  ["Matrix.identity", 1, (n) => Matrix.identity(n as never), "matrix"],
  ["Matrix.from", 1, (rows) => Matrix.from(rows as never), "matrix"],
  ["Matrix.fromRows", 1, (rows) => Matrix.fromRows(rows as never), "matrix"],
  ["Matrix.fromArray", 3, (v, r, c) => Matrix.fromArray(v as never, r as never, c as never), "matrix"],
  ["Matrix.column", 1, (v) => Matrix.column(v as never), "matrix"],
  ["get", 2, (i, j) => receiver().get(i as never, j as never), "number"],
  ["set", 3, (i, j, v) => receiver().set(i as never, j as never, v as never), "void"],
  ["row", 1, (i) => receiver().row(i as never), "row"],
  ["copyFrom", 1, (m) => receiver().copyFrom(m as never), "matrix"],
  ["equals", 1, (m) => receiver().equals(m as never), "boolean"],
  ["allClose", 2, (m, o) => receiver().allClose(m as never, o as never), "boolean"],
  ["add", 3, (a, b, o) => add(a as never, b as never, o as never), "matrix"],
  ["sub", 3, (a, b, o) => sub(a as never, b as never, o as never), "matrix"],
  ["mul", 3, (a, b, o) => mul(a as never, b as never, o as never), "matrix"],
  ["div", 3, (a, b, o) => div(a as never, b as never, o as never), "matrix"],
  ["scale", 3, (a, s, o) => scale(a as never, s as never, o as never), "matrix"],
  ["addScaled", 4, (a, b, s, o) => addScaled(a as never, b as never, s as never, o as never), "matrix"],
  ["map", 3, (a, f, o) => map(a as never, f as never, o as never), "matrix"],
  ["clip", 4, (a, lo, hi, o) => clip(a as never, lo as never, hi as never, o as never), "matrix"],
  ["addRowVector", 3, (a, r, o) => addRowVector(a as never, r as never, o as never), "matrix"],
  ["sum", 3, (a, axis, o) => sum(a as never, axis as never, o as never), "sum"],
  ["mean", 3, (a, axis, o) => mean(a as never, axis as never, o as never), "sum"],
  ["max", 3, (a, axis, o) => max(a as never, axis as never, o as never), "sum"],
  ["argmax", 2, (a, o) => argmax(a as never, o as never), "int32"],
  ["matmul", 3, (a, b, o) => matmul(a as never, b as never, o as never), "matrix"],
  ["matmulAtB", 3, (a, b, o) => matmulAtB(a as never, b as never, o as never), "matrix"],
  ["matmulABt", 3, (a, b, o) => matmulABt(a as never, b as never, o as never), "matrix"],
  ["transpose", 2, (a, o) => transpose(a as never, o as never), "matrix"],
  ["formatShape", 1, (m) => formatShape(m as never), "string"],
  ["isMatrix", 1, (v) => isMatrix(v), "boolean"],
];

function receiver(): Matrix {
  return Matrix.from([[1, 2, 3], [4, 5, 6]]);
}

/** Matrices of a few shapes, so that two drawn matrices often agree (and the op runs to the end). */
const matrices = fc
  .constantFrom([2, 3], [3, 2], [1, 3], [2, 2], [0, 3], [3, 1])
  .chain(([r, c]) => fc.array(fc.double(), { minLength: r! * c!, maxLength: r! * c! }).map((v) => new Matrix(r!, c!, Float64Array.from(v))));

/** Values a caller gets wrong: wrong types, near-matrices, sizes past MAX_ELEMENTS, odd numbers. */
const oddValues = fc.constantFrom<unknown>(
  null, undefined, NaN, Infinity, -Infinity, -0, -1, 1.5, 2 ** 28 + 1, 1e5, 1e300, "", "x", "2", true, 10n, Symbol("s"),
  () => 0, Math.sin, [], [[1, 2, 3], [4, 5, 6]], [[1], [2, 3]], [1, 2, 3], {}, Object.create(null), new Map(),
  { rtol: 0 }, { atol: -1 }, { length: 3 }, { rows: 2, cols: 3 }, { rows: 2, cols: 3, data: [1, 2, 3, 4, 5, 6] },
  { rows: 2, cols: 3, data: new Float64Array(5) }, { rows: -1, cols: 3, data: new Float64Array(0) },
  new Float64Array(6), new Float32Array(6), new Int32Array(2), new Int32Array(3),
);

/** Fresh each time: an op may write into an argument (that is what out is for). */
const anyValue = fc.oneof(
  { arbitrary: matrices, weight: 5 },
  { arbitrary: oddValues, weight: 4 },
  { arbitrary: fc.integer({ min: -1, max: 6 }), weight: 3 },
  { arbitrary: fc.anything(), weight: 1 },
);

const ENGINE_MESSAGES = /Cannot read propert|Cannot convert|Cannot mix BigInt|Cannot destructure|is not a function|is not iterable|Invalid typed array length|allocation failed/;

function checkResult(kind: Kind, result: unknown): void {
  switch (kind) {
    case "matrix":
      expect(isMatrix(result)).toBe(true);
      break;
    case "sum":
      expect(typeof result === "number" || isMatrix(result)).toBe(true);
      break;
    case "int32":
      expect(result).toBeInstanceOf(Int32Array);
      break;
    case "row":
      expect(result).toBeInstanceOf(Float64Array);
      break;
    case "void":
      expect(result).toBeUndefined();
      break;
    default:
      expect(typeof result).toBe(kind);
  }
}

describe("every public op answers any argument with a result or its own error", () => {
  it.each(OPS)("%s", (name, arity, call, kind) => {
    fc.assert(
      fc.property(fc.array(anyValue, { maxLength: arity }), (args) => {
        let result: unknown;
        try {
          result = call(...args);
        } catch (error) {
          expect(error instanceof TypeError || error instanceof RangeError, String(error)).toBe(true);
          const message = (error as Error).message;
          expect(message).not.toMatch(ENGINE_MESSAGES);
          expect(message.startsWith(`${name}: `), message).toBe(true);
          expect(message, message).toMatch(/^[^:]+: .+ (Received|Expected one of): .+\.$/s);
          return;
        }
        checkResult(kind, result);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
