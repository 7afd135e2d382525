import { asMatrix, type MatrixInput } from "../preprocessing/input-checks.js";
import { Matrix, ShapeError } from "@backprop/linalg";
import { toRandomState, type RandomStateLike } from "../random.js";
import type { Category } from "../unique.js";
import { splitSizes, type SplitSize } from "./split-sizes.js";
import { shuffledIndices, stratifiedIndices } from "./split-indices.js";
import { rowKeys } from "./row-keys.js";
import { sampleCount, take, type SplitTarget, type Taken } from "./take.js";

/** Options of {@link trainTestSplit}, scikit-learn's `train_test_split` keywords. */
export interface TrainTestSplitOptions {
  /** Test rows: a count (integer ≥ 1) or a fraction in `(0, 1)`, rounded up (default 0.25 when neither size is given). */
  testSize?: SplitSize;
  /** Train rows: a count or a fraction, rounded down (default: the rest). */
  trainSize?: SplitSize;
  /** Shuffle before splitting (default true); `false` keeps the first rows for training. */
  shuffle?: boolean;
  /** Class labels to keep in the same proportions in both sets (usually `y`); a Matrix (e.g. one-hot) stratifies by whole rows. */
  stratify?: ArrayLike<Category> | Matrix;
  /** Seed or generator (scikit-learn's `random_state`). */
  randomState?: RandomStateLike;
}

/** {@link trainTestSplit}'s result; `trainIndices`/`testIndices` are the rows of the input taken. */
export interface TrainTestSplit<Y extends SplitTarget> {
  xTrain: Matrix;
  xTest: Matrix;
  yTrain: Taken<Y>;
  yTest: Taken<Y>;
  trainIndices: Int32Array;
  testIndices: Int32Array;
}

/**
 * Splits rows into train and test sets exactly as scikit-learn's `train_test_split`: the same
 * sizes (`nTest = ⌈testSize·n⌉`, `nTrain = ⌊trainSize·n⌋`) and, for the same `randomState`, the
 * same rows in the same order — `ShuffleSplit` or, with `stratify`, `StratifiedShuffleSplit`.
 * `y` keeps its type (a `Matrix`, typed array or plain array).
 *
 * @throws ShapeError when `x` and `y` have different numbers of rows; RangeError for bad sizes,
 *   `stratify` with `shuffle: false`, or a class with fewer than 2 members.
 * @example
 * const { x, y } = loadIris();
 * const s = trainTestSplit(x, y, { testSize: 0.2, randomState: 42 });
 * s.xTrain.shape;            // [120, 4]
 * Array.from(s.testIndices.slice(0, 5)); // [73, 18, 118, 78, 76] — as scikit-learn
 */
export function trainTestSplit<Y extends SplitTarget>(input: MatrixInput, y: Y, options: TrainTestSplitOptions = {}): TrainTestSplit<Y> {
  const { testSize, trainSize, shuffle = true, stratify } = options;
  const x = asMatrix("trainTestSplit", input);
  if (!(x instanceof Matrix)) throw new TypeError(`trainTestSplit: x must be a Matrix or an array of rows (number[][]). Received: x=${String(x)}.`);
  const n = x.rows;
  if (sampleCount(y) !== n) {
    throw new ShapeError(`trainTestSplit: x and y must have the same number of samples. Received: x.rows=${n}, y has ${sampleCount(y)}.`);
  }
  const labels = stratify instanceof Matrix ? rowKeys(stratify) : stratify;
  if (labels !== undefined && labels.length !== n) {
    throw new ShapeError(`trainTestSplit: stratify must have one label per sample. Received: ${labels.length} labels, x.rows=${n}.`);
  }
  const [nTrain, nTest] = splitSizes(n, testSize, trainSize);
  let train: Int32Array, test: Int32Array;
  if (!shuffle) {
    if (labels !== undefined) throw new RangeError("trainTestSplit: stratify needs shuffle: true (scikit-learn has no unshuffled stratified split). Received: shuffle=false.");
    train = Int32Array.from({ length: nTrain }, (_, i) => i);
    test = Int32Array.from({ length: nTest }, (_, i) => nTrain + i);
  } else {
    const rng = toRandomState("trainTestSplit", options.randomState);
    [train, test] = labels === undefined ? shuffledIndices(n, nTrain, nTest, rng) : stratifiedIndices(labels, nTrain, nTest, rng);
  }
  return {
    xTrain: take(x, train),
    xTest: take(x, test),
    yTrain: take(y, train),
    yTest: take(y, test),
    trainIndices: train,
    testIndices: test,
  };
}
