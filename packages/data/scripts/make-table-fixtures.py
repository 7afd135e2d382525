#!/usr/bin/env python3
"""Writes the scikit-learn reference values for SimpleImputer, ColumnTransformer and the
StandardScaler overflow case (@backprop/data's table tests).

Run with Debian's python3-sklearn: /usr/bin/python3 packages/data/scripts/make-table-fixtures.py
No pandas here, so the table is a NumPy object array read by column index; each numeric chain
starts with a FunctionTransformer casting its columns to float (what pandas' float dtype gives).
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
    """A list for JSON: NaN as None (the tests read null as missing)."""
    out = []
    for v in np.asarray(a, dtype=object).ravel().tolist():
        out.append(None if isinstance(v, float) and np.isnan(v) else v)
    return out


def write(name, payload):
    payload = {"sklearn": sklearn.__version__, "numpy": np.__version__, **payload}
    path = os.path.join(SRC, name)
    with open(path, "w") as f:
        json.dump(payload, f, separators=(",", ":"), allow_nan=False)
    print(f"wrote src/{name} ({os.path.getsize(path)} bytes)")


def imputers():
    # ties for most_frequent in columns 1 and 2 (scikit-learn takes the smallest)
    X = np.array([
        [1.5, 3.0, -2.0, nan],
        [nan, 1.0, -2.0, 10.0],
        [-4.0, 3.0, 5.0, 20.0],
        [2.25, 1.0, 5.0, nan],
        [nan, nan, nan, 40.0],
        [7.0, 2.0, 0.5, 30.0],
    ])
    X2 = np.array([[nan, nan, nan, nan], [0.0, 9.0, nan, -1.0]])
    cases = {}
    for name, kw in [("mean", {"strategy": "mean"}), ("median", {"strategy": "median"}),
                     ("mostFrequent", {"strategy": "most_frequent"}), ("constant", {"strategy": "constant"}),
                     ("constantFill", {"strategy": "constant", "fill_value": -7.5})]:
        imp = SimpleImputer(**kw).fit(X)
        cases[name] = {"kwargs": kw, "statistics": clean(imp.statistics_), "fitTransform": clean(imp.transform(X)),
                       "transform2": clean(imp.transform(X2))}
    S = np.array([["b", "x"], ["a", nan], ["b", "y"], ["a", "y"], [nan, "x"], ["c", nan]], dtype=object)
    S2 = np.array([[nan, nan], ["z", "x"]], dtype=object)
    text = {}
    for name, kw in [("mostFrequent", {"strategy": "most_frequent"}), ("constant", {"strategy": "constant"}),
                     ("constantFill", {"strategy": "constant", "fill_value": "zzz"})]:
        imp = SimpleImputer(**kw).fit(S)
        text[name] = {"kwargs": kw, "statistics": clean(imp.statistics_), "fitTransform": clean(imp.transform(S)),
                      "transform2": clean(imp.transform(S2))}
    write("preprocessing/__fixtures__/imputers.json", {
        "x": clean(X), "shape": list(X.shape), "x2": clean(X2), "shape2": list(X2.shape), "numeric": cases,
        "text": clean(S), "textShape": list(S.shape), "text2": clean(S2), "textCases": text,
    })


CSV = """id,color,size,weight,age
1,red,S,1.5,30
2,blue,M,,41
3,NA,L,2.5,NA
4,red,,3.25,25
5,green,M,0.75,
6,blue,S,2,33
7,red,L,NA,52
"""
QUERY = [["8", "purple", "M", "", "40"], ["9", "", "", "1", ""], ["10", "green", "XL", "4", "60"]]


def as_table(lines, missing=("", "NA")):
    return np.array([[None if c in missing else c for c in row] for row in lines], dtype=object)


def column_transformer():
    lines = [l.split(",") for l in CSV.strip().split("\n")]
    names, rows = lines[0], lines[1:]
    X = as_table(rows)
    to_float = FunctionTransformer(lambda a: np.asarray(a, dtype=object).astype(float), feature_names_out="one-to-one")
    # object columns: SimpleImputer's missing marker is np.nan, so None becomes nan first
    text = np.where(X == None, nan, X)  # noqa: E711
    ct = ColumnTransformer([
        ("num", Pipeline([("f", to_float), ("i", SimpleImputer(strategy="median")), ("s", StandardScaler())]), [3, 4]),
        ("mm", Pipeline([("f", to_float), ("i", SimpleImputer(strategy="mean")), ("s", MinMaxScaler(feature_range=(-1, 1)))]), [4]),
        ("cat", Pipeline([("i", SimpleImputer(strategy="most_frequent")),
                          ("o", OneHotEncoder(handle_unknown="ignore", sparse_output=False))]), [1, 2]),
    ], remainder="drop")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = ct.fit_transform(text)
        q = as_table(QUERY)
        q = np.where(q == None, nan, q)  # noqa: E711
        query_out = ct.transform(q)
    feature_names = ct.get_feature_names_out(names).tolist()
    write("pipeline/__fixtures__/column-transformer.json", {
        "csv": CSV, "query": QUERY, "featureNamesOut": feature_names,
        "fitTransform": out.ravel().tolist(), "shape": list(out.shape),
        "queryOut": query_out.ravel().tolist(),
        "statistics": {
            "numMedian": ct.named_transformers_["num"]["i"].statistics_.tolist(),
            "numMean": ct.named_transformers_["num"]["s"].mean_.tolist(),
            "numScale": ct.named_transformers_["num"]["s"].scale_.tolist(),
            "catMostFrequent": ct.named_transformers_["cat"]["i"].statistics_.tolist(),
            "catCategories": [c.tolist() for c in ct.named_transformers_["cat"]["o"].categories_],
        },
    })


def overflow():
    """What scikit-learn's StandardScaler gives on columns near ±1e308 (NaN: its sums overflow)."""
    X = np.array([[1e308, 1.7e308], [-1e308, -1.7e308], [1e308, -1.7e308]])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        s = StandardScaler().fit(X)
        z = s.transform(X)
    print("sklearn StandardScaler on ±1e308: mean", s.mean_, "var", s.var_, "scale", s.scale_, "z", z.ravel())


imputers()
column_transformer()
overflow()
