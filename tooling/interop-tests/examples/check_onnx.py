"""Compare ONNX Runtime for Python on an export with `backprop predict --json` on the same CSV rows.

Usage: python check_onnx.py model.onnx rows.csv predictions.json
(predictions.json from `backprop predict --model model.json --input rows.csv --json`).
"""
import json
import sys

import numpy as np
import onnxruntime as ort

path, csv_path, json_path = sys.argv[1:4]
session = ort.InferenceSession(path, providers=["CPUExecutionProvider"])
(inp,) = session.get_inputs()
dtype = np.float64 if inp.type == "tensor(double)" else np.float32
rows = np.loadtxt(csv_path, delimiter=",", skiprows=1, dtype=dtype)
(ort_p,) = session.run(["output"], {inp.name: rows})
backprop = json.load(open(json_path))
bp_p = np.array([p["probabilities"] for p in backprop["predictions"]])
same = int((ort_p.argmax(1) == bp_p.argmax(1)).sum())
print(f"{len(rows)} rows, {inp.type}: same class for {same}, max |Δp| = {np.abs(ort_p - bp_p).max():.2e}")
