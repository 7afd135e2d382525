#!/usr/bin/env python3
"""Fits the polynomials behind erf.ts and writes them to src/erf-coefficients.ts.

Run: /usr/bin/python3 packages/activations/scripts/make-erf-coefficients.py (needs mpmath).
Each piece is a Chebyshev interpolant computed at 50 digits, rewritten as a polynomial in
(u - mid) and rounded to doubles:
  SMALL  P(t) = erf(x)/x - 1 with t = x², x in [0, 1]          (erf = x + x·P(x²))
  NEAR   g(x) = exp(x²)·erfc(x) on [1, 1.5], in u = x - 1.25
  MID    g(x) on [1.5, 2.5], in u = x - 2
  FAR    x·g(x) as a function of v = 1/x² for x in [2.5, 28], in u = v - mid
The degrees are the smallest at which the rounded polynomial, evaluated by Horner's rule in
doubles, is as close to the 50-digit value as more terms would make it.
"""
import os
import mpmath as mp

mp.mp.dps = 50


def chebyshev_interpolant(f, a, b, n):
    """Monomial coefficients in (x - mid) of the degree-n interpolant of f at Chebyshev points."""
    a, b = mp.mpf(a), mp.mpf(b)
    mid, h = (a + b) / 2, (b - a) / 2
    count = n + 1
    theta = [mp.pi * (k + mp.mpf(1) / 2) / count for k in range(count)]
    values = [f(mid + h * mp.cos(t)) for t in theta]
    cheb = [2 * sum(v * mp.cos(j * t) for v, t in zip(values, theta)) / count for j in range(count)]
    cheb[0] /= 2
    basis = [[mp.mpf(1)], [mp.mpf(0), mp.mpf(1)]]  # T_j as monomials in t = (x - mid)/h
    for j in range(2, count):
        nxt = [mp.mpf(0)] * (j + 1)
        for i, v in enumerate(basis[j - 1]):
            nxt[i + 1] += 2 * v
        for i, v in enumerate(basis[j - 2]):
            nxt[i] -= v
        basis.append(nxt)
    mono = [mp.mpf(0)] * count
    for j in range(count):
        for i, v in enumerate(basis[j]):
            mono[i] += cheb[j] * v
    return [mono[i] / h**i for i in range(count)], mid


def shift_to_zero(coefficients, mid):
    """Rewrites a polynomial in (t - mid) as one in t."""
    out = [mp.mpf(0)] * len(coefficients)
    for i, c in enumerate(coefficients):
        for j in range(i + 1):
            out[j] += c * mp.binomial(i, j) * (-mid) ** (i - j)
    return out


def scaled_erfc(x):
    return mp.erfc(x) * mp.exp(x * x)


def small(t):
    if t == 0:
        return 2 / mp.sqrt(mp.pi) - 1
    s = mp.sqrt(t)
    return mp.erf(s) / s - 1


pieces = {}
coefficients, mid = chebyshev_interpolant(small, 0, 1, 12)
pieces["SMALL"] = (shift_to_zero(coefficients, mid), None)
pieces["NEAR"] = chebyshev_interpolant(scaled_erfc, 1, 1.5, 12)
pieces["MID"] = chebyshev_interpolant(scaled_erfc, 1.5, 2.5, 15)
pieces["FAR"] = chebyshev_interpolant(lambda v: scaled_erfc(1 / mp.sqrt(v)) / mp.sqrt(v), mp.mpf(1) / 28**2, mp.mpf(1) / mp.mpf(2.5) ** 2, 20)

lines = [
    "// Written by scripts/make-erf-coefficients.py; do not edit by hand.",
    "// Polynomial coefficients, lowest degree first, for erf.ts.",
    "",
]
for name, (cs, mid) in pieces.items():
    lines.append(f"export const {name} = [{', '.join(repr(float(c)) for c in cs)}];")
    if mid is not None:
        lines.append(f"export const {name}_MID = {float(mid)!r};")
path = os.path.join(os.path.dirname(__file__), "..", "src", "erf-coefficients.ts")
with open(path, "w") as f:
    f.write("\n".join(lines) + "\n")
print("wrote", os.path.normpath(path))
