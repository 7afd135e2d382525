#!/usr/bin/env python3
"""Writes the reference values for the activations added after the tutorials' five, and for erf.

Run: /usr/bin/python3 packages/activations/scripts/make-smooth-fixtures.py (NumPy, SciPy, mpmath).
  smooth-activations.json: forward a = f(z) and backward dA·f'(z) for elu, selu, gelu, geluTanh,
    softplus, softsign, swish, hardSigmoid and mish. Each f is its textbook formula evaluated in
    mpmath at 50 digits (so no double rounding or overflow of ours is shared with the reference);
    f' is mpmath's numerical derivative of that formula, an independent route to the backward rule.
    The script also checks the usual NumPy/SciPy formulas against these values on moderate inputs.
  erf.json: SciPy's erf, and mpmath's correctly rounded erf, erfc and normal cdf, on
    1,000 points spread over every scale from 1e-300 to 40.
"""
import json
import math
import os

import mpmath as mp
import numpy as np
import scipy.special as sp

mp.mp.dps = 50
HERE = os.path.dirname(__file__)
ELU_ALPHA = 0.7
HS_ALPHA, HS_BETA = 1 / 6, 0.5
SELU_SCALE = mp.mpf("1.05070098735548049341933498529")
SELU_ALPHA = mp.mpf("1.67326324235437728481704299167")
C = mp.sqrt(2 / mp.pi)


def softplus(x):
    return mp.log1p(mp.exp(x))


def sigma(x):
    return 1 / (1 + mp.exp(-x))


FUNCTIONS = {
    "elu": lambda x: x if x > 0 else ELU_ALPHA * mp.expm1(x),
    "selu": lambda x: SELU_SCALE * x if x > 0 else SELU_SCALE * SELU_ALPHA * mp.expm1(x),
    # erfc's series check overflows for |x| ≳ 1e150; beyond 1e4, Φ is 0 or 1 to far below a double.
    "gelu": lambda x: x * (mp.ncdf(x) if abs(x) < 1e4 else (1 if x > 0 else 0)),
    "geluTanh": lambda x: x / 2 * (1 + mp.tanh(C * (x + mp.mpf("0.044715") * x**3))),
    "softplus": softplus,
    "softsign": lambda x: x / (1 + abs(x)),
    "swish": lambda x: x * sigma(x),
    "hardSigmoid": lambda x: min(mp.mpf(1), max(mp.mpf(0), mp.mpf(HS_ALPHA) * x + mp.mpf(HS_BETA))),
    "mish": lambda x: x * mp.tanh(softplus(x)),
}
# NumPy/SciPy forms of the same functions, as Keras's NumPy backend writes them (the tanh form
# cancels in the lower tail, hence the absolute tolerance of the check below).
NUMPY = {
    "elu": lambda x: np.where(x > 0, x, ELU_ALPHA * np.expm1(x)),
    "selu": lambda x: float(SELU_SCALE) * np.where(x > 0, x, float(SELU_ALPHA) * np.expm1(x)),
    "gelu": lambda x: x * sp.ndtr(x),  # Keras's 0.5·x·(1 + erf(x/√2)) loses the lower tail
    "geluTanh": lambda x: 0.5 * x * (1 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x**3))),
    "softplus": lambda x: np.logaddexp(x, 0),
    "softsign": lambda x: x / (1 + np.abs(x)),
    "swish": lambda x: x * sp.expit(x),
    "hardSigmoid": lambda x: np.clip(x + 3, 0, 6) / 6,
    "mish": lambda x: x * np.tanh(np.logaddexp(x, 0)),
}

rs = np.random.RandomState(13)
moderate = np.concatenate([rs.randn(3, 6) * 3, [[-7.5, -2.9, -0.3, 0.45, 2.99, 6.2]]])
extreme = [[-1e308, -800.0, -40.0, -1e-300, -0.0, 5e-324], [1e-300, 30.0, 40.0, 800.0, 1e150, 1e308]]
z = np.concatenate([moderate, extreme])
dA = rs.randn(*z.shape)


def derivative(f, x):
    """f'(x) by differences at 400 digits (so that f(x ± h) still differ where f' is tiny beside f)
    with a step relative to x; one-sided next to elu's and selu's kink at 0, and from the left at 0
    itself: the rule our elu and selu follow, as PyTorch's."""
    with mp.workdps(400):
        x = mp.mpf(x)
        if abs(x) < 1e-200:
            h = abs(x) * mp.mpf(10) ** -25 if x != 0 else mp.mpf(10) ** -70
            return (f(x + h) - f(x)) / h if x > 0 else (f(x) - f(x - h)) / h
        return mp.diff(f, x, h=max(abs(x), 1) * mp.mpf(10) ** -30)


cases = {}
for name, f in FUNCTIONS.items():
    fwd = [[float(f(mp.mpf(v))) for v in row] for row in z]
    bwd = [[float(mp.mpf(g) * derivative(f, v)) for v, g in zip(row, grow)] for row, grow in zip(z, dA)]
    approx = NUMPY[name](moderate)
    assert np.allclose(approx, np.array(fwd[: len(moderate)]), rtol=1e-13, atol=1e-14), name
    cases[name] = {"forward": fwd, "backward": bwd}

with open(os.path.join(HERE, "..", "src", "__fixtures__", "smooth-activations.json"), "w") as out:
    json.dump({"z": z.tolist(), "dA": dA.tolist(), "eluAlpha": ELU_ALPHA, "cases": cases}, out, indent=1)

# erf: uniform on [-7, 7], uniform on [-40, 40], and log-uniform magnitudes 1e-300 … 30.
xs = np.concatenate([rs.uniform(-7, 7, 400), rs.uniform(-40, 40, 200),
                     np.where(rs.rand(400) < 0.5, -1, 1) * 10 ** rs.uniform(-300, 1.5, 400)])
erf_fixture = {
    "x": xs.tolist(),
    "scipyErf": sp.erf(xs).tolist(),
    "erf": [float(mp.erf(mp.mpf(v))) for v in xs],
    "erfc": [float(mp.erfc(mp.mpf(v))) for v in xs],
    "normalCdf": [float(mp.ncdf(mp.mpf(v))) for v in xs],
}
with open(os.path.join(HERE, "..", "src", "__fixtures__", "erf.json"), "w") as out:
    json.dump(erf_fixture, out)
print("wrote smooth-activations.json and erf.json")
