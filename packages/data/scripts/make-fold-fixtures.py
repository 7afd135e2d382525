#!/usr/bin/env python3
"""Writes the scikit-learn reference folds and class weights that k-fold.test.ts compares against.

Run with Debian's python3-sklearn (scikit-learn 1.2.1, NumPy 1.24):
    /usr/bin/python3 packages/data/scripts/make-fold-fixtures.py
Each case records the call's keyword arguments and every (train, test) index pair it yielded.
"""
import json
import os
import warnings

import numpy as np
import sklearn
from sklearn.model_selection import KFold, StratifiedKFold
from sklearn.utils.class_weight import compute_class_weight

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "split", "__fixtures__", "folds.json")


def folds(cv, *args):
    return [{"train": tr.tolist(), "test": te.tolist()} for tr, te in cv.split(*args)]


rs = np.random.RandomState(21)
kfold = []
for n, k, shuffle, seed in [(10, 5, False, None), (11, 3, False, None), (7, 7, False, None), (10, 5, True, 0),
                            (23, 4, True, 42), (150, 5, True, 1), (9, 2, True, 2**32 - 1), (100, 10, True, 7)]:
    kfold.append({"n": n, "kwargs": {"n_splits": k, "shuffle": shuffle, "random_state": seed},
                  "folds": folds(KFold(n_splits=k, shuffle=shuffle, random_state=seed), np.zeros((n, 1)))})

iris_like = np.repeat([0, 1, 2], 50)
stratified = []
for y, k, shuffle, seed in [
    (iris_like, 5, False, None),
    (iris_like, 5, True, 42),
    (rs.randint(0, 3, 40), 4, False, None),
    (rs.randint(0, 3, 40), 4, True, 0),
    (np.array(["b", "a", "c", "a", "b", "b", "c", "a", "a", "c", "b", "c", "a"]), 3, True, 5),
    (np.array([2, 2, 0, 1, 0, 2, 1, 1, 0, 2, 2, 2, 0, 1, 2, 2]), 3, False, None),
    (np.r_[np.zeros(30, int), np.ones(7, int)][rs.permutation(37)], 7, True, 3),
    (rs.randint(0, 2, 61), 10, True, 11),
]:
    stratified.append({"y": y.tolist(), "kwargs": {"n_splits": k, "shuffle": shuffle, "random_state": seed},
                       "folds": folds(StratifiedKFold(n_splits=k, shuffle=shuffle, random_state=seed), np.zeros((len(y), 1)), y)})

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    small = folds(StratifiedKFold(n_splits=3), np.zeros((7, 1)), np.array([0, 0, 0, 0, 0, 1, 1]))
small_class_warning = str(caught[0].message)

class_weight = []
for y, cw in [
    (np.array([0, 0, 0, 1]), "balanced"),
    (rs.randint(0, 4, 50), "balanced"),
    (np.array(["cat", "dog", "dog", "bird", "dog", "cat"]), "balanced"),
    (np.array([1, 1, 2, 5, 5, 5, 5]), {1: 2.0, 5: 0.5}),
    (np.array(["no", "yes", "no", "no"]), {"yes": 3.0}),
]:
    weights = compute_class_weight(cw, classes=np.unique(y), y=y)
    class_weight.append({"y": y.tolist(), "classWeight": cw if cw == "balanced" else {str(k): v for k, v in cw.items()},
                         "classes": np.unique(y).tolist(), "weights": weights.tolist()})

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as f:
    json.dump({"sklearn": sklearn.__version__, "numpy": np.__version__, "kFold": kfold, "stratifiedKFold": stratified,
               "smallClassWarning": small_class_warning, "classWeight": class_weight}, f, separators=(",", ":"))
print(f"wrote src/split/__fixtures__/folds.json ({os.path.getsize(OUT) // 1024} KB)")
