// Cost of NumPy-exact normals: RandomState.randn (polar method over a correctly rounded log)
// against the same polar method written here over Math.log, drawing the same uniforms.
import { RandomState } from "@backprop/linalg";
import { secondsPerCall } from "./measure.mjs";

/** The legacy polar method exactly as RandomState runs it, but with V8's Math.log. */
function randnWithMathLog(rng, count) {
  const out = new Float64Array(count);
  for (let i = 0; i < count; i += 2) {
    let x1, x2, r2;
    do {
      x1 = 2 * rng.nextDouble() - 1;
      x2 = 2 * rng.nextDouble() - 1;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1 || r2 === 0);
    const f = Math.sqrt((-2 * Math.log(r2)) / r2);
    out[i] = f * x2;
    if (i + 1 < count) out[i + 1] = f * x1;
  }
  return out;
}

export default async function randomSuite() {
  const shapes = [[4, 16], [64, 64], [784, 128]];
  console.log("randn(rows, cols): microseconds per call (fastest of 5 batches, process CPU time)");
  console.log("      shape   RandomState.randn   polar + Math.log   ratio");
  for (const [rows, cols] of shapes) {
    const a = new RandomState(1), b = new RandomState(1);
    const ours = secondsPerCall(() => a.randn(rows, cols), { minSeconds: 0.3 }) * 1e6;
    const plain = secondsPerCall(() => randnWithMathLog(b, rows * cols), { minSeconds: 0.3 }) * 1e6;
    console.log(`${`${rows}×${cols}`.padStart(11)}${ours.toFixed(1).padStart(20)}${plain.toFixed(1).padStart(19)}${(ours / plain).toFixed(2).padStart(8)}`);
  }
}
