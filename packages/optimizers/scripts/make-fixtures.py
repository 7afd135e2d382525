#!/usr/bin/env python3
"""Writes the NumPy reference updates that optimizers.test.ts compares against.

Run with Debian's python3-numpy: /usr/bin/python3 packages/optimizers/scripts/make-fixtures.py
Each optimizer is written here from its textbook update rule (Keras's conventions for momentum),
independently of the TypeScript. Adam is seed 001's AdamOptimizer.update with t advanced once per
step, not once per parameter. Schedules are seed 001's LearningRateScheduler.
"""
import json
import os
import numpy as np

rs = np.random.RandomState(11)
W0 = [rs.randn(2, 3), rs.randn(1, 3)]
GRADS = [[rs.randn(2, 3), rs.randn(1, 3)] for _ in range(4)]


def run(update, state_init):
    params = [w.copy() for w in W0]
    states = [state_init(w) for w in params]
    history = []
    for t, grads in enumerate(GRADS, start=1):
        for i, (w, g) in enumerate(zip(params, grads)):
            params[i] = update(w, g, states[i], t)
        history.append([p.tolist() for p in params])
    return history


def sgd(lr, wd=0.0):
    return lambda w, g, s, t: w - lr * (g + wd * w)


def momentum(lr, mu, nesterov=False, wd=0.0):
    def update(w, g, s, t):
        step = lr * (g + wd * w)
        s["v"] = mu * s["v"] - step
        return w + mu * s["v"] - step if nesterov else w + s["v"]
    return update


def adam(lr, b1=0.9, b2=0.999, eps=1e-8, wd=0.0, decoupled=False):
    def update(w, g, s, t):
        if decoupled:
            w = w - lr * wd * w
        else:
            g = g + wd * w
        s["m"] = b1 * s["m"] + (1 - b1) * g
        s["v"] = b2 * s["v"] + (1 - b2) * g**2
        m_hat = s["m"] / (1 - b1**t)
        v_hat = s["v"] / (1 - b2**t)
        return w - lr * m_hat / (np.sqrt(v_hat) + eps)
    return update


def rmsprop(lr, rho=0.9, eps=1e-8):
    def update(w, g, s, t):
        s["s"] = rho * s["s"] + (1 - rho) * g**2
        return w - lr * g / (np.sqrt(s["s"]) + eps)
    return update


def adagrad(lr, eps=1e-8, init=0.0):
    def update(w, g, s, t):
        s["s"] = s["s"] + g**2
        return w - lr * g / (np.sqrt(s["s"]) + eps)
    return update


def zeros(*keys, init=0.0):
    return lambda w: {k: np.full_like(w, init) for k in keys}


cases = [
    ("sgd", {"learningRate": 0.1}, sgd(0.1), zeros()),
    ("sgd", {"learningRate": 0.1, "weightDecay": 0.05}, sgd(0.1, 0.05), zeros()),
    ("momentum", {"learningRate": 0.05, "momentum": 0.8}, momentum(0.05, 0.8), zeros("v")),
    ("nesterov", {"learningRate": 0.05, "momentum": 0.8}, momentum(0.05, 0.8, True), zeros("v")),
    ("adam", {"learningRate": 0.01}, adam(0.01), zeros("m", "v")),
    ("adam", {"learningRate": 0.01, "beta1": 0.8, "beta2": 0.99, "epsilon": 1e-6, "weightDecay": 0.1},
     adam(0.01, 0.8, 0.99, 1e-6, 0.1), zeros("m", "v")),
    ("adamw", {"learningRate": 0.01, "weightDecay": 0.1}, adam(0.01, wd=0.1, decoupled=True), zeros("m", "v")),
    ("rmsprop", {"learningRate": 0.01, "rho": 0.95}, rmsprop(0.01, 0.95), zeros("s")),
    ("adagrad", {"learningRate": 0.1, "initialAccumulator": 0.1}, adagrad(0.1, init=0.1), zeros("s", init=0.1)),
]


class LearningRateScheduler:  # seed 001
    @staticmethod
    def step_decay(initial_lr, epoch, drop_rate=0.5, epochs_drop=100):
        return initial_lr * (drop_rate ** (epoch // epochs_drop))

    @staticmethod
    def exponential_decay(initial_lr, epoch, decay_rate=0.96):
        return initial_lr * (decay_rate ** epoch)

    @staticmethod
    def cosine_annealing(initial_lr, epoch, total_epochs):
        return initial_lr * (1 + np.cos(np.pi * epoch / total_epochs)) / 2


epochs = [0, 1, 2, 7, 99, 100, 101, 250, 299, 300, 999]
S = LearningRateScheduler
out = {
    "initial": [w.tolist() for w in W0],
    "grads": [[g.tolist() for g in step] for step in GRADS],
    "cases": [{"name": n, "options": o, "history": run(u, init)} for n, o, u, init in cases],
    "schedules": {
        "epochs": epochs,
        "stepDecay": [S.step_decay(0.1, e) for e in epochs],
        "stepDecay_25_0.3": [S.step_decay(0.1, e, 0.3, 25) for e in epochs],
        "exponentialDecay": [S.exponential_decay(0.1, e) for e in epochs],
        "exponentialDecay_0.9": [S.exponential_decay(0.1, e, 0.9) for e in epochs],
        "cosineAnnealing_1000": [float(S.cosine_annealing(0.1, e, 1000)) for e in epochs],
    },
}
path = os.path.join(os.path.dirname(__file__), "..", "src", "__fixtures__", "optimizers.json")
with open(path, "w") as f:
    json.dump(out, f, indent=1)
print("wrote", os.path.normpath(path))
