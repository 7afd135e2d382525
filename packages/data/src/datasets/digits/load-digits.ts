import { Matrix } from "@backprop/linalg";
import type { LabelledDataset } from "../labelled-dataset.js";
import { DIGITS_IMAGES, DIGITS_TARGET } from "./digits-data.js";

/** Options of {@link loadDigits}: scikit-learn's `load_digits` parameters, camelCased. */
export interface LoadDigitsOptions {
  /** Keep only the digits `0 … nClass − 1` (default 10: all of them). */
  nClass?: number;
}

const PIXELS = 64;

/**
 * The UCI optical handwritten digits, embedded: 1797 images of 8 × 8 pixels, each pixel a count
 * `0 … 16` of ink in a 4 × 4 block, flattened row by row into 64 columns `pixel_<row>_<col>`; the
 * same values in the same order as scikit-learn's `load_digits()`. `targetNames` is always
 * `"0" … "9"` (scikit-learn's `np.arange(10)`), even with `nClass` below 10.
 *
 * @throws RangeError unless `nClass` is an integer in `[0, 10]`.
 * @example
 * const { x, y, featureNames } = loadDigits();
 * x.shape;                         // [1797, 64]
 * Array.from(x.row(0).slice(0, 8)); // [0, 0, 5, 13, 9, 1, 0, 0]
 * featureNames[9];                 // "pixel_1_1"
 * y[0];                            // 0
 * loadDigits({ nClass: 2 }).x.rows; // 360
 */
export function loadDigits(options: LoadDigitsOptions = {}): LabelledDataset {
  const nClass = options.nClass ?? 10;
  if (!Number.isInteger(nClass) || nClass < 0 || nClass > 10) {
    throw new RangeError(`loadDigits: nClass must be an integer between 0 and 10. Received: nClass=${String(nClass)}.`);
  }
  const kept: number[] = [];
  for (let i = 0; i < DIGITS_TARGET.length; i++) if (DIGITS_TARGET.charCodeAt(i) - 48 < nClass) kept.push(i);
  const x = new Matrix(kept.length, PIXELS);
  const y = new Int32Array(kept.length);
  kept.forEach((image, i) => {
    y[i] = DIGITS_TARGET.charCodeAt(image) - 48;
    const text = DIGITS_IMAGES[image] as string;
    for (let j = 0; j < PIXELS; j++) x.data[i * PIXELS + j] = base17(text.charCodeAt(j));
  });
  return { x, y, featureNames: pixelNames(), targetNames: Array.from({ length: 10 }, (_, d) => String(d)) };
}

/** `"0"`–`"9"` → 0 … 9, `"a"`–`"g"` → 10 … 16. */
function base17(code: number): number {
  return code <= 57 ? code - 48 : code - 87;
}

function pixelNames(): string[] {
  return Array.from({ length: PIXELS }, (_, k) => `pixel_${Math.floor(k / 8)}_${k % 8}`);
}
