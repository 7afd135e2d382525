#!/usr/bin/env python3
"""Writes src/preprocessing/__fixtures__/scaler-columns.json: scikit-learn's StandardScaler on
one-column data (an n×1 array, summed pairwise by NumPy) and the same column beside a second one
(summed row by row), where the two orders give different bits.

Run with Debian's python3-sklearn: /usr/bin/python3 packages/data/scripts/make-scaler-column-fixtures.py
Each case records the column, and for each layout the fitted mean_, var_, scale_ and the
transformed first column. JSON floats are written by repr, which round-trips exactly.
"""
import json
import os

import numpy as np
import sklearn
from sklearn.preprocessing import StandardScaler

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "preprocessing", "__fixtures__", "scaler-columns.json")

rng = np.random.RandomState(3)
columns = {
    "offset 1e9, 1000 rows": 1e9 + ((np.arange(1000) * 7919) % 1000) / 997,
    "constant, 1614 rows": np.full(1614, -1.2112001096829772e-09),
    "normal, 129 rows": rng.standard_normal(129) * 3 + 40,
    "wide magnitudes, 300 rows": rng.standard_normal(300) * 10.0 ** rng.randint(-2, 9, 300),
    "seven rows": rng.standard_normal(7) + 1e6,
}


def fitted(x):
    s = StandardScaler().fit(x)
    return {"mean": s.mean_.tolist(), "var": s.var_.tolist(), "scale": s.scale_.tolist(), "z0": s.transform(x)[:, 0].tolist()}


cases = []
for name, col in columns.items():
    pair = np.c_[col, rng.standard_normal(col.size)]
    cases.append({"name": name, "column": col.tolist(), "other": pair[:, 1].tolist(), "alone": fitted(col.reshape(-1, 1)), "withOther": fitted(pair)})
with open(OUT, "w") as f:
    json.dump({"sklearn": sklearn.__version__, "numpy": np.__version__, "cases": cases}, f)
