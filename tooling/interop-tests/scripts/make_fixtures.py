"""Writes the framework fixtures of tooling/interop-tests: ONNX files and what the frameworks predict.

Run with Debian's python3 (python3-sklearn, python3-onnx 1.12, python3-torch 1.13):
    /usr/bin/python3 tooling/interop-tests/scripts/make_fixtures.py

- torch_sequential.onnx: a real torch.onnx.export of an nn.Sequential (Linear, ReLU, BatchNorm1d,
  Dropout, Linear, Tanh, Linear, Softmax), trained on Iris, in eval mode.
- sklearn_mlp_classifier.onnx / sklearn_mlp_regressor.onnx: skl2onnx cannot be installed here
  (PyPI is unreachable and Debian has no package), so this script writes, with onnx.helper, the
  graph skl2onnx's MLP converter emits for these estimators: per layer MatMul + Add and the
  activation; for the classifier a Softmax named "probabilities", then the ArgMax /
  ArrayFeatureExtractor "label" path and a ZipMap "output_probability" (zipmap on, its default).
  Weights are float32, as skl2onnx writes them.
Each *.json holds the inputs and the framework's own outputs (predict_proba / predict / forward).
"""
import json
import os

import numpy as np
import onnx
import torch
from onnx import TensorProto, helper, numpy_helper
from sklearn.datasets import load_iris, make_regression
from sklearn.neural_network import MLPClassifier, MLPRegressor

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "__fixtures__")


def save(name, model_proto, inputs, outputs, **extra):
    onnx.checker.check_model(model_proto)
    onnx.save(model_proto, os.path.join(OUT, name + ".onnx"))
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump({"inputs": inputs.tolist(), "outputs": outputs.tolist(), **extra}, f)


def map_type(key_type, value_type):
    # onnx 1.12's helper has no make_map_type_proto
    t = onnx.TypeProto()
    t.map_type.key_type = key_type
    t.map_type.value_type.CopyFrom(value_type)
    return t


def sklearn_graph(est, n_features, activation, classifier):
    nodes, inits, x = [], [], "X"
    for k, (w, b) in enumerate(zip(est.coefs_, est.intercepts_)):
        inits += [numpy_helper.from_array(w.astype(np.float32), f"coefficient{k}"),
                  numpy_helper.from_array(b.astype(np.float32).reshape(1, -1), f"intercepts{k}")]
        nodes += [helper.make_node("MatMul", [x, f"coefficient{k}"], [f"mul_result{k}"], name=f"MatMul{k}"),
                  helper.make_node("Add", [f"mul_result{k}", f"intercepts{k}"], [f"add_result{k}"], name=f"Add{k}")]
        x = f"add_result{k}"
        last = k == len(est.coefs_) - 1
        op = ("Softmax" if classifier else None) if last else activation
        if op:
            out = "probabilities" if last else f"next_activations{k}"
            nodes.append(helper.make_node(op, [x], [out], name=f"{op}{k}", **({"axis": 1} if op == "Softmax" else {})))
            x = out
    ins = [helper.make_tensor_value_info("X", TensorProto.FLOAT, [None, n_features])]
    if classifier:
        inits.append(numpy_helper.from_array(est.classes_.astype(np.int64), "classes"))
        nodes += [helper.make_node("ArgMax", ["probabilities"], ["label_index"], axis=1, name="ArgMax"),
                  helper.make_node("ArrayFeatureExtractor", ["classes", "label_index"], ["array_feature_extractor_result"], domain="ai.onnx.ml", name="ArrayFeatureExtractor"),
                  helper.make_node("Reshape", ["array_feature_extractor_result", "shape_tensor"], ["label"], name="Reshape"),
                  helper.make_node("ZipMap", ["probabilities"], ["output_probability"], classlabels_int64s=est.classes_.tolist(), domain="ai.onnx.ml", name="ZipMap")]
        inits.append(numpy_helper.from_array(np.array([-1], dtype=np.int64), "shape_tensor"))
        outs = [helper.make_tensor_value_info("label", TensorProto.INT64, [None]),
                helper.make_value_info("output_probability", helper.make_sequence_type_proto(map_type(TensorProto.INT64, helper.make_tensor_type_proto(TensorProto.FLOAT, []))))]
    else:
        outs = [helper.make_tensor_value_info(x, TensorProto.FLOAT, [None, 1])]
    graph = helper.make_graph(nodes, "mlp", ins, outs, inits)
    return helper.make_model(graph, producer_name="skl2onnx-style", opset_imports=[helper.make_opsetid("", 13), helper.make_opsetid("ai.onnx.ml", 1)], ir_version=8)


def sklearn_fixtures():
    iris = load_iris()
    clf = MLPClassifier(hidden_layer_sizes=(10, 6), activation="tanh", max_iter=2000, random_state=0).fit(iris.data, iris.target)
    rng = np.random.RandomState(1)
    x = (iris.data[rng.permutation(150)[:20]] + rng.normal(0, 0.3, (20, 4))).astype(np.float32)
    save("sklearn_mlp_classifier", sklearn_graph(clf, 4, "Tanh", True), x, clf.predict_proba(x.astype(np.float64)), classes=clf.classes_.tolist())
    xr, yr = make_regression(n_samples=200, n_features=3, noise=0.1, random_state=0)
    reg = MLPRegressor(hidden_layer_sizes=(8,), activation="relu", max_iter=3000, random_state=0).fit(xr, yr / 50)
    x = rng.normal(0, 1.5, (20, 3)).astype(np.float32)
    save("sklearn_mlp_regressor", sklearn_graph(reg, 3, "Relu", False), x, reg.predict(x.astype(np.float64)).reshape(-1, 1))


def torch_fixture():
    torch.manual_seed(0)
    iris = load_iris()
    x = torch.tensor((iris.data - iris.data.mean(0)) / iris.data.std(0), dtype=torch.float32)
    y = torch.tensor(iris.target)
    net = torch.nn.Sequential(torch.nn.Linear(4, 16), torch.nn.ReLU(), torch.nn.BatchNorm1d(16), torch.nn.Dropout(0.2),
                              torch.nn.Linear(16, 8), torch.nn.Tanh(), torch.nn.Linear(8, 3), torch.nn.Softmax(dim=1))
    opt = torch.optim.Adam(net.parameters(), lr=0.01)
    for _ in range(200):
        opt.zero_grad()
        loss = torch.nn.functional.nll_loss(torch.log(net(x)), y)
        loss.backward()
        opt.step()
    net.eval()
    path = os.path.join(OUT, "torch_sequential.onnx")
    torch.onnx.export(net, x[:2], path, input_names=["input"], output_names=["output"], dynamic_axes={"input": {0: "batch"}, "output": {0: "batch"}}, opset_version=13)
    probe = torch.tensor(np.random.RandomState(2).normal(0, 1.5, (20, 4)), dtype=torch.float32)
    with torch.no_grad():
        out = net(probe).numpy()
    with open(os.path.join(OUT, "torch_sequential.json"), "w") as f:
        json.dump({"inputs": probe.numpy().tolist(), "outputs": out.tolist(), "ops": [n.op_type for n in onnx.load(path).graph.node]}, f)


if __name__ == "__main__":
    sklearn_fixtures()
    torch_fixture()
