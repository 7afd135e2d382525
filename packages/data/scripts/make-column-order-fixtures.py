#!/usr/bin/env python3
"""Writes the scikit-learn reference values for the order NumPy sums in (@backprop/data's
SimpleImputer and ColumnTransformer tests): most_frequent ties between characters above U+FFFF
and ones in U+E000-U+FFFF (Python's min() orders by code point), the mean of an n x 1 column
(summed pairwise with missing values as 0) beside the same column in a C-ordered pair (row by
row), and a ColumnTransformer on 140 rows, whose chains get Fortran-ordered blocks X[:, cols].

Run with Debian's python3-sklearn: /usr/bin/python3 packages/data/scripts/make-column-order-fixtures.py
JSON floats are written by repr, which round-trips exactly; NaN and missing text are null.
"""
import json
import os
import warnings

import numpy as np
import sklearn
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, MinMaxScaler, OneHotEncoder, StandardScaler

SRC = os.path.join(os.path.dirname(__file__), "..", "src")
nan = float("nan")


def clean(a):
    return [None if isinstance(v, float) and np.isnan(v) else v for v in np.asarray(a, dtype=object).ravel().tolist()]


def write(name, payload):
    payload = {"sklearn": sklearn.__version__, "numpy": np.__version__, **payload}
    path = os.path.join(SRC, name)
    with open(path, "w") as f:
        json.dump(payload, f, separators=(",", ":"), allow_nan=False, ensure_ascii=False)
    print(f"wrote src/{name} ({os.path.getsize(path)} bytes)")


def ties():
    cases = []
    for col in [["\U0001F600", "\uFF61"], ["\uE000", "\U0001F600"], ["\U0001D518", "\uFF71", nan], ["b", "\U0001F600", "a", "\uFFFD"]]:
        X = np.array(col, dtype=object).reshape(-1, 1)
        cases.append({"column": clean(X), "statistic": SimpleImputer(strategy="most_frequent").fit(X).statistics_.tolist()[0]})
    return cases


def means(rng):
    cases = []
    columns = [np.array([-7.3, 6.9, 5.3, -4.9, -0.1, -1.0, 3.0, 5.8, -8.1, nan])]
    for n in (20, 150, 300):
        col = rng.standard_normal(n) * 10.0 ** rng.randint(-3, 6, n)
        col[rng.rand(n) < 0.15] = nan
        columns.append(col)
    for col in columns:
        pair = np.c_[col, rng.standard_normal(col.size)]
        cases.append({"column": clean(col), "other": pair[:, 1].tolist(),
                      "alone": SimpleImputer().fit(col.reshape(-1, 1)).statistics_.tolist(),
                      "withOther": SimpleImputer().fit(pair).statistics_.tolist()})
    return cases


def table(rng, n=140):
    cols = {
        "a": rng.standard_normal(n) * 3 + 1e3,
        "b": rng.standard_normal(n) * 10.0 ** rng.randint(-2, 4, n),
        "c": rng.uniform(-5, 5, n),
    }
    for c in cols.values():
        c[rng.rand(n) < 0.1] = nan
    color = rng.choice(["red", "green", "blue"], n).astype(object)
    color[rng.rand(n) < 0.1] = nan
    X = np.empty((n, 4), dtype=object)
    X[:, 0], X[:, 1], X[:, 2], X[:, 3] = cols["a"], cols["b"], cols["c"], color
    return cols, color, X


def column_transformer(rng):
    cols, color, X = table(rng)
    order = os.environ.get("ORDER", "K")  # ORDER=C shows what C-ordered blocks would give
    to_float = FunctionTransformer(lambda a: np.asarray(a, dtype=object).astype(float, order=order), feature_names_out="one-to-one")
    ct = ColumnTransformer([
        ("med", Pipeline([("f", to_float), ("i", SimpleImputer(strategy="median")), ("s", StandardScaler())]), [0, 1]),
        ("mean", Pipeline([("f", to_float), ("i", SimpleImputer(strategy="mean")), ("s", StandardScaler())]), [0, 1, 2]),
        ("mm", Pipeline([("f", to_float), ("i", SimpleImputer(strategy="mean")), ("s", MinMaxScaler())]), [1, 2]),
        ("one", Pipeline([("f", to_float), ("i", SimpleImputer(strategy="mean")), ("s", StandardScaler())]), [2]),
        ("cat", Pipeline([("i", SimpleImputer(strategy="most_frequent")), ("o", OneHotEncoder(sparse_output=False))]), [3]),
    ], remainder="drop")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = ct.fit_transform(X)
    named = ct.named_transformers_
    return {
        "columns": {k: clean(v) for k, v in cols.items()}, "color": clean(color),
        "featureNamesOut": ct.get_feature_names_out(["a", "b", "c", "color"]).tolist(),
        "fitTransform": out.ravel().tolist(), "shape": list(out.shape),
        "statistics": {name: named[name]["i"].statistics_.tolist() for name in ("med", "mean", "mm", "one")},
        "scalerMean": {name: named[name]["s"].mean_.tolist() for name in ("med", "mean", "one")},
        "scalerVar": {name: named[name]["s"].var_.tolist() for name in ("med", "mean", "one")},
    }


rng = np.random.RandomState(7)
write("preprocessing/__fixtures__/imputer-order.json", {"ties": ties(), "means": means(rng)})
write("pipeline/__fixtures__/column-order.json", column_transformer(rng))
