#!/usr/bin/env python3
"""Writes src/generators/__fixtures__/regression.json: scikit-learn's make_regression,
make_friedman1 and make_low_rank_matrix for several parameter sets.

Run with Debian's python3-sklearn: /usr/bin/python3 packages/data/scripts/make-regression-fixtures.py
Each case records its keyword arguments (scikit-learn spelling) and the arrays returned, row-major.
"""
import json
import os

import numpy as np
import scipy
import sklearn
from sklearn.datasets import make_friedman1, make_low_rank_matrix, make_regression

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "generators", "__fixtures__", "regression.json")


def flat(a):
    return np.asarray(a).ravel().tolist()


REGRESSION = [
    dict(n_samples=50, n_features=8, random_state=0),
    dict(n_samples=40, n_features=6, n_informative=3, noise=0.5, bias=2.5, random_state=1),
    dict(n_samples=30, n_features=5, n_informative=2, n_targets=3, random_state=2),
    dict(n_samples=25, n_features=4, noise=1.0, shuffle=False, random_state=3),
    dict(n_samples=40, n_features=10, n_informative=4, effective_rank=3, tail_strength=0.2, random_state=4),
    dict(n_samples=10, n_features=20, n_informative=5, n_targets=2, effective_rank=2, noise=0.1, random_state=5),
    dict(n_samples=60, n_features=3, n_informative=3, effective_rank=1.5, shuffle=False, random_state=6),
]
FRIEDMAN1 = [
    dict(n_samples=50, random_state=0),
    dict(n_samples=30, n_features=5, noise=1.0, random_state=1),
    dict(n_samples=20, n_features=7, noise=0.3, random_state=2),
]
LOW_RANK = [
    dict(n_samples=12, n_features=7, effective_rank=2, random_state=0),
    dict(n_samples=6, n_features=15, effective_rank=4, tail_strength=0.9, random_state=1),
]


def regression_case(kwargs):
    X, y, coef = make_regression(coef=True, **kwargs)
    return {"kwargs": kwargs, "shape": list(X.shape), "x": flat(X), "y": flat(y), "y_shape": list(y.shape), "coef": flat(coef)}


def friedman_case(kwargs):
    X, y = make_friedman1(**kwargs)
    return {"kwargs": kwargs, "shape": list(X.shape), "x": flat(X), "y": flat(y)}


def low_rank_case(kwargs):
    X = make_low_rank_matrix(**kwargs)
    return {"kwargs": kwargs, "shape": list(X.shape), "x": flat(X)}


payload = {
    "sklearn": sklearn.__version__,
    "numpy": np.__version__,
    "scipy": scipy.__version__,
    "makeRegression": [regression_case(k) for k in REGRESSION],
    "makeFriedman1": [friedman_case(k) for k in FRIEDMAN1],
    "makeLowRankMatrix": [low_rank_case(k) for k in LOW_RANK],
}
with open(OUT, "w") as f:
    json.dump(payload, f, separators=(",", ":"))
print(f"wrote src/generators/__fixtures__/regression.json ({os.path.getsize(OUT) // 1024} KB)")
