import { kFold, stratifiedKFold, type KFoldOptions } from "@backprop/data";

/** A train/test split of the rows of `x`, by row index (e.g. one of `kFold`'s folds). */
export interface FoldIndices {
  train: ArrayLike<number>;
  test: ArrayLike<number>;
}

/** How to cut the rows: a number of folds, `kFold`'s options, or the folds themselves. */
export type CvSpec = number | KFoldOptions | readonly FoldIndices[];

/** A checked fold: both index lists as `Int32Array`s. */
export interface CheckedFold {
  train: Int32Array;
  test: Int32Array;
}

const KFOLD_KEYS = ["nSplits", "shuffle", "randomState"];

/**
 * The folds `cv` describes for `n` rows: `stratifiedKFold(labels, options)` when `labels` is
 * given (a classifier), else `kFold(n, options)`; folds given as arrays are checked and used as they are.
 * @throws TypeError / RangeError naming the bad part of `cv`.
 */
export function resolveFolds(where: string, cv: CvSpec, n: number, labels: Int32Array | undefined): CheckedFold[] {
  if (Array.isArray(cv)) return checkFolds(where, cv as readonly FoldIndices[], n);
  let options: KFoldOptions;
  if (typeof cv === "number") {
    if (!Number.isInteger(cv) || cv < 2) throw new RangeError(`${where}: cv must be an integer ≥ 2 (a number of folds). Received: cv=${cv}.`);
    options = { nSplits: cv };
  } else if (typeof cv === "object" && cv !== null) {
    const unknown = Object.keys(cv).find((key) => !KFOLD_KEYS.includes(key));
    if (unknown !== undefined) throw new TypeError(`${where}: unknown cv option "${unknown}". Expected one of: ${KFOLD_KEYS.join(", ")}.`);
    options = cv as KFoldOptions;
  } else {
    throw new TypeError(`${where}: cv must be a number of folds, kFold options ({ nSplits, shuffle, randomState }) or an array of { train, test } folds. Received: cv=${String(cv)}.`);
  }
  return labels === undefined ? kFold(n, options) : stratifiedKFold(labels, options);
}

function checkFolds(where: string, folds: readonly FoldIndices[], n: number): CheckedFold[] {
  if (folds.length === 0) throw new RangeError(`${where}: cv must hold at least one fold. Received: cv=[].`);
  return folds.map((fold, f) => {
    if (typeof fold !== "object" || fold === null) throw new TypeError(`${where}: cv[${f}] must be { train, test } row indices. Received: cv[${f}]=${String(fold)}.`);
    return { train: indexList(where, `cv[${f}].train`, fold.train, n), test: indexList(where, `cv[${f}].test`, fold.test, n) };
  });
}

function indexList(where: string, name: string, list: ArrayLike<number> | undefined, n: number): Int32Array {
  if (list === null || typeof list !== "object" || typeof list.length !== "number") {
    throw new TypeError(`${where}: ${name} must be an array of row indices. Received: ${name}=${String(list)}.`);
  }
  if (list.length === 0) throw new RangeError(`${where}: ${name} must not be empty. Received: ${name}.length=0.`);
  const out = new Int32Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const v = list[i] as number;
    if (!Number.isInteger(v) || v < 0 || v >= n) throw new RangeError(`${where}: ${name} must hold row indices in [0, ${n - 1}]. Received: ${name}[${i}]=${String(v)}.`);
    out[i] = v;
  }
  return out;
}
