"""Writes the scikit-learn fixtures of tooling/interop-tests: real skl2onnx exports of fitted MLPs.

Run with a venv (Debian has no skl2onnx and no ONNX Runtime):
    python3 -m venv /work/venv-skl
    /work/venv-skl/bin/pip install scikit-learn==1.6.1 numpy==1.26.4 onnx==1.23.1 onnxruntime==1.30.0
    # skl2onnx 1.19.1 is pure Python; from its source (tag v1.19.1 of github.com/onnx/sklearn-onnx):
    echo /path/to/sklearn-onnx > /work/venv-skl/lib/python3.11/site-packages/skl2onnx-src.pth
    /work/venv-skl/bin/python tooling/interop-tests/scripts/make_sklearn_fixtures.py

Versions used for the committed files (Python 3.11.7): scikit-learn 1.6.1 (the closest to Debian's
1.2.1 with a wheel here), numpy 1.26.4, scipy 1.17.1, skl2onnx 1.19.1, onnx 1.23.1,
onnxruntime 1.30.0, protobuf 7.36.2.

- sklearn_mlp_classifier.onnx: `to_onnx` of an Iris MLPClassifier (3 classes, tanh), ZipMap on
  (skl2onnx's default): Cast → (MatMul, Add, Tanh) ×2 → MatMul, Add, Softmax, then ZipMap →
  "output_probability" and the ArgMax/ArrayFeatureExtractor/Reshape/Cast → "output_label" path.
- sklearn_mlp_classifier_nozipmap.onnx: the same model with options={id(clf): {"zipmap": False}}:
  Softmax → Identity → "probabilities" (a tensor) and the "label" path.
- sklearn_mlp_binary.onnx: a two-class MLPClassifier (relu, logistic head) with
  options={id(clf): {"zipmap": False}}: its head is Sigmoid, then Sub(1, p) and Concat → "probabilities".
- sklearn_mlp_regressor.onnx: an MLPRegressor (relu), ending in Reshape → "variable".
Each *.json holds the inputs (float32 values), scikit-learn's own predict_proba / predict for them
(computed in float64 on those values), what Python ONNX Runtime gives for the file (checked here
to 1e-5 of scikit-learn), the graph's operators and its producer.
"""
import json
import os

import numpy as np
import onnx
import onnxruntime as ort
import skl2onnx
import sklearn
from skl2onnx import to_onnx
from sklearn.datasets import load_iris, make_regression
from sklearn.neural_network import MLPClassifier, MLPRegressor

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "__fixtures__")


def save(name, est, x, expected, options=None, output=None):
    model = to_onnx(est, x[:1], options=options)
    onnx.checker.check_model(model, full_check=True)
    path = os.path.join(OUT, name + ".onnx")
    onnx.save(model, path)
    session = ort.InferenceSession(path, providers=["CPUExecutionProvider"])
    got = session.run(None, {"X": x})
    names = [o.name for o in session.get_outputs()]
    runtime = got[names.index(output)] if output else got[0]
    if isinstance(runtime, list):  # ZipMap: a list of {class: probability} per row
        runtime = np.array([[row[c] for c in est.classes_] for row in runtime])
    np.testing.assert_allclose(runtime, expected, rtol=1e-5, atol=1e-6)
    extra = {"producer": f"{model.producer_name} {model.producer_version}", "versions": {"sklearn": sklearn.__version__, "skl2onnx": skl2onnx.__version__, "onnx": onnx.__version__, "onnxruntime": ort.__version__},
             "opset": {o.domain or "ai.onnx": o.version for o in model.opset_import}, "ops": [n.op_type for n in model.graph.node], "graphOutputs": names, "onnxruntime": np.asarray(runtime).tolist()}
    if hasattr(est, "classes_"):
        extra["classes"] = est.classes_.tolist()
        extra["labels"] = est.predict(x.astype(np.float64)).tolist()
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump({"inputs": x.tolist(), "outputs": expected.tolist(), **extra}, f)


def main():
    iris = load_iris()
    rng = np.random.RandomState(1)
    probe = (iris.data[rng.permutation(150)[:20]] + rng.normal(0, 0.3, (20, 4))).astype(np.float32)
    clf = MLPClassifier(hidden_layer_sizes=(10, 6), activation="tanh", max_iter=2000, random_state=0).fit(iris.data, iris.target)
    save("sklearn_mlp_classifier", clf, probe, clf.predict_proba(probe.astype(np.float64)), output="output_probability")
    save("sklearn_mlp_classifier_nozipmap", clf, probe, clf.predict_proba(probe.astype(np.float64)), options={id(clf): {"zipmap": False}}, output="probabilities")
    binary = MLPClassifier(hidden_layer_sizes=(5,), activation="relu", max_iter=2000, random_state=0).fit(iris.data, (iris.target == 2).astype(np.int64))
    save("sklearn_mlp_binary", binary, probe, binary.predict_proba(probe.astype(np.float64)), options={id(binary): {"zipmap": False}}, output="probabilities")
    xr, yr = make_regression(n_samples=200, n_features=3, noise=0.1, random_state=0)
    reg = MLPRegressor(hidden_layer_sizes=(8,), activation="relu", max_iter=3000, random_state=0).fit(xr, yr / 50)
    x = rng.normal(0, 1.5, (20, 3)).astype(np.float32)
    save("sklearn_mlp_regressor", reg, x, reg.predict(x.astype(np.float64)).reshape(-1, 1))


if __name__ == "__main__":
    main()
