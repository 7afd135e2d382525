import { Matrix, RandomState } from "@backprop/linalg";
import type { DenseLayerJson, ModelJson } from "../plots/model-json.js";

// Sample inputs shared by the tests, the browser e2e test and the README images.

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Two interleaved half-moons (80 points), class 0 on top, jittered by N(0, 0.12²). */
export function moons(): { points: Matrix; labels: Int32Array } {
  const rng = new RandomState(0);
  const points = new Matrix(80, 2);
  const labels = new Int32Array(80);
  for (let i = 0; i < 40; i++) {
    const t = (Math.PI * i) / 39;
    points.data.set([Math.cos(t) + 0.12 * rng.normal(0, 1), Math.sin(t) + 0.12 * rng.normal(0, 1)], 2 * i);
    points.data.set([1 - Math.cos(t) + 0.12 * rng.normal(0, 1), 0.5 - Math.sin(t) + 0.12 * rng.normal(0, 1)], 2 * (40 + i));
    labels[40 + i] = 1;
  }
  return { points, labels };
}

/** A hand-made binary "model" for the moons: `P(class 1) = σ(−4·(y − 0.25 − 0.5·sin(2(x − 0.5))·…))`. */
export function moonsModel(grid: Matrix): Matrix {
  const out = new Matrix(grid.rows, 1);
  for (let r = 0; r < grid.rows; r++) {
    const x = grid.data[2 * r] as number;
    const y = grid.data[2 * r + 1] as number;
    out.data[r] = sigmoid(-4 * (y - 0.25 + 0.45 * Math.sin(1.6 * (x - 0.5))));
  }
  return out;
}

/** Three Gaussian blobs (30 points each) around (−2, 0), (2, 0) and (0, 3). */
export const BLOB_CENTRES = [[-2, 0], [2, 0], [0, 3]] as const;
export function blobs(): { points: Matrix; labels: Int32Array } {
  const rng = new RandomState(1);
  const points = new Matrix(90, 2);
  const labels = new Int32Array(90);
  for (let i = 0; i < 90; i++) {
    const k = Math.floor(i / 30);
    const [cx, cy] = BLOB_CENTRES[k] as readonly [number, number];
    points.data.set([cx + 0.7 * rng.normal(0, 1), cy + 0.7 * rng.normal(0, 1)], 2 * i);
    labels[i] = k;
  }
  return { points, labels };
}

/** Softmax over `−|p − centreₖ|²`: the nearest blob centre wins. */
export function blobsModel(grid: Matrix): Matrix {
  const out = new Matrix(grid.rows, 3);
  for (let r = 0; r < grid.rows; r++) {
    const scores = BLOB_CENTRES.map(([cx, cy]) => -((grid.data[2 * r]! - cx) ** 2 + (grid.data[2 * r + 1]! - cy) ** 2));
    const top = Math.max(...scores);
    const exps = scores.map((s) => Math.exp(s - top));
    const total = exps.reduce((a, b) => a + b, 0);
    exps.forEach((e, k) => (out.data[3 * r + k] = e / total));
  }
  return out;
}

/** A smooth training history of 400 epochs: `loss = 0.7·e^(−i/60) + 0.02`, validation a little higher. */
export function history(): { loss: number[]; valLoss: number[] } {
  const loss = Array.from({ length: 400 }, (_, i) => 0.7 * Math.exp(-i / 60) + 0.02 + 0.004 * Math.sin(i / 3));
  const valLoss = loss.map((v, i) => v * 1.15 + 0.01 * (i / 400));
  return { loss, valLoss };
}

/** A 2-4-3 network in the public Model JSON format, weights from `RandomState(3).randn`. */
export function model(): ModelJson & { layers: DenseLayerJson[] } {
  const rng = new RandomState(3);
  const dense = (inputSize: number, units: number, activation: string) => {
    const w = rng.randn(inputSize, units);
    return { type: "dense" as const, inputSize, units, activation, weights: w.toArray(), bias: new Array<number>(units).fill(0) };
  };
  return { format: "backprop.network", version: 1, layers: [dense(2, 4, "relu"), dense(4, 3, "softmax")] };
}

/** A dense ReLU network with the given layer sizes (softmax last), weights from `RandomState(seed).randn`. */
export function denseModel(sizes: readonly number[], seed = 4): ModelJson & { layers: DenseLayerJson[] } {
  const rng = new RandomState(seed);
  const layers = sizes.slice(1).map((units, l) => {
    const inputSize = sizes[l] as number;
    const activation = l === sizes.length - 2 ? "softmax" : "relu";
    return { type: "dense" as const, inputSize, units, activation, weights: rng.randn(inputSize, units).toArray(), bias: new Array<number>(units).fill(0) };
  });
  return { format: "backprop.network", version: 1, layers };
}
