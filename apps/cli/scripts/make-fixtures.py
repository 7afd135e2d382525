#!/usr/bin/env python3
"""Runs the NumPy tutorials' own code and writes what `backprop demo --json` must reproduce.

Run with Debian's python3-sklearn: /usr/bin/python3 apps/cli/scripts/make-fixtures.py
For each demo and seed S it does what the tutorial does after `np.random.seed(S)`:
  classification, xor  seed 000 (NeuralNetwork, He-scaled randn, sigmoid, BCE, full batch)
  iris                 seed 001 (4-16-8-3 relu/relu/softmax, CE, lr 0.1, batch 16, permutation per epoch)
  xor-mse              seed 002 (randn * 0.5, sigmoid, MSE, lr 1.0, 1000 epochs)
The data and splits keep the tutorials' fixed random_state=42. The per-epoch loss is kept every
LOSS_STRIDE epochs (plus the last one) to keep the fixture small; accuracies are exact; `stdout`
is what the tutorial prints, line for line.
"""
import contextlib
import io
import json
import os

from tutorial_000 import demo_classification, demo_xor
from tutorial_001 import demo_iris
from tutorial_002 import demo_xor_mse

SEEDS = [42, 7]
LOSS_STRIDE = 10
OUT = os.path.join(os.path.dirname(__file__), "..", "test", "__fixtures__", "demos.json")


DEMOS = {
    "classification": demo_classification,
    "xor": demo_xor,
    "iris": demo_iris,
    "xor-mse": demo_xor_mse,
}


def run(name, seed):
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        loss, train_accuracy, test_accuracy = DEMOS[name](seed)
    loss = [float(v) for v in loss]
    kept = {str(i): loss[i] for i in range(0, len(loss), LOSS_STRIDE)}
    kept[str(len(loss) - 1)] = loss[-1]
    return {
        "demo": name,
        "seed": seed,
        "epochs": len(loss),
        "loss": kept,
        "trainAccuracy": float(train_accuracy),
        "testAccuracy": None if test_accuracy is None else float(test_accuracy),
        "stdout": buffer.getvalue().splitlines(),
    }


def main():
    cases = [run(name, seed) for seed in SEEDS for name in DEMOS]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump({"lossStride": LOSS_STRIDE, "cases": cases}, f, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {len(cases)} cases to {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
