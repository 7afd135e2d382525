import { readOptions } from "../checks.js";
import type { Dataset } from "../dataset.js";
import { toRandomState, type RandomStateLike } from "../random.js";
import { linspace } from "./linspace.js";
import { finishTwoGroups, splitCounts, type SampleCounts } from "./two-groups.js";
import { checkBoolean, maxSamplesOption } from "./generator-options.js";

const KEYS = ["nSamples", "shuffle", "noise", "randomState", "maxSamples"];

/** Options of {@link makeMoons}, scikit-learn's `make_moons` parameters. */
export interface MakeMoonsOptions {
  /** Total points (first moon gets `⌊n/2⌋`), or `[first, second]` (default 100). */
  nSamples?: SampleCounts;
  /** Shuffle the samples (default true). */
  shuffle?: boolean;
  /** Standard deviation of Gaussian noise added to every coordinate, at most 1e100 (default none). */
  noise?: number;
  /** Refuse more samples than this (default `MAX_SAMPLES` = 10⁷); raise it to go past. */
  maxSamples?: number;
  /** Seed or generator (scikit-learn's `random_state`). */
  randomState?: RandomStateLike;
}

/**
 * Two interleaving half circles, as scikit-learn's `make_moons`: `(cos θ, sin θ)` (label 0) and
 * `(1 − cos θ, 1 − sin θ − 0.5)` (label 1) for `θ` evenly spaced in `[0, π]`; same numbers as
 * scikit-learn for the same `randomState`.
 *
 * @throws RangeError when `noise` is negative or over 1e100, or a count is not an integer ≥ 0 or
 *   over `maxSamples`; TypeError for an unknown option.
 * @example
 * const { x, y } = makeMoons({ nSamples: 4, shuffle: false });
 * x.toArray(); // [[1, 0], [-1, 1.2246467991473532e-16], [0, 0.5], [2, 0.4999999999999999]]
 * y;           // Int32Array [0, 0, 1, 1]
 */
export function makeMoons(options: MakeMoonsOptions = {}): Dataset {
  const { nSamples = 100, shuffle = true, noise, maxSamples } = readOptions("makeMoons", options, KEYS);
  checkBoolean("makeMoons", "shuffle", shuffle);
  const [nOut, nIn] = splitCounts("makeMoons", nSamples, maxSamplesOption("makeMoons", maxSamples));
  const rng = toRandomState("makeMoons", options.randomState);
  const tOut = linspace(0, Math.PI, nOut);
  const tIn = linspace(0, Math.PI, nIn);
  return finishTwoGroups(
    "makeMoons",
    [tOut.map(Math.cos), tIn.map((t) => 1 - Math.cos(t))],
    [tOut.map(Math.sin), tIn.map((t) => 1 - Math.sin(t) - 0.5)],
    shuffle,
    noise,
    rng,
  );
}
