import type { LayerView } from "../model-view.js";
import type { OnnxModel } from "./onnx-types.js";

const WHERE = "fromOnnx";

/** A `metadata_props` entry that holds JSON, parsed; `undefined` when the entry is absent. */
export function metadataJSON(model: OnnxModel, key: string): unknown {
  const raw = model.metadata[key];
  if (raw === undefined) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new TypeError(`${WHERE}: metadata "${key}" must be JSON. Received: ${raw.slice(0, 40)}.`);
  }
}

/**
 * Gives the imported batch-norm layers the momentum `toOnnx` kept in metadata
 * (`batchNormMomentum`, one per batch-norm layer in order), exactly: the float64 graph's
 * arithmetic cannot hold it, and the float32 operator's attribute is a float32 rounding.
 * @throws TypeError when the entry does not hold one momentum in [0, 1] per batch-norm layer.
 */
export function restoreMomenta(layers: LayerView[], momenta: unknown): void {
  if (momenta === undefined) return;
  const norms = layers.filter((l) => l.type === "batchNorm");
  if (!Array.isArray(momenta) || momenta.length !== norms.length || !momenta.every((m) => typeof m === "number" && m >= 0 && m <= 1)) {
    throw new TypeError(`${WHERE}: metadata "batchNormMomentum" must hold one momentum in [0, 1] per batch-norm layer (${norms.length}). Received: ${JSON.stringify(momenta)?.slice(0, 60)}.`);
  }
  norms.forEach((l, i) => {
    l.momentum = momenta[i] as number;
  });
}
