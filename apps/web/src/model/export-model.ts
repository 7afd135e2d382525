import type { ModelJSON, Sequential } from "@backprop/network";
import type { PreparedData } from "./prepare-data.js";

/**
 * The trained model as backprop's model file (`model.toJSON()`), with what a user needs to
 * predict: the input columns' names, the class names and the inputs' standardization
 * (`preprocessing`, a `StandardScaler` over the expanded features; for an uploaded file's
 * regression run a `targetScaler` step, so predictions come back in the target's own units). Dropout layers at rate 0 —
 * built only so that dropout can be switched on mid-run — are left out: they are the identity.
 */
export function modelFile(model: Sequential, data: PreparedData, featureNames: string[]): ModelJSON {
  model.featureNames = featureNames;
  // A regression model predicts a number: it has no class names.
  if (data.targets === undefined) model.classNames = data.view.classNames;
  // An uploaded file's regression run learned a standardised target: the file says how to undo it.
  model.preprocessing = data.targetScaler === undefined ? data.scaler.toJSON()
    : { type: "targetScaler", features: data.scaler.toJSON(), target: data.targetScaler.toJSON() };
  const json = model.toJSON();
  return { ...json, layers: json.layers.filter((l) => !(l.type === "dropout" && (l as { rate?: number }).rate === 0)) } as ModelJSON;
}

/**
 * The same model as ONNX bytes (float32, the scaler in the graph so it takes the expanded features
 * unscaled). `@backprop/interop` is loaded on the first ONNX download, so the worker does not
 * carry the ONNX writer until it is asked for.
 */
export async function onnxFile(json: ModelJSON): Promise<Uint8Array> {
  const { toOnnx } = await import("@backprop/interop");
  return toOnnx(json as unknown as Record<string, unknown>, { withPreprocessing: true });
}
