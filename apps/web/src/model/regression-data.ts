import { Matrix, RandomState } from "@backprop/linalg";
import { regressionDatasetOf, type FeatureName, type PlaygroundConfig } from "../state/config.js";
import { PLANE_EXTENT, SAMPLES } from "./datasets.js";

/** A generated regression set: `x` in plane units (`[x₁, 0]` for the 1-D sine), one target per point. */
export interface RegressionData {
  x: Matrix;
  target: Float64Array;
  /** The sine has one input: its points are drawn as `(x₁, target)` with the model's curve. */
  oneD: boolean;
}

/** The bumps of the multi-Gaussian set (TF Playground's `regressGaussian`): centre `(cx, cy)` and sign. */
export const BUMPS: readonly (readonly [number, number, 1 | -1])[] = [
  [-4, 2.5, 1], [0, 2.5, -1], [4, 2.5, 1],
  [-4, -2.5, -1], [0, -2.5, 1], [4, -2.5, -1],
];
/** Each bump falls linearly from 1 at its centre to 0 at this distance. */
export const BUMP_RADIUS = 2;

/** The tilted plane's target: `(x₁ + x₂) / 10`, so `[-6, 6]²` maps into `[-1.2, 1.2]` (TF Playground's scale: x₁ + x₂ ∈ [-10, 10] ↦ [-1, 1]). */
export function planeTarget(x1: number, x2: number): number {
  return (x1 + x2) / 10;
}

/**
 * The multi-Gaussian target: `Σₖ signₖ · max(0, 1 − ‖p − cₖ‖ / 2)` over {@link BUMPS}, in `[-1, 1]`.
 * The bumps' supports do not overlap (centres 4 and 5 apart, radius 2), so the sum is TF
 * Playground's "strongest bump wins" value.
 * @example
 * bumpsTarget(0, 2.5); // -1
 */
export function bumpsTarget(x1: number, x2: number): number {
  let sum = 0;
  for (const [cx, cy, sign] of BUMPS) sum += sign * Math.max(0, 1 - Math.hypot(x1 - cx, x2 - cy) / BUMP_RADIUS);
  return sum;
}

/**
 * Generates the chosen regression set from the seed, `SAMPLES` points, each drawn in this order
 * from `new RandomState(seed)`:
 * - plane / multiGauss: `x₁, x₂ ~ U(-6, 6)`, then the noise offsets `n₁, n₂ ~ U(-6, 6)·noise` (noise
 *   0–0.5), target `f(x₁ + n₁, x₂ + n₂)` (as TF Playground: the noise moves where the target is read);
 * - sine: `x₁ ~ U(-6, 6)`, target `sin x₁ + noise·ε`, `ε ~ N(0, 1)`.
 */
export function generateRegressionData(config: PlaygroundConfig): RegressionData {
  const rng = new RandomState(config.seed);
  const noise = config.noise / 100;
  const set = regressionDatasetOf(config);
  const x = new Matrix(SAMPLES, 2);
  const target = new Float64Array(SAMPLES);
  const f = set === "plane" ? planeTarget : bumpsTarget;
  for (let i = 0; i < SAMPLES; i++) {
    const x1 = rng.uniform(-PLANE_EXTENT, PLANE_EXTENT);
    if (set === "sine") {
      x.data[2 * i] = x1;
      target[i] = Math.sin(x1) + noise * rng.standardNormal();
      continue;
    }
    const x2 = rng.uniform(-PLANE_EXTENT, PLANE_EXTENT);
    const n1 = rng.uniform(-PLANE_EXTENT, PLANE_EXTENT) * noise;
    const n2 = rng.uniform(-PLANE_EXTENT, PLANE_EXTENT) * noise;
    x.data[2 * i] = x1;
    x.data[2 * i + 1] = x2;
    target[i] = f(x1 + n1, x2 + n2);
  }
  return { x, target, oneD: set === "sine" };
}

/** The features of x₁ alone, the only ones a 1-D set can use. */
export const ONE_D_FEATURES: readonly FeatureName[] = ["x1", "x1sq", "sinx1"];

/** The features a run feeds the network: the chosen ones, restricted to x₁'s for a 1-D set (x₁ alone when none is left). */
export function featuresFor(features: readonly FeatureName[], oneD: boolean): FeatureName[] {
  if (!oneD) return [...features];
  const kept = features.filter((f) => ONE_D_FEATURES.includes(f));
  return kept.length > 0 ? kept : ["x1"];
}

/** Half the width of the symmetric colour scale: `max |target|` rounded up to a multiple of 0.5 (at least 1). */
export function targetRange(target: ArrayLike<number>): number {
  let reach = 0;
  for (let i = 0; i < target.length; i++) reach = Math.max(reach, Math.abs(target[i]!));
  return Math.max(1, Math.ceil(reach * 2 - 1e-9) / 2);
}

/** How many training standard deviations from the mean an uploaded target value may lie before it counts as far out. */
export const FAR_OUT_SDS = 5;

/** The colour range of a standardised uploaded target, and the rows that lie beyond it. */
export interface UploadedTargetRange {
  /** Half the width of the colour scale. */
  range: number;
  /** Rows more than {@link FAR_OUT_SDS} standard deviations out, drawn at the scale's ends. */
  farOut: number;
  /** The largest |value|, in standard deviations. */
  farthest: number;
}

/**
 * The colour range of a standardised uploaded target: the largest |value| among the rows within
 * {@link FAR_OUT_SDS} of the mean, rounded up (to a multiple of 0.5 from 1 up, to two significant
 * digits below), so that one far-out row (a typo, a mansion among flats) does not wash every other
 * point out to grey; the rows beyond are drawn at the scale's ends (the diverging scale clamps).
 * Such a row also inflates the standard deviation, so the others may span well under ±1.
 * @example
 * uploadedTargetRange([0.1, -0.2, 31]); // { range: 0.2, farOut: 1, farthest: 31 }
 */
export function uploadedTargetRange(scaled: ArrayLike<number>): UploadedTargetRange {
  let reach = 0, farthest = 0, farOut = 0;
  for (let i = 0; i < scaled.length; i++) {
    const a = Math.abs(scaled[i]!);
    farthest = Math.max(farthest, a);
    if (a > FAR_OUT_SDS) farOut++;
    else reach = Math.max(reach, a);
  }
  if (reach >= 1) return { range: Math.ceil(reach * 2 - 1e-9) / 2, farOut, farthest };
  if (reach === 0) return { range: 1, farOut, farthest };
  const unit = 10 ** (Math.floor(Math.log10(reach)) - 1);
  return { range: Number((Math.ceil(reach / unit - 1e-9) * unit).toPrecision(2)), farOut, farthest };
}
