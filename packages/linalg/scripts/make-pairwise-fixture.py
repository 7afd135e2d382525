#!/usr/bin/env python3
"""Writes the NumPy sums that pairwise-sum.test.ts compares pairwiseSum against.

Run with Debian's python3-numpy: /usr/bin/python3 packages/linalg/scripts/make-pairwise-fixture.py
Each case is a float64 array whose values span many magnitudes (so the order of the additions
shows in the last bits), with np.sum of it and np.sum of it as an n×1 column (axis 0).
JSON floats are written by repr, which round-trips exactly.
"""
import json
import os
import numpy as np

rng = np.random.RandomState(7)
cases = []
for n in [0, 1, 7, 8, 9, 15, 16, 17, 127, 128, 129, 135, 136, 255, 256, 257, 1000, 4099]:
    x = rng.standard_normal(n) * 10.0 ** rng.randint(-3, 12, n)
    cases.append({
        "values": x.tolist(),
        "sum": float(np.sum(x)),
        "columnSum": float(np.sum(x.reshape(-1, 1), axis=0)[0]),
        "loopSum": float(sum(x.tolist())),
    })
out = os.path.join(os.path.dirname(__file__), "..", "src", "__fixtures__", "pairwise-sum.json")
with open(out, "w") as f:
    json.dump({"numpy": np.__version__, "cases": cases}, f)
