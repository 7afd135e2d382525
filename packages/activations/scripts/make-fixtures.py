#!/usr/bin/env python3
"""Writes the NumPy reference values that activations.test.ts compares against.

Run with Debian's python3-numpy: /usr/bin/python3 packages/activations/scripts/make-fixtures.py
Each function is the tutorials' own code (seeds 000 and 001), applied to a fixed input and an
upstream gradient dA; backward values are dA * derivative, softmax's the row-wise Jacobian product.
"""
import json
import os
import numpy as np

rs = np.random.RandomState(7)
z = np.concatenate([rs.randn(4, 5) * 3, [[-1000.0, -40.0, 0.0, 40.0, 1000.0]]])
dA = rs.randn(*z.shape)
alpha = 0.2


def sigmoid(x):
    return 1 / (1 + np.exp(-np.clip(x, -500, 500)))


def softmax(x):
    exp_x = np.exp(x - np.max(x, axis=-1, keepdims=True))
    return exp_x / np.sum(exp_x, axis=-1, keepdims=True)


def softmax_backward(a, g):
    # Full Jacobian per row, diag(a) - a a^T, applied to g: an independent route to the JVP.
    return np.stack([(np.diag(ai) - np.outer(ai, ai)) @ gi for ai, gi in zip(a, g)])


s = sigmoid(z)
sm = softmax(z[:4])
cases = {
    "sigmoid": {"forward": s, "backward": dA * (s * (1 - s))},
    "relu": {"forward": np.maximum(0, z), "backward": dA * (z > 0).astype(float)},
    "tanh": {"forward": np.tanh(z), "backward": dA * (1 - np.tanh(z) ** 2)},
    "leakyRelu": {"forward": np.where(z > 0, z, alpha * z), "backward": dA * np.where(z > 0, 1, alpha)},
    "linear": {"forward": z, "backward": dA},
}
out = {
    "z": z.tolist(),
    "dA": dA.tolist(),
    "alpha": alpha,
    "cases": {k: {kk: vv.tolist() for kk, vv in v.items()} for k, v in cases.items()},
    # softmax on the first four rows (the last row's ±1000 spread is tested on its own)
    "softmax": {"z": z[:4].tolist(), "dA": dA[:4].tolist(), "forward": sm.tolist(),
                "backward": softmax_backward(sm, dA[:4]).tolist()},
    "softmaxHuge": {"z": [[1000.0, 1001.0, 1002.0], [-1e300, 0.0, 1e300]],
                    "forward": softmax(np.array([[1000.0, 1001.0, 1002.0], [-1e300, 0.0, 1e300]])).tolist()},
}
path = os.path.join(os.path.dirname(__file__), "..", "src", "__fixtures__", "activations.json")
with open(path, "w") as f:
    json.dump(out, f, indent=1)
print("wrote", os.path.normpath(path))
