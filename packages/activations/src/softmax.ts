import { fastExp, type Matrix } from "@backprop/linalg";
import type { Activation } from "./types.js";
import { backwardTarget, forwardTarget } from "./targets.js";
import { builtIn } from "./built-in.js";

/**
 * Row-wise softmax `aᵢⱼ = exp(zᵢⱼ − maxⱼ zᵢⱼ) / Σₖ exp(zᵢₖ − maxⱼ zᵢⱼ)`, and its backward pass, the
 * real Jacobian-vector product per row: `dZᵢⱼ = aᵢⱼ (dAᵢⱼ − Σₖ dAᵢₖ aᵢₖ)`.
 * (With cross-entropy, `fusedOutputGradient` from `@backprop/losses` gives the shortcut `p − y`.)
 *
 * @throws ShapeError when the shapes of `z`, `a`, `dA` or `out` disagree.
 * @example
 * softmax.forward(Matrix.from([[1000, 1000]])).toArray(); // [[0.5, 0.5]]
 */
export const softmax: Activation = /* @__PURE__ */ builtIn({
  name: "softmax",
  config: /* @__PURE__ */ Object.freeze({}),
  forward(z: Matrix, out?: Matrix): Matrix {
    const r = forwardTarget("softmax.forward", z, out);
    const x = z.data, y = r.data, cols = z.cols;
    for (let i = 0; i < z.rows; i++) {
      const base = i * cols;
      // Subtracting the row max makes every exponent ≤ 0, so exp never overflows.
      let m = -Infinity;
      for (let j = 0; j < cols; j++) if ((x[base + j] as number) > m) m = x[base + j] as number;
      let total = 0;
      for (let j = 0; j < cols; j++) {
        const e = fastExp((x[base + j] as number) - m);
        y[base + j] = e;
        total += e;
      }
      for (let j = 0; j < cols; j++) y[base + j] = (y[base + j] as number) / total;
    }
    return r;
  },
  backward(z: Matrix, a: Matrix, dA: Matrix, out?: Matrix): Matrix {
    const r = backwardTarget("softmax.backward", z, a, dA, out);
    const p = a.data, g = dA.data, d = r.data, cols = z.cols;
    for (let i = 0; i < z.rows; i++) {
      const base = i * cols;
      let dot = 0;
      for (let j = 0; j < cols; j++) dot += (g[base + j] as number) * (p[base + j] as number);
      for (let j = 0; j < cols; j++) d[base + j] = (p[base + j] as number) * ((g[base + j] as number) - dot);
    }
    return r;
  },
} as const);
