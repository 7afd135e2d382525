#!/usr/bin/env python3
"""Writes the scikit-learn reference figures that real-data.test.ts and examples/real-data.mjs put
beside ours: the same splits (as row indices), and what scikit-learn's models score on them.

Run with Debian's python3-sklearn (scikit-learn 1.2.1, NumPy 1.24):
    /usr/bin/python3 packages/network/scripts/make-real-data-fixtures.py

- digits: train_test_split(test_size=0.25, random_state=0) of load_digits, StandardScaler fitted
  on the training rows, MLPClassifier(hidden_layer_sizes=(32,), random_state=0).
- diabetes: the same split of load_diabetes, StandardScaler on x; MLPRegressor(hidden_layer_sizes=(32,),
  max_iter=2000, random_state=0) and LinearRegression.
- breast cancer: every benign row and the first fifth of np.random.RandomState(0).permutation of the
  malignant rows (sorted); train_test_split(test_size=0.25, stratify=y, random_state=0);
  StandardScaler; LogisticRegression() with and without class_weight="balanced"; F1 and recall of
  the minority class (malignant, label 0). Also the folds cross_val_score uses on the subsample's
  (scaled) training rows (StratifiedKFold(5), no shuffle, for a classifier), and its balanced
  accuracy per fold for LogisticRegression(class_weight="balanced").
"""
import json
import os
import warnings

import numpy as np
import sklearn
from sklearn.datasets import load_breast_cancer, load_diabetes, load_digits
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.metrics import f1_score, r2_score, recall_score
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.neural_network import MLPClassifier, MLPRegressor
from sklearn.preprocessing import StandardScaler

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "model-selection", "__fixtures__", "real-data.json")


def split(x, y, **kwargs):
    train, test = train_test_split(np.arange(len(y)), test_size=0.25, random_state=0, **kwargs)
    scaler = StandardScaler().fit(x[train])
    return train, test, scaler.transform(x[train]), scaler.transform(x[test])


def quiet_fit(model, x, y):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ConvergenceWarning)
        model.fit(x, y)
    return any(issubclass(w.category, ConvergenceWarning) for w in caught)


def digits():
    x, y = load_digits(return_X_y=True)
    train, test, x_train, x_test = split(x, y)
    mlp = MLPClassifier(hidden_layer_sizes=(32,), random_state=0)
    warned = quiet_fit(mlp, x_train, y[train])
    return {"train": train.tolist(), "test": test.tolist(),
            "mlpClassifier": {"accuracy": float(mlp.score(x_test, y[test])), "iterations": int(mlp.n_iter_), "convergenceWarning": warned}}


def diabetes():
    x, y = load_diabetes(return_X_y=True)
    train, test, x_train, x_test = split(x, y)
    mlp = MLPRegressor(hidden_layer_sizes=(32,), max_iter=2000, random_state=0)
    warned = quiet_fit(mlp, x_train, y[train])
    linear = LinearRegression().fit(x_train, y[train])
    return {"train": train.tolist(), "test": test.tolist(),
            "mlpRegressor": {"r2": float(r2_score(y[test], mlp.predict(x_test))), "iterations": int(mlp.n_iter_), "convergenceWarning": warned},
            "linearRegression": {"r2": float(r2_score(y[test], linear.predict(x_test))),
                                 "trainR2": float(r2_score(y[train], linear.predict(x_train))),
                                 "coef": linear.coef_.tolist(), "intercept": float(linear.intercept_)}}


def breast_cancer():
    x, y = load_breast_cancer(return_X_y=True)
    malignant = np.flatnonzero(y == 0)
    kept_malignant = np.sort(np.random.RandomState(0).permutation(malignant)[: len(malignant) // 5])
    rows = np.sort(np.r_[np.flatnonzero(y == 1), kept_malignant])
    xs, ys = x[rows], y[rows]
    train, test, x_train, x_test = split(xs, ys, stratify=ys)
    out = {"rows": rows.tolist(), "keptMalignant": kept_malignant.tolist(), "train": train.tolist(), "test": test.tolist()}
    for key, weight in [("logisticRegression", None), ("logisticRegressionBalanced", "balanced")]:
        model = LogisticRegression(class_weight=weight)
        warned = quiet_fit(model, x_train, ys[train])
        pred = model.predict(x_test)
        out[key] = {"f1": float(f1_score(ys[test], pred, pos_label=0)), "recall": float(recall_score(ys[test], pred, pos_label=0)),
                    "convergenceWarning": warned}
    out["crossValFolds"] = [te.tolist() for _, te in StratifiedKFold(5).split(x_train, ys[train])]
    scores = cross_val_score(LogisticRegression(class_weight="balanced"), x_train, ys[train], cv=5, scoring="balanced_accuracy")
    out["crossValScore"] = {"balancedAccuracy": scores.tolist(), "mean": float(scores.mean()), "std": float(scores.std())}
    return out


fixture = {"sklearn": sklearn.__version__, "numpy": np.__version__,
           "digits": digits(), "diabetes": diabetes(), "breastCancer": breast_cancer()}
with open(OUT, "w") as f:
    json.dump(fixture, f, separators=(",", ":"))
    f.write("\n")
summary = {k: {kk: vv for kk, vv in v.items() if not isinstance(vv, list)} for k, v in fixture.items() if isinstance(v, dict)}
print(json.dumps(summary, indent=1))
