// Shared by the optimizer tests (state.test.ts, set-learning-rate.test.ts); not part of the package's exports.
import { Matrix, RandomState, type Param } from "@backprop/linalg";
import type { getOptimizer } from "./index.js";

/** A 3×2 weight and a 1×2 bias drawn from `seed`, with zero gradients. */
export function params(seed: number): Param[] {
  const rng = new RandomState(seed);
  return [
    { name: "w", value: rng.randn(3, 2) as Matrix, grad: new Matrix(3, 2) },
    { name: "b", value: rng.randn(1, 2) as Matrix, grad: new Matrix(1, 2) },
  ];
}

/** Steps `from … to−1`: each fills every grad with a deterministic function of the weights and the step, then steps. */
export function steps(opt: ReturnType<typeof getOptimizer>, ps: Param[], from: number, to: number): void {
  for (let t = from; t < to; t++) {
    for (const p of ps) p.grad.data.forEach((_, k) => (p.grad.data[k] = Math.sin(t + k) * (p.value.data[k] as number) + 0.1));
    opt.step(ps);
  }
}
