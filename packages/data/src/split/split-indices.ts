import type { RandomState } from "@backprop/linalg";
import { uniqueInverse, type Category } from "../unique.js";
import { approximateMode } from "./approximate-mode.js";

const OP = "trainTestSplit";

/** scikit-learn's `ShuffleSplit`: `perm = rng.permutation(n)`; test `perm[:nTest]`, train the next `nTrain`. */
export function shuffledIndices(n: number, nTrain: number, nTest: number, rng: RandomState): [Int32Array, Int32Array] {
  const perm = rng.permutation(n);
  return [perm.slice(nTest, nTest + nTrain), perm.slice(0, nTest)];
}

/**
 * scikit-learn's `StratifiedShuffleSplit`, draw for draw: per-class train and test counts by
 * {@link approximateMode}, each class's rows (in order) permuted, the first `nᵢ` to train and the
 * next `tᵢ` to test, then both sets permuted.
 * @throws RangeError when a class has fewer than 2 members or a set is smaller than the class count.
 */
export function stratifiedIndices(stratify: ArrayLike<Category>, nTrain: number, nTest: number, rng: RandomState): [Int32Array, Int32Array] {
  const { classes, inverse } = uniqueInverse(OP, "stratify", stratify);
  const members: number[][] = classes.map(() => []);
  inverse.forEach((c, i) => (members[c] as number[]).push(i));
  const counts = members.map((m) => m.length);
  const smallest = counts.indexOf(Math.min(...counts));
  if ((counts[smallest] as number) < 2) {
    throw new RangeError(`${OP}: every class in stratify needs at least 2 members. Received: class ${JSON.stringify(classes[smallest])} has 1.`);
  }
  if (nTrain < classes.length || nTest < classes.length) {
    throw new RangeError(`${OP}: with stratify, the train and test sets need at least one row per class. Received: nTrain=${nTrain}, nTest=${nTest}, nClasses=${classes.length}.`);
  }
  const nI = approximateMode(counts, nTrain, rng);
  const tI = approximateMode(counts.map((c, i) => c - (nI[i] as number)), nTest, rng);
  const train: number[] = [];
  const test: number[] = [];
  members.forEach((rows, i) => {
    const perm = rng.permutation(rows.length);
    const permuted = Array.from(perm, (p) => rows[p] as number);
    train.push(...permuted.slice(0, nI[i]));
    test.push(...permuted.slice(nI[i], (nI[i] as number) + (tI[i] as number)));
  });
  const trainOut = Int32Array.from(train);
  const testOut = Int32Array.from(test);
  rng.shuffle(trainOut);
  rng.shuffle(testOut);
  return [trainOut, testOut];
}
