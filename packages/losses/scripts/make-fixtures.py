#!/usr/bin/env python3
"""Writes the NumPy reference values that losses.test.ts compares against.

Run with Debian's python3-numpy: /usr/bin/python3 packages/losses/scripts/make-fixtures.py
The loss values come from the tutorials' own code: seed 000's compute_cost (binary
cross-entropy), seed 001's compute_loss (categorical cross-entropy), seed 002's compute_loss (MSE).
"""
import json
import os
import numpy as np


def compute_cost(y_true, y_pred):  # seed 000
    m = y_true.shape[0]
    epsilon = 1e-15
    y_pred = np.clip(y_pred, epsilon, 1 - epsilon)
    cost = -(1/m) * np.sum(y_true * np.log(y_pred) + (1 - y_true) * np.log(1 - y_pred))
    return cost


def compute_loss(y_pred, y_true):  # seed 001
    m = y_true.shape[0]
    epsilon = 1e-15
    y_pred = np.clip(y_pred, epsilon, 1 - epsilon)
    loss = -np.sum(y_true * np.log(y_pred)) / m
    return loss


def mse(predictions, targets):  # seed 002
    return np.mean((predictions - targets) ** 2)


def softmax(x):
    exp_x = np.exp(x - np.max(x, axis=-1, keepdims=True))
    return exp_x / np.sum(exp_x, axis=-1, keepdims=True)


rs = np.random.RandomState(3)
# binary: 6 samples, 2 outputs, including a saturated 0 and 1 prediction (clipped)
pb = rs.uniform(0.02, 0.98, (6, 2))
pb[0, 0], pb[1, 1] = 0.0, 1.0
yb = (rs.uniform(size=(6, 2)) > 0.5).astype(float)
# categorical: 5 samples, 3 classes, softmax outputs, one row with a zero probability on its class
pc = softmax(rs.randn(5, 3) * 2)
yc = np.eye(3)[[0, 2, 1, 1, 0]]
pc[4] = [0.0, 0.5, 0.5]
# regression: 5 samples, 2 outputs
pr = rs.randn(5, 2)
yr = rs.randn(5, 2)

out = {
    "binary": {"pred": pb.tolist(), "target": yb.tolist(), "loss": compute_cost(yb, pb)},
    "categorical": {"pred": pc.tolist(), "target": yc.tolist(), "loss": compute_loss(pc, yc)},
    "mse": {"pred": pr.tolist(), "target": yr.tolist(), "loss": mse(pr, yr),
            "gradient": (2 * (pr - yr) / pr.size).tolist()},
}
path = os.path.join(os.path.dirname(__file__), "..", "src", "__fixtures__", "losses.json")
with open(path, "w") as f:
    json.dump(out, f, indent=1)
print("wrote", os.path.normpath(path))
