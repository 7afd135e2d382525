"""Writes the PyTorch fixture of tooling/interop-tests: an ONNX file and what torch predicts.

Run with Debian's python3 (python3-sklearn 1.2.1, python3-onnx 1.12, python3-torch 1.13):
    /usr/bin/python3 tooling/interop-tests/scripts/make_fixtures.py

- torch_sequential.onnx: a real torch.onnx.export of an nn.Sequential (Linear, ReLU, BatchNorm1d,
  Dropout, Linear, Tanh, Linear, Softmax), trained on Iris, in eval mode.
The scikit-learn fixtures are real skl2onnx exports, made by make_sklearn_fixtures.py (in a venv).
torch_sequential.json holds the inputs, what torch computed for them and the graph's operators.
"""
import json
import os

import numpy as np
import onnx
import torch
from sklearn.datasets import load_iris

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "__fixtures__")


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
    torch_fixture()
