#!/usr/bin/env python3
"""Writes the NumPy reference draws that random-state.test.ts compares against.

Run with Debian's python3-numpy: /usr/bin/python3 packages/linalg/scripts/make-fixtures.py
Each case starts from np.random.RandomState(seed) and makes the calls listed, in order, so the
TypeScript test can replay the same sequence and check the stream never falls out of step.
"""
import json
import os
import numpy as np

SEEDS = [0, 1, 42, 123456789, 2**32 - 1]


def case(seed, calls):
    rs = np.random.RandomState(seed)
    results = []
    for name, args in calls:
        if name == "shuffle":
            arr = np.arange(args[0])
            rs.shuffle(arr)
            value = arr
        elif name == "choice":
            n, size, replace = args[:3]
            p = args[3] if len(args) > 3 else None
            value = rs.choice(n, size=size, replace=replace, p=p)
        elif name in ("random_sample", "standard_normal"):
            value = getattr(rs, name)(*args)
        else:
            value = getattr(rs, name)(*args)
        results.append({"call": name, "args": args, "value": np.asarray(value).ravel().tolist()})
    return {"seed": seed, "results": results}


SEQUENCES = [
    [("random_sample", [10]), ("randint", [0, 10, 20])],
    [("randn", [3]), ("permutation", [10]), ("randn", [2])],
    [("randn", [5]), ("randn", [4, 3])],
    [("rand", [2, 3]), ("uniform", [-2.0, 3.0, 7]), ("normal", [1.5, 0.25, 5])],
    [("randint", [-5, 5, 30]), ("randint", [0, 2**31, 8]), ("randint", [0, 2**40, 6]), ("randint", [0, 1, 3])],
    [("shuffle", [17]), ("permutation", [150]), ("randn", [1])],
    [("choice", [10, 4, False]), ("choice", [5, 6, True]), ("choice", [4, 8, True, [0.1, 0.2, 0.3, 0.4]])],
    [("randn", [1]), ("random_sample", [1]), ("randn", [1]), ("randn", [1])],
    [("standard_normal", [1000])],
]

fixtures = [case(seed, seq) for seed in SEEDS for seq in SEQUENCES]
out = os.path.join(os.path.dirname(__file__), "..", "src", "random", "__fixtures__", "random-state.json")
with open(out, "w") as f:
    json.dump({"numpy": np.__version__, "cases": fixtures}, f, separators=(",", ":"))
print(f"wrote {len(fixtures)} cases to {os.path.relpath(out)}")
