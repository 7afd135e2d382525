import { MinMaxScaler, StandardScaler } from "@backprop/data";
import type { Matrix } from "@backprop/linalg";
import { UsageError } from "../errors.js";

/** `--scale`: standardize (`z = (x − μ)/σ`), rescale to [0, 1], or leave the features as they are. */
export const SCALE_NAMES = ["standard", "minmax", "none"] as const;
export type ScaleName = (typeof SCALE_NAMES)[number];

/** A fitted scaler, or `undefined` for `--scale none`. */
export type Scaler = StandardScaler | MinMaxScaler | undefined;

/** Fits the chosen scaler on the training rows only (so the test rows stay unseen). */
export function fitScaler(name: ScaleName, xTrain: Matrix): Scaler {
  if (name === "standard") return new StandardScaler().fit(xTrain);
  if (name === "minmax") return new MinMaxScaler().fit(xTrain);
  return undefined;
}

/** `x` as the network sees it. */
export function applyScaler(scaler: Scaler, x: Matrix): Matrix {
  return scaler ? scaler.transform(x) : x;
}

/**
 * Rebuilds the scaler a model file's `"preprocessing"` field describes (`null`/absent: none).
 * @throws UsageError for an unknown scaler type; the scaler's TypeError for a bad field.
 */
export function scalerFromJSON(json: unknown): Scaler {
  if (json === undefined || json === null) return undefined;
  const type = (json as { type?: unknown }).type;
  if (type === "standardScaler") return StandardScaler.fromJSON(json);
  if (type === "minMaxScaler") return MinMaxScaler.fromJSON(json);
  throw new UsageError(`model file: preprocessing.type must be standardScaler or minMaxScaler. Received: preprocessing.type=${JSON.stringify(type)}.`);
}
