#!/usr/bin/env python3
"""Writes src/math/__fixtures__/exp2-table.json: 2^(j/64) for j = 0..63 as double-double pairs,
which exp.test.ts compares with the table fastExp builds when loaded, and prints the constants
src/math/exp.ts holds: 2^(1/64) as a double-double pair, and ln(2)/64 split so that k * hi is
exact for every k fastExp reduces by.

Run with /usr/bin/python3 packages/linalg/scripts/make-exp-table.py. Standard library only:
decimal's exp() and ln() are correctly rounded at the working precision (60 digits here).
"""
import json
import os
from decimal import Decimal, getcontext

getcontext().prec = 60
N = 64

ln2 = Decimal(2).ln()


def split(value):
    """(hi, lo): hi = value rounded to a double, lo = the rest rounded to a double."""
    hi = float(value)
    return hi, float(value - Decimal(hi))


step = ln2 / N
# 36 significant bits: |k| < 2^17 for |x| < 709, so k * hi needs at most 53 bits and is exact.
scale = Decimal(2) ** (36 + 7)  # step is in [2^-7, 2^-6)
step_hi = float(int(step * scale) / scale)
step_lo = float(step - Decimal(step_hi))

pairs = [split((ln2 * j / N).exp()) for j in range(N)]
out = os.path.join(os.path.dirname(__file__), "..", "src", "math", "__fixtures__", "exp2-table.json")
os.makedirs(os.path.dirname(out), exist_ok=True)
with open(out, "w") as f:
    json.dump({"hi": [p[0] for p in pairs], "lo": [p[1] for p in pairs]}, f, separators=(",", ":"))
print(f"wrote {N} pairs to {os.path.relpath(out)}")
print(f"2^(1/64) = {pairs[1][0]!r} + {pairs[1][1]!r}")
print(f"ln(2)/64 = {step_hi!r} + {step_lo!r}")
