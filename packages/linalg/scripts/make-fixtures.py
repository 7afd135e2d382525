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
    # choice with p and without replacement: rounds of uniforms until `size` distinct indices
    [("choice", [6, 4, False, [0.1, 0.0, 0.3, 0.2, 0.15, 0.25]]), ("randn", [1]),
     ("choice", [20, 19, False, [(i + 1) / 210 for i in range(20)]]), ("choice", [3, 3, False, [0.98, 0.01, 0.01]]),
     ("random_sample", [2])],
]

fixtures = [case(seed, seq) for seed in SEEDS for seq in SEQUENCES]
out = os.path.join(os.path.dirname(__file__), "..", "src", "random", "__fixtures__", "random-state.json")
with open(out, "w") as f:
    json.dump({"numpy": np.__version__, "cases": fixtures}, f, separators=(",", ":"))
print(f"wrote {len(fixtures)} cases to {os.path.relpath(out)}")


# Many normals for one seed, as little-endian float64 in base64 (a third of the JSON size), then
# one uniform drawn afterwards to show the stream is still in step.
import base64
import math
from decimal import Decimal, getcontext

rs = np.random.RandomState(2024)
normals = rs.standard_normal(6000)
many = {
    "numpy": np.__version__,
    "seed": 2024,
    "count": len(normals),
    "standardNormalBase64": base64.b64encode(normals.astype("<f8").tobytes()).decode("ascii"),
    "nextRandomSample": rs.random_sample(),
}
out = os.path.join(os.path.dirname(__file__), "..", "src", "random", "__fixtures__", "many-normals.json")
with open(out, "w") as f:
    json.dump(many, f, separators=(",", ":"))
print(f"wrote {len(normals)} normals to {os.path.relpath(out)}")

# Correctly rounded natural logs (decimal's ln at 50 digits, rounded once to a double) for inputs
# spread over (0, 1) — where RandomState needs them — plus powers of two, values near 1, the
# subnormal range and the largest double.
getcontext().prec = 50
rs = np.random.RandomState(5)
xs = list(rs.random_sample(400)) + list(1 + rs.uniform(-1e-3, 1e-3, 50))
xs += list(np.exp(rs.uniform(-740, 709, 50)))
xs += [5e-324, 1e-310, 2.2250738585072014e-308, 0.5, 0.75, 1.0, 1.5, 2.0, 0.7499999999999999,
       1.4999999999999998, 1.0000000000000002, 0.9999999999999999, 1.7976931348623157e308]
logs = {"x": [float(x) for x in xs], "ln": [float(Decimal(float(x)).ln()) for x in xs]}
out = os.path.join(os.path.dirname(__file__), "..", "src", "random", "__fixtures__", "log.json")
with open(out, "w") as f:
    json.dump(logs, f, separators=(",", ":"))
print(f"wrote {len(xs)} logarithms to {os.path.relpath(out)}")

# Correctly rounded exponentials (decimal's exp at 50 digits, rounded once to a double) for fastExp:
# the whole range it computes itself, the sigmoid's usual inputs, tiny arguments, points halfway
# between its table's steps of ln(2)/64, and the edges where it hands over to Math.exp.
rs = np.random.RandomState(6)
step = float(Decimal(2).ln() / 64)
xs = list(rs.uniform(-700, 700, 1500)) + list(rs.uniform(-30, 30, 1500)) + list(rs.uniform(-1, 1, 500))
xs += list((rs.randint(-6000, 6000, 300) + 0.5) * step)
xs += list(np.exp(rs.uniform(-690, -2, 100))) + list(-np.exp(rs.uniform(-690, -2, 100)))
xs += [0.0, 1.0, -1.0, 0.5, 2.0, 10.0, 699.9999999999999, -699.9999999999999, 700.0, -700.0,
       709.782712893384, -708.3964185322641, -745.1332191019411, 5e-324, -5e-324]
exps = {"x": [float(x) for x in xs], "exp": [float(Decimal(float(x)).exp()) for x in xs]}
out = os.path.join(os.path.dirname(__file__), "..", "src", "math", "__fixtures__", "exp.json")
os.makedirs(os.path.dirname(out), exist_ok=True)
with open(out, "w") as f:
    json.dump(exps, f, separators=(",", ":"))
print(f"wrote {len(xs)} exponentials to {os.path.relpath(out)}")
