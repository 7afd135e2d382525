import { Matrix, type RandomState } from "@backprop/linalg";
import { sampleWithoutReplacement } from "./sample-without-replacement.js";

/**
 * scikit-learn's `_generate_hypercube(samples, dimensions, rng)`: `samples` distinct vertices of
 * the unit hypercube, row `k` being the binary digits (most significant first) of the `k`-th
 * number drawn without replacement from `0 … 2^dimensions − 1`. Past 30 dimensions the extra
 * leading columns are `randint(2)` coin flips drawn first, as scikit-learn does.
 */
export function generateHypercube(samples: number, dimensions: number, rng: RandomState): Matrix {
  const out = new Matrix(samples, dimensions);
  let offset = 0;
  if (dimensions > 30) {
    offset = dimensions - 30;
    const coins = rng.randint(0, 2, samples * offset);
    for (let i = 0; i < samples; i++) {
      for (let j = 0; j < offset; j++) out.data[i * dimensions + j] = coins[i * offset + j] as number;
    }
  }
  const bits = dimensions - offset;
  const numbers = sampleWithoutReplacement(2 ** bits, samples, rng);
  for (let i = 0; i < samples; i++) {
    const n = numbers[i] as number;
    for (let b = 0; b < bits; b++) out.data[i * dimensions + offset + b] = Math.floor(n / 2 ** (bits - 1 - b)) % 2;
  }
  return out;
}
