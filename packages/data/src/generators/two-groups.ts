import { Matrix, type RandomState } from "@backprop/linalg";
import type { Dataset } from "../dataset.js";
import { checkInteger } from "../checks.js";
import { checkMagnitude, checkSampleCount } from "./generator-options.js";
import { shuffleSamples } from "./shuffle-samples.js";

/** A total (the first group gets `⌊n/2⌋`, the second the rest) or a `[first, second]` pair. */
export type SampleCounts = number | readonly [number, number];

/**
 * Splits `nSamples` as scikit-learn's `make_circles`/`make_moons`: `[⌊n/2⌋, n − ⌊n/2⌋]`,
 * refusing a total over `maxSamples` before anything is allocated.
 */
export function splitCounts(op: string, nSamples: SampleCounts, maxSamples: number): [number, number] {
  if (typeof nSamples === "number") {
    checkInteger(op, "nSamples", nSamples, 0);
    checkSampleCount(op, "nSamples", nSamples, maxSamples, 2);
    const first = Math.floor(nSamples / 2);
    return [first, nSamples - first];
  }
  if (!Array.isArray(nSamples) || nSamples.length !== 2) {
    throw new TypeError(`${op}: nSamples must be an integer or a pair [first, second]. Received: nSamples=${JSON.stringify(nSamples)}.`);
  }
  checkInteger(op, "nSamples[0]", nSamples[0], 0);
  checkInteger(op, "nSamples[1]", nSamples[1], 0);
  checkSampleCount(op, "nSamples[0] + nSamples[1]", nSamples[0] + nSamples[1], maxSamples, 2);
  return [nSamples[0], nSamples[1]];
}

/**
 * Stacks two point groups labelled 0 and 1, then (as scikit-learn) shuffles them and adds
 * `N(0, noise²)` to every coordinate, in that draw order.
 */
export function finishTwoGroups(
  op: string,
  xs: [Float64Array, Float64Array],
  ys: [Float64Array, Float64Array],
  shuffle: boolean,
  noise: number | undefined,
  rng: RandomState,
): Dataset {
  if (noise !== undefined) checkMagnitude(op, "noise", noise, 0);
  const n0 = xs[0].length;
  const n = n0 + xs[1].length;
  const x = new Matrix(n, 2);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const g = i < n0 ? 0 : 1;
    const k = i - g * n0;
    x.data[2 * i] = xs[g][k] as number;
    x.data[2 * i + 1] = ys[g][k] as number;
    y[i] = g;
  }
  const data = shuffle ? shuffleSamples({ x, y }, rng) : { x, y };
  if (noise !== undefined) {
    const eps = rng.normal(0, noise, n * 2);
    for (let k = 0; k < eps.length; k++) data.x.data[k] = (data.x.data[k] as number) + (eps[k] as number);
  }
  return data;
}
