import { toRandomState } from "../random.js";
import { uniqueInverse, type Category } from "../unique.js";
import { checkFoldOptions, foldsFromAssignment, type Fold, type KFoldOptions } from "./k-fold.js";

/**
 * Stratified k-fold indices: each fold keeps the class proportions of `y`, exactly
 * scikit-learn's `StratifiedKFold(n_splits, shuffle, random_state).split(X, y)`. Classes are
 * taken in order of first appearance; fold `f` gets the class counts of every `nSplits`-th row of
 * the class-sorted labels starting at `f`; each class's rows get their fold numbers in blocks,
 * in row order — or, with `shuffle`, in the order of `RandomState.shuffle` applied to those
 * blocks, class after class (scikit-learn shuffles the fold numbers, not the rows).
 *
 * A class with fewer than `nSplits` members is refused: scikit-learn only warns ("The least
 * populated class in y has only 2 members, which is less than n_splits=5.") and then some test
 * folds lack that class, which breaks per-fold metrics such as ROC AUC. Lower `nSplits` instead.
 *
 * @throws RangeError when `y` is empty, `nSplits > y.length`, a class has fewer than `nSplits`
 *   members, or as {@link kFold}; TypeError for labels that are not numbers or strings.
 * @example
 * stratifiedKFold([0, 0, 0, 1, 1, 1], { nSplits: 3 }).map((f) => Array.from(f.test)); // [[0, 3], [1, 4], [2, 5]]
 */
export function stratifiedKFold(y: ArrayLike<Category>, options: KFoldOptions = {}): Fold[] {
  const op = "stratifiedKFold";
  if (y === null || typeof y !== "object" || typeof y.length !== "number") throw new TypeError(`${op}: y must be an array of labels. Received: y=${String(y)}.`);
  if (y.length === 0) throw new RangeError(`${op}: y must not be empty. Received: y.length=0.`);
  const nSplits = checkFoldOptions(op, y.length, options);
  const { classes, inverse } = uniqueInverse(op, "y", y);
  // Re-number the classes by first appearance, as scikit-learn does.
  const firstSeen = new Int32Array(classes.length).fill(-1);
  const byAppearance: number[] = [];
  inverse.forEach((c) => {
    if (firstSeen[c] === -1) firstSeen[c] = byAppearance.push(c) - 1;
  });
  const encoded = inverse.map((c) => firstSeen[c] as number);
  const counts = new Int32Array(classes.length);
  encoded.forEach((c) => (counts[c] as number)++);
  const smallest = counts.indexOf(Math.min(...counts));
  if ((counts[smallest] as number) < nSplits) {
    throw new RangeError(`${op}: every class needs at least nSplits members. Received: class ${JSON.stringify(classes[byAppearance[smallest] as number])} has ${counts[smallest]}, nSplits=${nSplits}.`);
  }
  const allocation = allocate(encoded, classes.length, nSplits);
  const rng = options.shuffle === true ? toRandomState(op, options.randomState) : undefined;
  const assignment = new Int32Array(y.length);
  for (let k = 0; k < classes.length; k++) {
    const folds: number[] = [];
    for (let f = 0; f < nSplits; f++) for (let r = 0; r < (allocation[f * classes.length + k] as number); r++) folds.push(f);
    rng?.shuffle(folds);
    let next = 0;
    encoded.forEach((c, i) => {
      if (c === k) assignment[i] = folds[next++] as number;
    });
  }
  return foldsFromAssignment(assignment, nSplits);
}

/** `allocation[f][k]` = how many of class `k` fold `f` tests: counts in `sort(encoded)[f::nSplits]`. */
function allocate(encoded: Int32Array, nClasses: number, nSplits: number): Int32Array {
  const sorted = Int32Array.from(encoded).sort();
  const allocation = new Int32Array(nSplits * nClasses);
  sorted.forEach((c, i) => (allocation[(i % nSplits) * nClasses + c] as number)++);
  return allocation;
}
