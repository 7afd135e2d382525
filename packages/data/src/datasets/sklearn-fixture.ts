// Test helper (not exported): compares a loader's output with the fixture make-datasets.py wrote.
import { createHash } from "node:crypto";
import { expect } from "vitest";
import type { Matrix } from "@backprop/linalg";

/** What make-datasets.py records of one scikit-learn loader call. */
export interface LoaderSummary {
  shape: [number, number];
  x_sha256: string;
  y_sha256: string;
  rows: { index: number[]; x: number[][]; y: number[] };
}

export interface LoaderFixture extends LoaderSummary {
  feature_names: string[];
  target_names?: string[];
}

/** sha256 of the values as little-endian float64, as NumPy's `astype("<f8").tobytes()`. */
export function float64Sha256(values: ArrayLike<number>): string {
  const bytes = new Uint8Array(Float64Array.from(values).buffer);
  return createHash("sha256").update(bytes).digest("hex");
}

/** Same shape, same bits everywhere (by hash), and the sampled rows value for value (`Object.is`). */
export function expectSameAsSklearn(x: Matrix, y: ArrayLike<number>, expected: LoaderSummary): void {
  expect(x.shape).toEqual(expected.shape);
  expect(y.length).toBe(expected.shape[0]);
  expected.rows.index.forEach((i, k) => {
    expect(Array.from(x.row(i)), `row ${i}`).toEqual(expected.rows.x[k]);
    expect(y[i], `y[${i}]`).toBe(expected.rows.y[k]);
  });
  expect(float64Sha256(x.data), "sha256 of x").toBe(expected.x_sha256);
  expect(float64Sha256(y), "sha256 of y").toBe(expected.y_sha256);
}
