import { Matrix } from "@backprop/linalg";
import { gaussianClusters, loadIris, makeCircles, makeClassification, makeMoons, spiral, xor, type Dataset } from "@backprop/data";
import type { PlaygroundConfig } from "../state/config.js";

/** A generated data set before the split: `x` in plane units for 2-D sets, raw measurements for Iris. */
export interface RawData {
  x: Matrix;
  y: Int32Array;
  classNames: string[];
}

/** 2-D sets are rescaled so their farthest coordinate sits here; the plane shows `[-6, 6]²` (as TF Playground). */
export const PLANE_RADIUS = 5;
export const PLANE_EXTENT = 6;
/** Points per 2-D data set, as in TF Playground. */
export const SAMPLES = 500;

const GENERATORS = { makeCircles, xor, gaussianClusters, spiral, makeMoons, makeClassification } as const;
type GeneratorName = keyof typeof GENERATORS;

/** Which `@backprop/data` generator a 2-D data set calls, with what options (besides `randomState`). */
export interface GeneratorCall {
  fn: GeneratorName;
  options: Record<string, unknown>;
}

/**
 * The generator call for a 2-D data set (null for Iris). `noise` (0–50 %) maps to each generator's
 * own noise: coordinate std for circles and moons, cluster spread for the Gaussians, angle noise
 * for the spiral, label noise for XOR and label flips for `makeClassification`.
 */
export function generatorCall(config: PlaygroundConfig): GeneratorCall | null {
  const noise = config.noise / 100;
  switch (config.dataset) {
    case "circles": return { fn: "makeCircles", options: { nSamples: SAMPLES, factor: 0.5, noise: 0.2 * noise } };
    case "xor": return { fn: "xor", options: { nSamples: SAMPLES, noise } };
    case "gauss": return { fn: "gaussianClusters", options: { nSamples: SAMPLES, centers: [[2, 2], [-2, -2]], std: 0.5 + 3 * noise } };
    case "spiral": return { fn: "spiral", options: { nSamplesPerClass: Math.round(SAMPLES / 3), nClasses: 3, noise: 0.6 * noise } };
    case "moons": return { fn: "makeMoons", options: { nSamples: SAMPLES, noise: 0.3 * noise } };
    case "classification":
      return { fn: "makeClassification", options: { nSamples: SAMPLES, nFeatures: 2, nInformative: 2, nRedundant: 0, nClustersPerClass: 1, flipY: noise } };
    case "iris": return null;
  }
}

/** Generates the chosen data set from the seed. */
export function generateData(config: PlaygroundConfig): RawData {
  const call = generatorCall(config);
  if (call === null) {
    const iris = loadIris();
    return { x: iris.x, y: iris.y, classNames: iris.targetNames };
  }
  const make = GENERATORS[call.fn] as (options: object) => Dataset;
  const { x, y } = make({ ...call.options, randomState: config.seed });
  return { x: toPlane(x), y, classNames: Array.from({ length: classCount(config) }, (_, k) => `class ${k}`) };
}

/** Iris and the spiral (CS231n's, three arms) have three classes; the other sets two. */
export function classCount(config: PlaygroundConfig): number {
  return config.dataset === "iris" || config.dataset === "spiral" ? 3 : 2;
}

/**
 * Centres 2-D points on the plane (midpoint of each axis's range at 0) and scales both axes by
 * one factor so the farthest coordinate is {@link PLANE_RADIUS}. ("Copy as code" prints this function.)
 */
export function toPlane(x: Matrix): Matrix {
  const mid = [0, 1].map((c) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < x.rows; i++) {
      lo = Math.min(lo, x.get(i, c));
      hi = Math.max(hi, x.get(i, c));
    }
    return (lo + hi) / 2;
  });
  let reach = 0;
  for (let i = 0; i < x.rows; i++) for (const c of [0, 1]) reach = Math.max(reach, Math.abs(x.get(i, c) - mid[c]!));
  const s = reach > 0 ? PLANE_RADIUS / reach : 1;
  const out = new Matrix(x.rows, 2);
  for (let i = 0; i < x.rows; i++) for (const c of [0, 1]) out.set(i, c, (x.get(i, c) - mid[c]!) * s);
  return out;
}
