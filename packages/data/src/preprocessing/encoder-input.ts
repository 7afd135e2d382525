import { Matrix } from "@backprop/linalg";
import type { Category } from "../unique.js";

/**
 * What the encoders accept: a `Matrix`, rows of numbers or strings (`[["red", "S"], …]`), or a
 * flat array / typed array read as a single column (e.g. the label vector `y`).
 */
export type EncoderInput = Matrix | ArrayLike<number> | readonly string[] | readonly (readonly Category[])[];

/** `input` as its columns (each an array of categories) plus its row count. */
export function toColumns(op: string, input: EncoderInput): { rows: number; columns: Category[][] } {
  if (input instanceof Matrix) {
    const columns = Array.from({ length: input.cols }, (_, j) => Array.from({ length: input.rows }, (_, i) => input.get(i, j)));
    return { rows: input.rows, columns };
  }
  if (typeof input !== "object" || input === null || typeof (input as ArrayLike<unknown>).length !== "number") {
    throw new TypeError(`${op}: x must be a Matrix, an array of rows or a flat array of labels. Received: x=${String(input)}.`);
  }
  const list = input as ArrayLike<unknown>;
  if (list.length > 0 && Array.isArray(list[0])) {
    const rows = list as readonly (readonly Category[])[];
    const width = (rows[0] as readonly Category[]).length;
    rows.forEach((row, i) => {
      if (!Array.isArray(row) || row.length !== width) {
        throw new RangeError(`${op}: every row must have ${width} values. Received: row ${i} has ${Array.isArray(row) ? row.length : String(row)}.`);
      }
    });
    return { rows: rows.length, columns: Array.from({ length: width }, (_, j) => rows.map((r) => r[j] as Category)) };
  }
  return { rows: list.length, columns: [Array.from(list as ArrayLike<Category>)] };
}
