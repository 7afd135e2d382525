"""Turn a backprop ONNX export into a PyTorch module with onnx2torch, predict raw Iris rows, and train on.

Usage: python to_torch.py model17.onnx   (onnx2torch 1.5.15 reads opsets up to 17: export with --opset 17)
"""
import sys

import numpy as np
import onnx
import onnx2torch
import onnxruntime as ort
import torch
from sklearn.datasets import load_iris

path = sys.argv[1] if len(sys.argv) > 1 else "model17.onnx"
module = onnx2torch.convert(onnx.load(path))
print(f"torch {torch.__version__}:", [type(m).__name__ for m in module.children()])
rows = np.array([[5.1, 3.5, 1.4, 0.2], [6.1, 2.8, 4.7, 1.2], [6.7, 3.0, 5.2, 2.3]], dtype=np.float32)
with torch.no_grad():
    p = module(torch.from_numpy(rows)).numpy()
(ref,) = ort.InferenceSession(path, providers=["CPUExecutionProvider"]).run(["output"], {"input": rows})
print(" ".join(f"{v:.4f}" for v in p[1]), f"(max |torch − onnxruntime| on 3 rows: {np.abs(p - ref).max():.1e})")

# Keep training in PyTorch: the Gemms are now nn.Linear layers with trainable weights.
iris = load_iris()
x, y = torch.tensor(iris.data, dtype=torch.float32), torch.tensor(iris.target)
optimizer = torch.optim.Adam(module.parameters(), lr=1e-3)
loss = lambda: torch.nn.functional.nll_loss(torch.log(module(x) + 1e-12), y)
before = loss().item()
for _ in range(100):
    optimizer.zero_grad()
    step = loss()
    step.backward()
    optimizer.step()
print(f"{sum(q.numel() for q in module.parameters())} parameters; Iris loss {before:.6f} → {loss().item():.6f} after 100 Adam steps")
