#!/usr/bin/env python3
"""Writes the NumPy reference values that losses.test.ts compares against.

Run with Debian's python3-numpy: /usr/bin/python3 packages/losses/scripts/make-fixtures.py
The loss values come from the tutorials' own code: seed 000's compute_cost (binary
cross-entropy), seed 001's compute_loss (categorical cross-entropy), seed 002's compute_loss (MSE).
MAE and Huber follow Keras's definitions (keras/src/losses/losses.py: the per-sample loss is the
mean over the last axis), and "weighted" applies Keras's default reduction, sum_over_batch_size:
sum(w_i * loss_i) / m, dividing by the number of rows m, not by sum(w).
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

# --- drawn after the values above, so those stay the same draw for draw ---
# mae: 5 samples, 2 outputs, one exact tie (sub-gradient 0)
pa = rs.randn(5, 2)
ya = rs.randn(5, 2)
pa[2, 1] = ya[2, 1]
# huber: errors on both sides of delta (1 and 2)
ph = rs.randn(6, 2) * 2.5
yh = rs.randn(6, 2)


def huber_keras(y_true, y_pred, delta):  # keras.losses.huber, per sample
    error = y_pred - y_true
    abs_error = np.abs(error)
    half = 0.5
    return np.mean(np.where(abs_error <= delta, half * np.square(error), delta * abs_error - half * np.square(delta)), axis=-1)


def sum_over_batch_size(per_sample, w):
    return np.sum(w * per_sample) / per_sample.shape[0]


# weights with a zero and values above 1, one per row of each fixture above
w5 = np.array([0.5, 2.0, 0.0, 1.0, 3.0])
w6 = np.array([1.5, 0.0, 0.25, 1.0, 2.0, 0.75])
clip = np.clip(pb, 1e-15, 1 - 1e-15)
bce_rows = -np.sum(yb * np.log(clip) + (1 - yb) * np.log(1 - clip), axis=-1)  # seed 000 sums over outputs
cce_clip = np.clip(pc, 1e-15, 1 - 1e-15)
zc = rs.randn(5, 3)
sc = softmax(zc)
weighted = {
    "mse": {"w": w5.tolist(), "loss": sum_over_batch_size(np.mean((pr - yr) ** 2, axis=-1), w5),
            "gradient": (w5[:, None] * 2 * (pr - yr) / pr.size).tolist()},
    "mae": {"w": w5.tolist(), "loss": sum_over_batch_size(np.mean(np.abs(pa - ya), axis=-1), w5),
            "gradient": (w5[:, None] * np.sign(pa - ya) / pa.size).tolist()},
    "huber": {"w": w6.tolist(), "loss": sum_over_batch_size(huber_keras(yh, ph, 1.0), w6),
              "gradient": (w6[:, None] * np.clip(ph - yh, -1.0, 1.0) / ph.size).tolist()},
    "binary": {"w": w6.tolist(), "loss": sum_over_batch_size(bce_rows, w6),
               "gradient": (w6[:, None] * (clip - yb) / (clip * (1 - clip)) / pb.shape[0]).tolist()},
    "categorical": {"w": w5.tolist(), "loss": sum_over_batch_size(-np.sum(yc * np.log(cce_clip), axis=-1), w5),
                    "gradient": (w5[:, None] * -yc / (cce_clip * pc.shape[0])).tolist()},
    "fusedSoftmax": {"w": w5.tolist(), "pred": sc.tolist(), "gradient": (w5[:, None] * (sc - yc) / sc.shape[0]).tolist()},
}

out = {
    "binary": {"pred": pb.tolist(), "target": yb.tolist(), "loss": compute_cost(yb, pb)},
    "categorical": {"pred": pc.tolist(), "target": yc.tolist(), "loss": compute_loss(pc, yc)},
    "mse": {"pred": pr.tolist(), "target": yr.tolist(), "loss": mse(pr, yr),
            "gradient": (2 * (pr - yr) / pr.size).tolist()},
    "mae": {"pred": pa.tolist(), "target": ya.tolist(), "loss": np.mean(np.abs(pa - ya)),
            "gradient": (np.sign(pa - ya) / pa.size).tolist()},
    "huber": {"pred": ph.tolist(), "target": yh.tolist(), "loss": np.mean(huber_keras(yh, ph, 1.0)),
              "gradient": (np.clip(ph - yh, -1.0, 1.0) / ph.size).tolist(),
              "delta2": {"loss": np.mean(huber_keras(yh, ph, 2.0)), "gradient": (np.clip(ph - yh, -2.0, 2.0) / ph.size).tolist()}},
    "weighted": weighted,
}
path = os.path.join(os.path.dirname(__file__), "..", "src", "__fixtures__", "losses.json")
with open(path, "w") as f:
    json.dump(out, f, indent=1)
print("wrote", os.path.normpath(path))
