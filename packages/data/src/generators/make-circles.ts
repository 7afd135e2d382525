import { readOptions } from "../checks.js";
import type { Dataset } from "../dataset.js";
import { toRandomState, type RandomStateLike } from "../random.js";
import { linspace } from "./linspace.js";
import { finishTwoGroups, splitCounts, type SampleCounts } from "./two-groups.js";
import { checkBoolean, maxSamplesOption } from "./generator-options.js";

const KEYS = ["nSamples", "shuffle", "noise", "factor", "randomState", "maxSamples"];

/** Options of {@link makeCircles}, scikit-learn's `make_circles` parameters. */
export interface MakeCirclesOptions {
  /** Total points (outer gets `⌊n/2⌋`), or `[outer, inner]` (default 100). */
  nSamples?: SampleCounts;
  /** Shuffle the samples (default true). */
  shuffle?: boolean;
  /** Standard deviation of Gaussian noise added to every coordinate, at most 1e100 (default none). */
  noise?: number;
  /** Inner radius relative to the outer one, in `[0, 1)` (default 0.8). */
  factor?: number;
  /** Seed or generator (scikit-learn's `random_state`). */
  randomState?: RandomStateLike;
  /** Refuse more samples than this (default `MAX_SAMPLES` = 10⁷); raise it to go past. */
  maxSamples?: number;
}

/**
 * A large circle (label 0) around a smaller one (label 1), as scikit-learn's `make_circles`:
 * `(cos θ, sin θ)` and `factor·(cos θ, sin θ)` with `θ` evenly spaced in `[0, 2π)`; same numbers
 * as scikit-learn for the same `randomState`.
 *
 * @throws RangeError when `factor` is outside `[0, 1)`, `noise` is negative or over 1e100, or
 *   `nSamples` is over `maxSamples`; TypeError for an unknown option.
 * @example
 * const { x, y } = makeCircles({ nSamples: 4, shuffle: false, factor: 0.5 });
 * x.toArray(); // [[1, 0], [-1, 1.2246467991473532e-16], [0.5, 0], [-0.5, 6.123233995736766e-17]]
 * y;           // Int32Array [0, 0, 1, 1]
 */
export function makeCircles(options: MakeCirclesOptions = {}): Dataset {
  const { nSamples = 100, shuffle = true, noise, factor = 0.8, maxSamples } = readOptions("makeCircles", options, KEYS);
  checkBoolean("makeCircles", "shuffle", shuffle);
  if (typeof factor !== "number" || !(factor >= 0 && factor < 1)) {
    throw new RangeError(`makeCircles: factor must be between 0 (inclusive) and 1 (exclusive). Received: factor=${factor}.`);
  }
  const [nOut, nIn] = splitCounts("makeCircles", nSamples, maxSamplesOption("makeCircles", maxSamples));
  const rng = toRandomState("makeCircles", options.randomState);
  const tOut = linspace(0, 2 * Math.PI, nOut, false);
  const tIn = linspace(0, 2 * Math.PI, nIn, false);
  return finishTwoGroups(
    "makeCircles",
    [tOut.map(Math.cos), tIn.map((t) => Math.cos(t) * factor)],
    [tOut.map(Math.sin), tIn.map((t) => Math.sin(t) * factor)],
    shuffle,
    noise,
    rng,
  );
}
