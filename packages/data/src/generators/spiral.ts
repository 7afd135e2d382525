import { Matrix } from "@backprop/linalg";
import type { Dataset } from "../dataset.js";
import { checkInteger, readOptions } from "../checks.js";
import { checkMagnitude, checkSampleCount, maxSamplesOption } from "./generator-options.js";
import { toRandomState, type RandomStateLike } from "../random.js";
import { linspace } from "./linspace.js";

/** Options of {@link spiral}. */
export interface SpiralOptions {
  /** Points per arm (default 100). */
  nSamplesPerClass?: number;
  /** Number of arms, one class each (default 3). */
  nClasses?: number;
  /** Standard deviation of the angle noise, at most 1e100 (default 0.2). */
  noise?: number;
  /** Seed or generator. */
  randomState?: RandomStateLike;
  /** Refuse more samples in all (`nSamplesPerClass × nClasses`) than this (default `MAX_SAMPLES` = 10⁷). */
  maxSamples?: number;
}

const KEYS = ["nSamplesPerClass", "nClasses", "noise", "randomState", "maxSamples"];

/**
 * The spiral of Stanford CS231n's "neural network case study", draw for draw: arm `j` has
 * `r = linspace(0, 1, N)`, `t = linspace(4j, 4(j+1), N) + noise·randn(N)` and points
 * `(r·sin t, r·cos t)`, labelled `j`, arms in order (not shuffled). With
 * `randomState: s` it equals that NumPy code after `np.random.seed(s)`.
 *
 * @throws RangeError when a count is not a positive integer, the total is over `maxSamples` or
 *   `noise` is negative or over 1e100; TypeError for an unknown option.
 * @example
 * const { x, y } = spiral({ nSamplesPerClass: 100, nClasses: 3, randomState: 0 });
 * x.shape; // [300, 2]
 * y[150];  // 1
 */
export function spiral(options: SpiralOptions = {}): Dataset {
  const { nSamplesPerClass = 100, nClasses = 3, noise = 0.2, maxSamples } = readOptions("spiral", options, KEYS);
  checkInteger("spiral", "nSamplesPerClass", nSamplesPerClass, 1);
  checkInteger("spiral", "nClasses", nClasses, 1);
  checkSampleCount("spiral", "nSamplesPerClass × nClasses", nSamplesPerClass * nClasses, maxSamplesOption("spiral", maxSamples), 2);
  checkMagnitude("spiral", "noise", noise, 0);
  const rng = toRandomState("spiral", options.randomState);
  const n = nSamplesPerClass;
  const x = new Matrix(n * nClasses, 2);
  const y = new Int32Array(n * nClasses);
  const r = linspace(0, 1, n);
  for (let j = 0; j < nClasses; j++) {
    const base = linspace(j * 4, (j + 1) * 4, n);
    const z = rng.standardNormal(n);
    for (let i = 0; i < n; i++) {
      const t = (base[i] as number) + (z[i] as number) * noise;
      const row = j * n + i;
      x.data[2 * row] = (r[i] as number) * Math.sin(t);
      x.data[2 * row + 1] = (r[i] as number) * Math.cos(t);
      y[row] = j;
    }
  }
  return { x, y };
}
