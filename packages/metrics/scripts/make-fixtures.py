#!/usr/bin/env python3
"""Writes the scikit-learn reference values the @backprop/metrics tests compare against.

Run with Debian's python3-sklearn (scikit-learn 1.2.1, NumPy 1.24):
    /usr/bin/python3 packages/metrics/scripts/make-fixtures.py
Every case records its inputs and keyword arguments (scikit-learn spelling) and what
sklearn.metrics returned, plus the text of any warning it gave, so that each test makes the same
call in TypeScript and compares.
"""
import json
import os
import warnings

import numpy as np
import sklearn
from sklearn import metrics as M

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "__fixtures__")


def py(x):
    """NumPy values as JSON-able Python values (NaN and infinities as strings: "NaN", "-Infinity")."""
    if isinstance(x, float) and not np.isfinite(x):
        return "NaN" if np.isnan(x) else ("Infinity" if x > 0 else "-Infinity")
    if isinstance(x, np.ndarray):
        return py(x.tolist())
    if isinstance(x, (np.floating, np.integer, np.bool_)):
        return py(x.item())
    if isinstance(x, dict):
        return {k: py(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [py(v) for v in x]
    return x


def call(fn, *args, **kwargs):
    """{"value": ..., "warnings": [...]} or {"error": message}."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            value = fn(*args, **kwargs)
        except ValueError as e:
            return {"error": str(e)}
    out = {"value": py(value)}
    texts = sorted({str(w.message) for w in caught})
    if texts:
        out["warnings"] = texts
    return out


def write(name, payload):
    payload = {"sklearn": sklearn.__version__, "numpy": np.__version__, **payload}
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name)
    with open(path, "w") as f:
        json.dump(payload, f, separators=(",", ":"), allow_nan=False)
    print(f"wrote src/__fixtures__/{name} ({os.path.getsize(path) // 1024} KB)")


rs = np.random.RandomState(13)

# ---------------------------------------------------------------- labels -> labels
LABEL_CASES = [
    dict(name="binary", y_true=rs.randint(0, 2, 20), y_pred=rs.randint(0, 2, 20)),
    dict(name="binary, 1 never predicted", y_true=np.array([0, 1, 1, 0, 1, 0, 0]), y_pred=np.zeros(7, int)),
    dict(name="binary, one label only", y_true=np.zeros(5, int), y_pred=np.zeros(5, int)),
    dict(name="multiclass", y_true=rs.randint(0, 3, 30), y_pred=rs.randint(0, 3, 30)),
    dict(name="multiclass, class 2 never predicted, 3 only predicted",
         y_true=np.array([0, 1, 2, 2, 1, 0, 2, 1, 0, 0]), y_pred=np.array([0, 1, 1, 0, 1, 3, 0, 1, 0, 3])),
    dict(name="strings", y_true=np.array(["cat", "dog", "bird", "dog", "cat", "cat", "bird", "dog"]),
         y_pred=np.array(["cat", "cat", "bird", "dog", "dog", "cat", "cat", "dog"])),
    dict(name="strings binary", y_true=np.array(["ham", "spam", "spam", "ham", "spam"]),
         y_pred=np.array(["spam", "spam", "ham", "ham", "spam"]), pos_label="spam"),
    dict(name="negative and sparse integer labels", y_true=np.array([-1, 3, 7, 7, 3, -1, 7, 3, 3]),
         y_pred=np.array([-1, 7, 7, 3, 3, -1, -1, 3, 7])),
    dict(name="sample weights", y_true=rs.randint(0, 3, 25), y_pred=rs.randint(0, 3, 25),
         sample_weight=np.round(rs.uniform(0, 3, 25), 2)),
    dict(name="labels superset and order", y_true=rs.randint(0, 3, 15), y_pred=rs.randint(0, 3, 15), labels=[2, 0, 1, 5]),
    dict(name="labels subset", y_true=rs.randint(0, 4, 18), y_pred=rs.randint(0, 4, 18), labels=[0, 2]),
    dict(name="200 samples, 5 classes", y_true=rs.randint(0, 5, 200), y_pred=rs.randint(0, 5, 200)),
    dict(name="binary, posLabel 0, weights", y_true=rs.randint(0, 2, 16), y_pred=rs.randint(0, 2, 16), pos_label=0,
         sample_weight=rs.randint(0, 4, 16).astype(float)),
    dict(name="thirds and eighths (ties when rounding)", y_true=np.array([0] * 8 + [1] * 8 + [2] * 3),
         y_pred=np.array([0, 0, 0, 1, 1, 1, 1, 1] + [1, 0, 0, 0, 0, 0, 2, 2] + [2, 1, 0])),
]


def label_case(c):
    yt, yp = c["y_true"], c["y_pred"]
    sw = c.get("sample_weight")
    labels = c.get("labels")
    pos = c.get("pos_label", 1)
    out = {"name": c["name"], "yTrue": py(yt), "yPred": py(yp)}
    if sw is not None:
        out["sampleWeight"] = py(sw)
    if labels is not None:
        out["labels"] = labels
    if "pos_label" in c:
        out["posLabel"] = pos
    out["accuracy"] = call(M.accuracy_score, yt, yp, sample_weight=sw)
    out["accuracyCount"] = call(M.accuracy_score, yt, yp, sample_weight=sw, normalize=False)
    out["balancedAccuracy"] = call(M.balanced_accuracy_score, yt, yp, sample_weight=sw)
    out["balancedAccuracyAdjusted"] = call(M.balanced_accuracy_score, yt, yp, sample_weight=sw, adjusted=True)
    scores = {}
    for average in ["binary", "micro", "macro", "weighted", None]:
        key = "null" if average is None else average
        kw = dict(average=average, sample_weight=sw, labels=labels, pos_label=pos)
        scores[key] = {
            "precision": call(M.precision_score, yt, yp, **kw),
            "recall": call(M.recall_score, yt, yp, **kw),
            "f1": call(M.f1_score, yt, yp, **kw),
            "fbeta0.5": call(M.fbeta_score, yt, yp, beta=0.5, **kw),
            "fbeta2": call(M.fbeta_score, yt, yp, beta=2, **kw),
        }
        if average in ("macro", None):
            scores[key]["precisionZeroDivision1"] = call(M.precision_score, yt, yp, zero_division=1, **kw)
    out["scores"] = scores
    out["confusion"] = {str(n): call(M.confusion_matrix, yt, yp, labels=labels, sample_weight=sw, normalize=n)
                        for n in [None, "true", "pred", "all"]}
    names = None if labels is not None else [f"class {v}" for v in np.unique(np.r_[yt, yp])]
    out["report"] = {
        "text": call(M.classification_report, yt, yp, labels=labels, sample_weight=sw),
        "text4": call(M.classification_report, yt, yp, labels=labels, sample_weight=sw, digits=4),
        "named": call(M.classification_report, yt, yp, labels=labels, sample_weight=sw, target_names=names) if names else None,
        "dict": call(M.classification_report, yt, yp, labels=labels, sample_weight=sw, output_dict=True),
    }
    return out


# ---------------------------------------------------------------- labels -> scores
def proba(n, k):
    z = rs.randn(n, k) * 1.5
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


BINARY_SCORE_CASES = [
    dict(name="distinct scores", y_true=rs.randint(0, 2, 30), y_score=rs.uniform(size=30)),
    dict(name="ties (one decimal)", y_true=rs.randint(0, 2, 40), y_score=np.round(rs.uniform(size=40), 1)),
    dict(name="all tied", y_true=np.array([0, 1, 1, 0, 1]), y_score=np.full(5, 0.5)),
    dict(name="-1/1 labels, decision values", y_true=rs.choice([-1, 1], 25), y_score=rs.randn(25)),
    dict(name="weights with zeros, ties", y_true=rs.randint(0, 2, 30), y_score=np.round(rs.uniform(size=30), 1),
         sample_weight=np.where(rs.uniform(size=30) < 0.2, 0, np.round(rs.uniform(0.5, 2, 30), 2))),
    dict(name="string labels, posLabel", y_true=rs.choice(["neg", "pos"], 20), y_score=rs.uniform(size=20), pos_label="pos"),
    dict(name="sklearn docstring", y_true=np.array([0, 0, 1, 1]), y_score=np.array([0.1, 0.4, 0.35, 0.8])),
    dict(name="300 samples with ties", y_true=rs.randint(0, 2, 300), y_score=np.round(rs.uniform(size=300), 2)),
]


def binary_score_case(c):
    yt, ys, sw = c["y_true"], c["y_score"], c.get("sample_weight")
    pos = c.get("pos_label")
    out = {"name": c["name"], "yTrue": py(yt), "yScore": py(ys)}
    if sw is not None:
        out["sampleWeight"] = py(sw)
    if pos is not None:
        out["posLabel"] = pos
    for drop in (True, False):
        fpr, tpr, th = M.roc_curve(yt, ys, pos_label=pos, sample_weight=sw, drop_intermediate=drop)
        out["rocCurve" if drop else "rocCurveAll"] = {"fpr": py(fpr), "tpr": py(tpr), "thresholds": py(th)}
    out["rocAuc"] = call(M.roc_auc_score, yt, ys, sample_weight=sw)
    if pos is None:
        p = np.clip(ys, 0, 1) if ys.min() >= 0 else 1 / (1 + np.exp(-ys))
        out["probability"] = py(p)
        out["logLoss"] = call(M.log_loss, yt, p, sample_weight=sw)
        out["logLossSum"] = call(M.log_loss, yt, p, sample_weight=sw, normalize=False)
    return out


def with_extremes(p):
    p = p.copy()
    p[0] = np.eye(p.shape[1])[0]
    p[1] = np.eye(p.shape[1])[-1]
    return p


MULTI_SCORE_CASES = [
    dict(name="3 classes", y_true=rs.randint(0, 3, 40), y_score=proba(40, 3)),
    dict(name="4 classes, weights", y_true=rs.randint(0, 4, 50), y_score=proba(50, 4), sample_weight=np.round(rs.uniform(0, 2, 50), 2)),
    dict(name="3 string classes, tied probabilities", y_true=rs.choice(["a", "b", "c"], 30), y_score=np.round(proba(30, 3), 1)),
    dict(name="one-hot rows (clipped in log loss)", y_true=np.array([0, 2, 1, 1, 0, 2, 2]), y_score=with_extremes(proba(7, 3))),
    dict(name="labels: a class absent from yTrue", y_true=rs.choice([0, 1, 3], 20), y_score=proba(20, 4), labels=[0, 1, 2, 3]),
]


def multi_score_case(c):
    yt, ys, sw, labels = c["y_true"], c["y_score"], c.get("sample_weight"), c.get("labels")
    ys = ys / ys.sum(axis=1, keepdims=True) if c["name"].startswith("3 string") else ys
    out = {"name": c["name"], "yTrue": py(yt), "yScore": py(ys)}
    if sw is not None:
        out["sampleWeight"] = py(sw)
    if labels is not None:
        out["labels"] = labels
    out["rocAuc"] = {str(a): call(M.roc_auc_score, yt, ys, multi_class="ovr", average=a, sample_weight=sw, labels=labels)
                     for a in ["macro", "weighted", "micro", None]}
    out["logLoss"] = call(M.log_loss, yt, ys, sample_weight=sw, labels=labels)
    out["logLossSum"] = call(M.log_loss, yt, ys, sample_weight=sw, labels=labels, normalize=False)
    return out


# ---------------------------------------------------------------- regression
REGRESSION_CASES = [
    dict(name="sklearn docstring", y_true=np.array([3, -0.5, 2, 7]), y_pred=np.array([2.5, 0.0, 2, 8])),
    dict(name="1 output, 50 samples", y_true=rs.randn(50) * 3 + 1, y_pred=rs.randn(50) * 3 + 1),
    dict(name="1 output, 300 samples, weights", y_true=rs.randn(300), y_pred=rs.randn(300), sample_weight=rs.uniform(0, 2, 300)),
    dict(name="zeros in yTrue (MAPE's eps)", y_true=np.array([0.0, 1, 2, 0, -3]), y_pred=np.array([0.5, 1, 1.5, 0, -2])),
    dict(name="3 outputs", y_true=rs.randn(20, 3), y_pred=rs.randn(20, 3), multioutput_weights=[0.2, 0.5, 0.3]),
    dict(name="2 outputs, weights", y_true=rs.randn(15, 2) * [1, 10], y_pred=rs.randn(15, 2) * [1, 10], sample_weight=rs.uniform(0, 3, 15),
         multioutput_weights=[1, 3]),
    dict(name="constant column (force_finite)", y_true=np.c_[np.full(6, 2.0), rs.randn(6)], y_pred=np.c_[rs.randn(6), rs.randn(6)]),
    dict(name="perfect constant", y_true=np.full(5, 1.5), y_pred=np.full(5, 1.5)),
]


def regression_case(c):
    yt, yp, sw = c["y_true"], c["y_pred"], c.get("sample_weight")
    out = {"name": c["name"], "yTrue": py(yt), "yPred": py(yp)}
    if sw is not None:
        out["sampleWeight"] = py(sw)
    options = ["uniform_average", "raw_values"]
    if yt.ndim == 2:
        options.append("variance_weighted")
    if "multioutput_weights" in c:
        out["multioutputWeights"] = c["multioutput_weights"]
    fns = {
        "r2": M.r2_score,
        "explainedVariance": M.explained_variance_score,
        "mae": M.mean_absolute_error,
        "mse": M.mean_squared_error,
        "rmse": lambda a, b, **kw: M.mean_squared_error(a, b, squared=False, **kw),
        "mape": M.mean_absolute_percentage_error,
    }
    for key, fn in fns.items():
        res = {}
        for m in options:
            if m == "variance_weighted" and key not in ("r2", "explainedVariance"):
                continue
            res[m] = call(fn, yt, yp, sample_weight=sw, multioutput=m)
        if "multioutput_weights" in c:
            res["weights"] = call(fn, yt, yp, sample_weight=sw, multioutput=c["multioutput_weights"])
        if key in ("r2", "explainedVariance"):
            res["notFinite"] = call(fn, yt, yp, sample_weight=sw, multioutput="raw_values", force_finite=False)
        out[key] = res
    return out


# ---------------------------------------------------------------- edge cases (no random draws)
def attempt(fn, *args, **kwargs):
    """As call, but also records ZeroDivisionError and OverflowError, with the exception's type."""
    try:
        return call(fn, *args, **kwargs)
    except (ZeroDivisionError, OverflowError) as e:
        return {"error": str(e), "raised": type(e).__name__}


ASTRAL = "\U0001F600"
REPORT_EDGES = [
    dict(name="an astral label (Python pads by code point)", y_true=[ASTRAL, "b", "b"], y_pred=[ASTRAL, "b", ASTRAL]),
    dict(name="an astral target name longer than 'weighted avg'", y_true=[0, 1, 1], y_pred=[0, 1, 0],
         target_names=[ASTRAL * 13, "b"]),
    dict(name="supports from 1e16 up print with an exponent", y_true=[0, 1, 1], y_pred=[0, 1, 0], sample_weight=[1e16, 1, 1]),
    dict(name="supports below 1e-4 print with an exponent", y_true=[0, 1, 1, 2], y_pred=[0, 1, 0, 2],
         sample_weight=[2e-5, 0.25, 3e-7, 1e-4]),
    dict(name="no prediction right: supports print as floats", y_true=[0, 0, 1], y_pred=[1, 1, 0]),
    dict(name="no prediction right, labels subset, digits 3", y_true=["a", "b", "c", "a"], y_pred=["b", "c", "a", "c"],
         labels=["a", "b"], digits=3),
    dict(name="one prediction right: supports print as integers", y_true=[0, 0, 1], y_pred=[0, 1, 0]),
]


def report_edge(c):
    kw = {k: c[k] for k in ("labels", "target_names", "sample_weight", "digits") if k in c}
    out = {"name": c["name"], "yTrue": c["y_true"], "yPred": c["y_pred"]}
    names = {"labels": "labels", "target_names": "targetNames", "sample_weight": "sampleWeight", "digits": "digits"}
    out["options"] = {names[k]: v for k, v in kw.items()}
    out["text"] = call(M.classification_report, c["y_true"], c["y_pred"], **kw)
    return out


P4 = [[0.2, 0.5, 0.3], [0.1, 0.1, 0.8], [0.3, 0.3, 0.4], [0.6, 0.2, 0.2]]
ROC_AUC_EDGES = [
    dict(name="class b weighs 0, weighted", y_true=["a", "b", "c", "a"], y_score=P4, sample_weight=[1, 0, 1, 1], average="weighted"),
    dict(name="class b weighs 0, macro", y_true=["a", "b", "c", "a"], y_score=P4, sample_weight=[1, 0, 1, 1], average="macro"),
    dict(name="class b weighs 0, per class", y_true=["a", "b", "c", "a"], y_score=P4, sample_weight=[1, 0, 1, 1], average=None),
    dict(name="classes b and c weigh 0, so the rest of a does, weighted", y_true=["a", "b", "c", "a"], y_score=P4,
         sample_weight=[1, 0, 0, 1], average="weighted"),
    dict(name="every sample weighs 0, weighted", y_true=["a", "b", "c", "a"], y_score=P4, sample_weight=[0, 0, 0, 0], average="weighted"),
    dict(name="every sample weighs 0, micro", y_true=["a", "b", "c", "a"], y_score=P4, sample_weight=[0, 0, 0, 0], average="micro"),
    dict(name="weights 1e-9 (np.isclose to 0), weighted", y_true=["a", "b", "c", "a"], y_score=P4, sample_weight=[1e-9] * 4,
         average="weighted"),
    dict(name="binary, the positive class weighs 0", y_true=["neg", "pos", "pos", "neg"], y_score=[0.1, 0.4, 0.35, 0.8],
         sample_weight=[1, 0, 0, 1], average="macro"),
]


def roc_auc_edge(c):
    out = {"name": c["name"], "yTrue": c["y_true"], "yScore": c["y_score"], "sampleWeight": c["sample_weight"],
           "average": c["average"]}
    out["rocAuc"] = attempt(M.roc_auc_score, c["y_true"], c["y_score"], sample_weight=c["sample_weight"],
                            average=c["average"], multi_class="ovr")
    return out


MAX_BETA = 1.3407807929942596e154  # the largest float whose square is finite
FBETA_EDGES = [dict(beta=b, average=a) for b, a in [
    (MAX_BETA, "binary"), (MAX_BETA, None), (float(np.nextafter(MAX_BETA, np.inf)), "binary"), (1e155, "binary"), (float("inf"), "binary"),
]]


def fbeta_edge(c):
    yt, yp = [0, 1, 1, 0, 1], [0, 1, 0, 1, 1]
    return {"yTrue": yt, "yPred": yp, "beta": py(c["beta"]), "average": c["average"],
            "fbeta": attempt(M.fbeta_score, yt, yp, beta=c["beta"], average=c["average"])}


# Output weights (given, or the variances of variance_weighted) that sum to 0; the variances cancel
# out with the sample weights [1, 1, -1]: [0, 0, 1] and [1, -1, 0] give -2 and 2.
MULTIOUTPUT_EDGES = [
    dict(y_true=[[1, 2], [3, 4]], y_pred=[[1, 2], [3, 5]], multioutput=[1, -1]),
    dict(y_true=[[1, 2], [3, 4]], y_pred=[[1, 2], [3, 5]], multioutput=[0, 0]),
    dict(y_true=[[0, 1], [0, -1], [1, 0]], y_pred=[[0, 0], [1, 0], [0, 0]], sample_weight=[1, 1, -1], multioutput="variance_weighted"),
]


def multioutput_edge(c):
    out = {"yTrue": c["y_true"], "yPred": c["y_pred"], "multioutput": c["multioutput"]}
    sw = c.get("sample_weight")
    if sw is not None:
        out["sampleWeight"] = sw
    fns = {"r2": M.r2_score, "explainedVariance": M.explained_variance_score, "mae": M.mean_absolute_error,
           "mse": M.mean_squared_error, "rmse": lambda a, b, **kw: M.mean_squared_error(a, b, squared=False, **kw),
           "mape": M.mean_absolute_percentage_error}
    for key, fn in fns.items():
        if c["multioutput"] == "variance_weighted" and key not in ("r2", "explainedVariance"):
            continue
        out[key] = attempt(fn, c["y_true"], c["y_pred"], sample_weight=sw, multioutput=c["multioutput"])
    return out


def confusion_edge(normalize):
    # Row 0 and column 1 weigh 1 - 1 = 0: nan_to_num turns their ±1/0 into ±1.7976931348623157e308.
    yt, yp, sw = [0, 0, 1], [0, 1, 1], [1, -1, 1]
    return {"yTrue": yt, "yPred": yp, "sampleWeight": sw, "normalize": normalize,
            "confusion": call(M.confusion_matrix, yt, yp, sample_weight=sw, normalize=normalize)}


write("classification.json", {"cases": [label_case(c) for c in LABEL_CASES]})
write("scores.json", {"binary": [binary_score_case(c) for c in BINARY_SCORE_CASES],
                      "multiclass": [multi_score_case(c) for c in MULTI_SCORE_CASES]})
write("regression.json", {"cases": [regression_case(c) for c in REGRESSION_CASES]})
write("edges.json", {"reports": [report_edge(c) for c in REPORT_EDGES],
                     "rocAuc": [roc_auc_edge(c) for c in ROC_AUC_EDGES],
                     "fbeta": [fbeta_edge(c) for c in FBETA_EDGES],
                     "multioutput": [multioutput_edge(c) for c in MULTIOUTPUT_EDGES],
                     "confusion": [confusion_edge(n) for n in ["true", "pred", "all"]]})
