import { Matrix } from "@backprop/linalg";
import type { Dataset } from "../dataset.js";
import { checkInteger, checkNumber, readOptions } from "../checks.js";
import { checkSampleCount, maxSamplesOption } from "./generator-options.js";
import { toRandomState, type RandomStateLike } from "../random.js";

/** Options of {@link xor}. Leave `nSamples` out for the 4-row truth table. */
export interface XorOptions {
  /** Number of random points in `[−5.3, 5.3]²`; omitted: the 4-point truth table. */
  nSamples?: number;
  /** Label noise as in TensorFlow Playground, in `[0, 1]` (default 0). */
  noise?: number;
  /** Seed or generator for the random version. */
  randomState?: RandomStateLike;
  /** Refuse more samples than this (default `MAX_SAMPLES` = 10⁷); raise it to go past. */
  maxSamples?: number;
}

const KEYS = ["nSamples", "noise", "randomState", "maxSamples"];

/**
 * The XOR problem. Without `nSamples`: the truth table `x = [[0,0],[0,1],[1,0],[1,1]]`,
 * `y = [0,1,1,0]`. With `nSamples`: TensorFlow Playground's quadrant version — each point is
 * `u ± 0.3` per axis (`u ~ U(−5, 5)`, pushed away from the axis), labelled 1 when the point moved
 * by `noise·U(−5, 5)` per axis has coordinates of opposite signs (`x₁·x₂ < 0`), else 0.
 * Draw order per point: `x₁, x₂, noise₁, noise₂`.
 *
 * @throws RangeError when `nSamples` is not an integer between 1 and `maxSamples` or `noise` is
 *   outside `[0, 1]`; TypeError for an unknown option.
 * @example
 * xor().y;                                       // Int32Array [0, 1, 1, 0]
 * xor({ nSamples: 200, noise: 0.1, randomState: 0 }).x.shape; // [200, 2]
 */
export function xor(options: XorOptions = {}): Dataset {
  const { nSamples, noise = 0, maxSamples } = readOptions("xor", options, KEYS);
  const limit = maxSamplesOption("xor", maxSamples);
  if (nSamples === undefined) {
    if (options.noise !== undefined) {
      throw new RangeError(`xor: noise needs nSamples (the 4-row truth table has no noise). Received: noise=${String(options.noise)}, nSamples=undefined.`);
    }
    return { x: Matrix.from([[0, 0], [0, 1], [1, 0], [1, 1]]), y: Int32Array.from([0, 1, 1, 0]) };
  }
  checkInteger("xor", "nSamples", nSamples, 1);
  checkSampleCount("xor", "nSamples", nSamples, limit, 2);
  checkNumber("xor", "noise", noise, 0);
  if (noise > 1) throw new RangeError(`xor: noise must be between 0 and 1. Received: noise=${noise}.`);
  const rng = toRandomState("xor", options.randomState);
  const x = new Matrix(nSamples, 2);
  const y = new Int32Array(nSamples);
  for (let i = 0; i < nSamples; i++) {
    const a = pad(rng.uniform(-5, 5));
    const b = pad(rng.uniform(-5, 5));
    const na = rng.uniform(-5, 5) * noise;
    const nb = rng.uniform(-5, 5) * noise;
    x.data[2 * i] = a;
    x.data[2 * i + 1] = b;
    y[i] = (a + na) * (b + nb) < 0 ? 1 : 0;
  }
  return { x, y };
}

function pad(v: number): number {
  return v > 0 ? v + 0.3 : v - 0.3;
}
