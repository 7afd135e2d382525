#!/usr/bin/env python3
"""Writes the scikit-learn reference values the @backprop/data tests compare against.

Run with Debian's python3-sklearn: /usr/bin/python3 packages/data/scripts/make-fixtures.py
Every case records its keyword arguments (scikit-learn spelling) and the arrays scikit-learn
returned, so each test can make the same call in TypeScript and compare.
"""
import json
import os

import numpy as np
import sklearn
from sklearn.datasets import load_iris, make_blobs, make_circles, make_classification, make_moons
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import LabelEncoder, MinMaxScaler, OneHotEncoder, StandardScaler

SRC = os.path.join(os.path.dirname(__file__), "..", "src")


def flat(a):
    return np.asarray(a).ravel().tolist()


def write(name, payload):
    """Writes src/<name> (a folder's __fixtures__, beside the test that reads it)."""
    payload = {"sklearn": sklearn.__version__, "numpy": np.__version__, **payload}
    path = os.path.join(SRC, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        json.dump(payload, f, separators=(",", ":"))
    print(f"wrote src/{name} ({os.path.getsize(path) // 1024} KB)")


def generator_case(fn, kwargs):
    out = fn(**kwargs)
    X, y = out[0], out[1]
    case = {"kwargs": kwargs, "shape": list(X.shape), "x": flat(X), "y": flat(y)}
    if len(out) > 2:
        case["centers"] = flat(out[2])
    return case


CLASSIFICATION = [
    # seed 000: the tutorial's call
    dict(n_samples=1000, n_features=2, n_redundant=0, n_informative=2, random_state=42, n_clusters_per_class=1),
    dict(n_samples=40, random_state=0),
    dict(n_samples=40, n_features=10, n_informative=4, n_redundant=3, n_repeated=2, random_state=1),
    dict(n_samples=90, n_features=5, weights=[0.2, 0.8], flip_y=0.1, random_state=2),
    dict(n_samples=60, n_features=6, hypercube=False, shift=None, scale=None, class_sep=2.0, random_state=3),
    dict(n_samples=60, n_features=6, n_informative=4, n_classes=4, n_clusters_per_class=3, random_state=4),
    dict(n_samples=50, n_features=12, n_informative=10, n_redundant=0, n_classes=3, n_clusters_per_class=1, random_state=5),
    dict(n_samples=64, n_features=4, n_informative=3, n_redundant=1, n_clusters_per_class=4, random_state=6),
    dict(n_samples=70, n_features=5, n_informative=3, n_classes=3, weights=[0.5, 0.3], shuffle=False, flip_y=0.0, random_state=7),
    dict(n_samples=12, n_features=33, n_informative=31, n_redundant=0, shift=[0.5] * 33, scale=[2.0] * 33, random_state=8),
]

CIRCLES = [
    dict(n_samples=100, noise=0.05, factor=0.5, random_state=0),
    dict(n_samples=(30, 20), random_state=1),
    dict(n_samples=51, shuffle=False, noise=0.1, random_state=2),
]

MOONS = [
    dict(n_samples=100, noise=0.1, random_state=0),
    dict(n_samples=(25, 35), noise=0.2, random_state=3),
    dict(n_samples=7, shuffle=False),
]

BLOBS = [
    dict(n_samples=60, centers=3, random_state=0, return_centers=True),
    dict(n_samples=[10, 20, 5], n_features=3, cluster_std=[0.5, 1.0, 2.0], random_state=1, return_centers=True),
    dict(n_samples=25, centers=[[1.0, 1.0], [-1.0, -1.0], [1.0, -1.0]], cluster_std=0.3, random_state=2),
]


def cs231n_spiral(seed, N, K, noise):
    """The spiral of CS231n's neural-network case study, as printed there."""
    np.random.seed(seed)
    X = np.zeros((N * K, 2))
    y = np.zeros(N * K, dtype="uint8")
    for j in range(K):
        ix = range(N * j, N * (j + 1))
        r = np.linspace(0.0, 1, N)
        t = np.linspace(j * 4, (j + 1) * 4, N) + np.random.randn(N) * noise
        X[ix] = np.c_[r * np.sin(t), r * np.cos(t)]
        y[ix] = j
    return {"kwargs": {"seed": seed, "N": N, "K": K, "noise": noise}, "x": flat(X), "y": flat(y)}


def generators():
    write("generators/__fixtures__/generators.json", {
        "makeClassification": [generator_case(make_classification, k) for k in CLASSIFICATION],
        "makeCircles": [generator_case(make_circles, k) for k in CIRCLES],
        "makeMoons": [generator_case(make_moons, k) for k in MOONS],
        "makeBlobs": [generator_case(make_blobs, k) for k in BLOBS],
        "spiral": [cs231n_spiral(0, 50, 3, 0.2), cs231n_spiral(7, 20, 2, 0.5)],
    })


def split_case(y, **kwargs):
    """train_test_split on (row index, y): the split index arrays are what sklearn chose."""
    n = len(y)
    idx = np.arange(n)
    stratify = kwargs.pop("stratify", None)
    i_train, i_test = train_test_split(idx, random_state=kwargs.pop("random_state", None), stratify=stratify, **kwargs)
    return {"n": n, "y": flat(y) if stratify is not None else None, "kwargs": kwargs, "train": flat(i_train), "test": flat(i_test)}


def with_seed(case, seed, stratified):
    case["kwargs"]["random_state"] = seed
    case["stratified"] = stratified
    return case


def splits():
    iris_y = load_iris().target
    labels = np.array([0] * 5 + [1] * 17 + [2] * 18)
    words = np.array(["cat", "dog", "ant", "dog", "cat", "cat", "ant", "dog", "dog", "cat", "ant", "ant"] * 3)
    cases = [
        with_seed(split_case(np.zeros(50), test_size=0.3, random_state=0), 0, False),
        with_seed(split_case(np.zeros(50), train_size=0.5, test_size=0.25, random_state=1), 1, False),
        with_seed(split_case(np.zeros(23), test_size=7, random_state=2), 2, False),
        with_seed(split_case(np.zeros(40), train_size=31, random_state=3), 3, False),
        with_seed(split_case(np.zeros(37), random_state=4), 4, False),
        with_seed(split_case(iris_y, test_size=0.2, random_state=42, stratify=iris_y), 42, True),
        with_seed(split_case(labels, test_size=0.33, random_state=3, stratify=labels), 3, True),
        with_seed(split_case(labels, train_size=0.5, test_size=11, random_state=9, stratify=labels), 9, True),
        with_seed(split_case(words, test_size=0.25, random_state=5, stratify=words), 5, True),
    ]
    unshuffled = split_case(np.zeros(20), test_size=0.2, shuffle=False)
    # seed 001's one-hot y used as stratify: scikit-learn joins each row's numbers into one label
    one_hot = np.eye(3)[np.array([0, 1, 2, 2, 1] * 9 + [2, 2, 2])]
    i_train, i_test = train_test_split(np.arange(len(one_hot)), test_size=0.3, random_state=11, stratify=one_hot)
    one_hot_case = {"n": len(one_hot), "y": flat(one_hot), "kwargs": {"test_size": 0.3, "random_state": 11},
                    "train": flat(i_train), "test": flat(i_test), "stratified": True}
    for c in cases:
        if c["y"] is not None and c["y"] and isinstance(c["y"][0], str):
            c["labels"] = "string"
    write("split/__fixtures__/splits.json", {"cases": cases, "unshuffled": unshuffled, "oneHotStratified": one_hot_case})


def seeds():
    # seed 000: make_classification then train_test_split(test_size=0.2, random_state=42)
    X, y = make_classification(n_samples=1000, n_features=2, n_redundant=0, n_informative=2, random_state=42, n_clusters_per_class=1)
    idx = np.arange(1000)
    X_train, X_test, y_train, y_test, i_train, i_test = train_test_split(X, y, idx, test_size=0.2, random_state=42)
    seed000 = {"xTrainHead": flat(X_train[:5]), "yTest": flat(y_test), "train": flat(i_train), "test": flat(i_test)}
    # seed 001: the Iris flow, exactly as the tutorial (no stratify)
    iris = load_iris()
    X, y = iris.data, iris.target.reshape(-1, 1)
    scaler = StandardScaler()
    X_scaled = scaler.fit_transform(X)
    encoder = OneHotEncoder(sparse_output=False)
    y_encoded = encoder.fit_transform(y)
    X_train, X_test, y_train, y_test, i_train, i_test = train_test_split(X_scaled, y_encoded, np.arange(150), test_size=0.2, random_state=42)
    seed001 = {
        "irisData": flat(iris.data), "irisTarget": flat(iris.target),
        "featureNames": list(iris.feature_names), "targetNames": [str(t) for t in iris.target_names],
        "mean": flat(scaler.mean_), "var": flat(scaler.var_), "scale": flat(scaler.scale_),
        "xScaled": flat(X_scaled), "yEncoded": flat(y_encoded),
        "train": flat(i_train), "test": flat(i_test), "xTrain": flat(X_train), "yTest": flat(y_test),
    }
    write("__fixtures__/seeds.json", {"seed000": seed000, "seed001": seed001})


def transformers():
    rs = np.random.RandomState(0)
    X = rs.randn(20, 5) * [1.0, 10.0, 0.0, 3.0, 1e-9] + [0.0, -5.0, 7.0, -100.0, 3.0]
    X2 = rs.randn(6, 5) * [2.0, 20.0, 1.0, 6.0, 1.0] + [0.0, -5.0, 7.0, -100.0, 3.0]
    std = {}
    for name, kw in [("default", {}), ("noMean", {"with_mean": False}), ("noStd", {"with_std": False})]:
        s = StandardScaler(**kw).fit(X)
        std[name] = {"kwargs": kw, "mean": flat(s.mean_) if s.mean_ is not None else None,
                     "var": flat(s.var_) if s.var_ is not None else None,
                     "scale": flat(s.scale_) if s.scale_ is not None else None,
                     "fitTransform": flat(s.transform(X)), "transform2": flat(s.transform(X2)),
                     "inverse2": flat(s.inverse_transform(X2))}
    mm = {}
    for name, kw in [("default", {}), ("range", {"feature_range": (-1, 1), "clip": True})]:
        m = MinMaxScaler(**kw).fit(X)
        mm[name] = {"kwargs": {k: list(v) if isinstance(v, tuple) else v for k, v in kw.items()},
                    "dataMin": flat(m.data_min_), "dataMax": flat(m.data_max_), "scale": flat(m.scale_), "min": flat(m.min_),
                    "fitTransform": flat(m.transform(X)), "transform2": flat(m.transform(X2)), "inverse2": flat(m.inverse_transform(X2))}
    numeric = np.array([[-1, 3, 0.5], [2, 3, -0.5], [-1, 0, 0.5], [7, -3, 0.25]])
    enc = OneHotEncoder(sparse_output=False).fit(numeric)
    strings = [["red", "S"], ["green", "M"], ["blue", "S"], ["green", "L"]]
    enc_s = OneHotEncoder(sparse_output=False, handle_unknown="ignore").fit(strings)
    unknown = [["red", "XL"], ["purple", "M"]]
    le = LabelEncoder().fit(["virginica", "setosa", "versicolor", "setosa"])
    le_n = LabelEncoder().fit([-2.5, 3, 0, 3, -2.5])
    write("preprocessing/__fixtures__/transformers.json", {
        "x": flat(X), "x2": flat(X2), "shape": list(X.shape), "shape2": list(X2.shape),
        "standardScaler": std, "minMaxScaler": mm,
        "oneHot": {
            "numeric": {"x": numeric.tolist(), "categories": [flat(c) for c in enc.categories_], "out": flat(enc.transform(numeric)),
                        "inverse": enc.inverse_transform(enc.transform(numeric)).tolist()},
            "strings": {"x": strings, "categories": [c.tolist() for c in enc_s.categories_], "out": flat(enc_s.transform(strings)),
                        "unknown": unknown, "unknownOut": flat(enc_s.transform(unknown)),
                        "names": enc_s.get_feature_names_out().tolist()},
        },
        "labelEncoder": {
            "strings": {"classes": le.classes_.tolist(), "codes": flat(le.transform(["setosa", "virginica", "versicolor"]))},
            "numbers": {"classes": flat(le_n.classes_), "codes": flat(le_n.transform([3, -2.5, 0]))},
        },
    })


generators()
splits()
seeds()
transformers()
