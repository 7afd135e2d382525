import { toRandomState, type RandomStateLike } from "../random.js";

/** One cross-validation fold: the rows to train on and the rows to test on, both ascending. */
export interface Fold {
  train: Int32Array;
  test: Int32Array;
}

/** Options of {@link kFold} and {@link stratifiedKFold}, scikit-learn's keywords. */
export interface KFoldOptions {
  /** Number of folds, an integer ≥ 2 (default 5). */
  nSplits?: number;
  /** Shuffle before cutting into folds (default false); otherwise folds are consecutive. */
  shuffle?: boolean;
  /** Seed or generator for the shuffle (scikit-learn's `random_state`); only with `shuffle: true`. */
  randomState?: RandomStateLike;
}

/** Checks the shared options and returns `nSplits`. */
export function checkFoldOptions(op: string, n: number, options: KFoldOptions): number {
  const { nSplits = 5, shuffle = false, randomState } = options;
  if (typeof nSplits !== "number" || !Number.isInteger(nSplits) || nSplits < 2) {
    throw new RangeError(`${op}: nSplits must be an integer ≥ 2 (at least one train/test split). Received: nSplits=${String(nSplits)}.`);
  }
  if (typeof shuffle !== "boolean") throw new TypeError(`${op}: shuffle must be true or false. Received: shuffle=${String(shuffle)}.`);
  if (!shuffle && randomState !== undefined) {
    throw new RangeError(`${op}: randomState has no effect without shuffle; leave it out or set shuffle: true. Received: shuffle=false, randomState=${String(randomState)}.`);
  }
  if (nSplits > n) throw new RangeError(`${op}: nSplits must not exceed the number of samples. Received: nSplits=${nSplits}, samples=${n}.`);
  return nSplits;
}

/** Turns a fold number per row into the folds: fold `f` tests the rows marked `f`, trains on the rest. */
export function foldsFromAssignment(assignment: Int32Array, nSplits: number): Fold[] {
  return Array.from({ length: nSplits }, (_, f) => {
    const test: number[] = [];
    const train: number[] = [];
    assignment.forEach((a, i) => (a === f ? test : train).push(i));
    return { train: Int32Array.from(train), test: Int32Array.from(test) };
  });
}

/**
 * K-fold cross-validation indices for `n` rows, exactly scikit-learn's `KFold(n_splits, shuffle,
 * random_state).split`: the rows (shuffled by `RandomState.shuffle` when `shuffle`) are cut into
 * `nSplits` consecutive folds, the first `n mod nSplits` one row larger.
 *
 * @throws RangeError unless `n` is an integer ≥ 1 and `2 ≤ nSplits ≤ n`, or for a `randomState`
 *   without `shuffle` (scikit-learn raises for both); TypeError for a non-boolean `shuffle`.
 * @example
 * kFold(5, { nSplits: 2 }).map((f) => Array.from(f.test));                                    // [[0, 1, 2], [3, 4]]
 * kFold(6, { nSplits: 3, shuffle: true, randomState: 0 }).map((f) => Array.from(f.test));     // [[2, 5], [1, 3], [0, 4]]
 */
export function kFold(n: number, options: KFoldOptions = {}): Fold[] {
  const op = "kFold";
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1) throw new RangeError(`${op}: n must be an integer ≥ 1. Received: n=${String(n)}.`);
  const nSplits = checkFoldOptions(op, n, options);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  if (options.shuffle === true) toRandomState(op, options.randomState).shuffle(order);
  const assignment = new Int32Array(n);
  let start = 0;
  for (let f = 0; f < nSplits; f++) {
    const size = Math.floor(n / nSplits) + (f < n % nSplits ? 1 : 0);
    for (let i = start; i < start + size; i++) assignment[order[i] as number] = f;
    start += size;
  }
  return foldsFromAssignment(assignment, nSplits);
}
