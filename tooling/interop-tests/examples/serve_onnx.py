"""Serve an exported backprop model with ONNX Runtime for Python: raw Iris rows in, class probabilities out.

Usage: python serve_onnx.py model.onnx   (pip install onnxruntime numpy)
"""
import json
import sys

import numpy as np
import onnxruntime as ort

path = sys.argv[1] if len(sys.argv) > 1 else "model.onnx"
session = ort.InferenceSession(path, providers=["CPUExecutionProvider"])
class_names = json.loads(session.get_modelmeta().custom_metadata_map.get("classNames", "[]"))
(inp,) = session.get_inputs()
dtype = np.float64 if inp.type == "tensor(double)" else np.float32  # `backprop export --dtype float64` takes doubles
rows = np.array([[5.1, 3.5, 1.4, 0.2], [6.1, 2.8, 4.7, 1.2], [6.7, 3.0, 5.2, 2.3]], dtype=dtype)
(probabilities,) = session.run(["output"], {inp.name: rows})
print(f"onnxruntime {ort.__version__}: input {inp.name} {inp.type} {inp.shape}, output {probabilities.dtype} {probabilities.shape}")
for row, p in zip(rows, probabilities):
    print(",".join(f"{v:g}" for v in row), "→", class_names[int(p.argmax())], " ".join(f"{v:.4f}" for v in p))
