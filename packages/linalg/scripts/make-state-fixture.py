"""Writes src/random/__fixtures__/random-state-state.json: NumPy's RandomState.get_state() after a
few draws (one with a cached normal, one without), and the draws that follow it. The test replays
them: RandomState.getState() must equal NumPy's state word for word, and fromState() must continue
with NumPy's next draws.

    /usr/bin/python3 packages/linalg/scripts/make-state-fixture.py
"""
import json
import os

import numpy as np

cases = []
for seed, before in [(42, "randn3"), (7, "rand5"), (123, "randn1000")]:
    rs = np.random.RandomState(seed)
    if before == "randn3":
        rs.randn(3)
    elif before == "rand5":
        rs.random_sample(5)
    else:
        rs.randn(1000)
    name, key, pos, has_gauss, cached = rs.get_state()
    after_normals = rs.randn(3).tolist()
    after_uniforms = rs.random_sample(3).tolist()
    cases.append({
        "seed": seed,
        "before": before,
        "key": [int(k) for k in key],
        "pos": int(pos),
        "hasGauss": bool(has_gauss),
        "gauss": float(cached),
        "afterNormals": after_normals,
        "afterUniforms": after_uniforms,
    })

out = os.path.join(os.path.dirname(__file__), "..", "src", "random", "__fixtures__", "random-state-state.json")
with open(out, "w") as f:
    json.dump({"numpy": np.__version__, "cases": cases}, f)
