#!/usr/bin/env python3
"""Writes the NumPy reference values that the layers tests compare against.

Run with Debian's python3-numpy: /usr/bin/python3 packages/layers/scripts/make-fixtures.py

initializers: each case starts from np.random.RandomState(seed) and draws one weight matrix the
way the tutorials write it (randn(n, m) * scale) or the way Keras defines the uniform ones
(uniform(-limit, limit, (n, m))). batch_norm: seed 001's BatchNormLayer.forward on a fixed batch,
plus the running statistics after two training batches and an inference pass. dropout: seed 001's
DropoutLayer.forward (np.random.binomial masks from the global generator) twice in a row after
np.random.seed(seed), so the second mask checks that the stream continues.
"""
import json
import os
import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "__fixtures__")


def initializers():
    cases = []
    for seed in [42, 0, 7]:
        for n, m in [(2, 4), (4, 3)]:
            def rs():
                return np.random.RandomState(seed)
            values = {
                "he": rs().randn(n, m) * np.sqrt(2.0 / n),
                "xavier": rs().randn(n, m) * np.sqrt(1.0 / n),
                "glorotNormal": rs().randn(n, m) * np.sqrt(2.0 / (n + m)),
                "heUniform": rs().uniform(-np.sqrt(6.0 / n), np.sqrt(6.0 / n), (n, m)),
                "xavierUniform": rs().uniform(-np.sqrt(3.0 / n), np.sqrt(3.0 / n), (n, m)),
                "glorotUniform": rs().uniform(-np.sqrt(6.0 / (n + m)), np.sqrt(6.0 / (n + m)), (n, m)),
                "normal0.5": rs().randn(n, m) * 0.5,
            }
            cases.append({"seed": seed, "fanIn": n, "fanOut": m, "values": {k: v.tolist() for k, v in values.items()}})
    return cases


class BatchNormLayer:  # seed 001, transcribed
    def __init__(self, n_features, epsilon=1e-8, momentum=0.9):
        self.epsilon, self.momentum = epsilon, momentum
        self.gamma = np.ones((1, n_features))
        self.beta = np.zeros((1, n_features))
        self.running_mean = np.zeros((1, n_features))
        self.running_var = np.ones((1, n_features))

    def forward(self, X, training):
        if training:
            mean = np.mean(X, axis=0, keepdims=True)
            var = np.var(X, axis=0, keepdims=True)
            self.running_mean = self.momentum * self.running_mean + (1 - self.momentum) * mean
            self.running_var = self.momentum * self.running_var + (1 - self.momentum) * var
            X_norm = (X - mean) / np.sqrt(var + self.epsilon)
        else:
            X_norm = (X - self.running_mean) / np.sqrt(self.running_var + self.epsilon)
        return self.gamma * X_norm + self.beta


def batch_norm():
    rs = np.random.RandomState(3)
    a = rs.randn(6, 3) * 2 + 1
    b = rs.randn(6, 3) - 0.5
    layer = BatchNormLayer(3)
    layer.gamma = np.array([[1.5, 0.5, -1.0]])
    layer.beta = np.array([[0.1, -0.2, 0.3]])
    out_a = layer.forward(a, True)
    out_b = layer.forward(b, True)
    out_inf = layer.forward(a, False)
    return {"gamma": layer.gamma[0].tolist(), "beta": layer.beta[0].tolist(), "a": a.tolist(), "b": b.tolist(),
            "trainA": out_a.tolist(), "trainB": out_b.tolist(), "inferenceA": out_inf.tolist(),
            "runningMean": layer.running_mean[0].tolist(), "runningVar": layer.running_var[0].tolist()}


class DropoutLayer:  # seed 001, transcribed
    def __init__(self, dropout_rate=0.5):
        self.dropout_rate = dropout_rate
        self.mask = None
        self.training = True

    def forward(self, X):
        if self.training:
            self.mask = np.random.binomial(1, 1 - self.dropout_rate, X.shape)
            self.mask = self.mask / (1 - self.dropout_rate)  # Inverted dropout
            return X * self.mask
        return X


def dropout():
    x = (np.arange(6 * 7, dtype=float).reshape(6, 7) - 20.0) / 7.0
    cases = []
    for rate in [0.1, 0.25, 0.5, 0.6, 0.75, 0.9]:
        for seed in [0, 42]:
            np.random.seed(seed)
            layer = DropoutLayer(rate)
            first = layer.forward(x)
            second = layer.forward(x)
            cases.append({"rate": rate, "seed": seed, "first": first.tolist(), "second": second.tolist()})
    return {"x": x.tolist(), "cases": cases}


if __name__ == "__main__":
    with open(os.path.join(OUT, "initializers.json"), "w") as f:
        json.dump(initializers(), f, separators=(",", ":"))
        f.write("\n")
    with open(os.path.join(OUT, "batch-norm.json"), "w") as f:
        json.dump(batch_norm(), f, separators=(",", ":"))
        f.write("\n")
    with open(os.path.join(OUT, "dropout.json"), "w") as f:
        json.dump(dropout(), f, separators=(",", ":"))
        f.write("\n")
