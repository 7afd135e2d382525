import { readModel, type ModelLike } from "../model-view.js";
import { writeBatchNorm } from "./batch-norm-nodes.js";
import { encodeOnnx } from "./encode-onnx.js";
import { GraphBuilder, type OnnxDType } from "./graph-builder.js";
import { ONNX_ACTIVATIONS } from "./onnx-activations.js";
import type { OnnxModel } from "./onnx-types.js";
import { writePreprocessing, writeTargetInverse } from "./preprocessing-nodes.js";

/** The ONNX IR version written with the default opset (ONNX 1.16). */
export const ONNX_IR_VERSION = 10;

/** The IR version of the ONNX release that introduced `opset`: 8 up to opset 18, 9 for 19–20, 10 for 21. */
export function irVersionFor(opset: number): number {
  return opset <= 18 ? 8 : opset <= 20 ? 9 : 10;
}
/** The default opset of the `ai.onnx` domain written (ONNX 1.16): it has Gelu (20) and Mish (18). */
export const ONNX_OPSET = 21;

export interface ToOnnxOptions {
  /** Element type of the graph's tensors. Default `"float32"`. */
  dtype?: OnnxDType;
  /**
   * Put the saved scaler (`model.preprocessing`) in the graph, so it takes raw rows; a regression
   * model's `targetScaler` also turns the output back into the target's units. Default false.
   */
  withPreprocessing?: boolean;
  /** `ai.onnx` opset, 13–21 (the IR version follows it, see {@link irVersionFor}). Default {@link ONNX_OPSET}. */
  opset?: number;
  /** Graph name. Default `"backprop"`. */
  name?: string;
}

const WHERE = "toOnnx";

function activationWriter(name: string, layer: number): (typeof ONNX_ACTIVATIONS)[string] {
  if (!Object.hasOwn(ONNX_ACTIVATIONS, name)) {
    throw new TypeError(`${WHERE}: layers[${layer}] uses activation "${name}", which has no ONNX operator here. Expected one of: ${Object.keys(ONNX_ACTIVATIONS).join(", ")}. Received: activation="${name}".`);
  }
  return ONNX_ACTIVATIONS[name] as (typeof ONNX_ACTIVATIONS)[string];
}

/**
 * The ONNX graph of a model: Dense as `Gemm` then its activation's operator(s), batch norm in
 * inference form with its running statistics (`BatchNormalization` in float32, its arithmetic
 * with float64 constants in float64), dropout left out. Input `input` and output
 * `output` are `[N, features]` with a dynamic batch dimension `N`.
 * @throws TypeError for a layer type or activation ONNX cannot hold, or a bad option.
 */
export function toOnnxModel(model: ModelLike, options: ToOnnxOptions = {}): OnnxModel {
  const dtype = options.dtype ?? "float32";
  if (dtype !== "float32" && dtype !== "float64") throw new TypeError(`${WHERE}: dtype must be "float32" or "float64". Received: dtype=${JSON.stringify(dtype)}.`);
  const opset = options.opset ?? ONNX_OPSET;
  if (!Number.isInteger(opset) || opset < 13 || opset > 21) throw new RangeError(`${WHERE}: opset must be an integer in [13, 21]. Received: opset=${String(opset)}.`);
  const view = readModel(WHERE, model);
  const g = new GraphBuilder(dtype, opset);
  let x = "input";
  if (options.withPreprocessing === true) {
    if (view.preprocessing === undefined) throw new TypeError(`${WHERE}: withPreprocessing needs a model with saved preprocessing. Received: model.preprocessing=undefined.`);
    x = writePreprocessing(g, x, view.preprocessing, view.inputSize);
  }
  const preprocessingNodes = g.nodes.length;
  view.layers.forEach((layer, i) => {
    if (layer.type === "dense") {
      const w = g.constant("W", [layer.inputSize, layer.units], layer.weights.flat());
      const b = g.constant("b", [layer.units], layer.bias);
      x = activationWriter(layer.activation.name, i)(g, g.node("Gemm", [x, w, b]), layer.activation.config);
    } else if (layer.type === "batchNorm") {
      x = writeBatchNorm(g, x, layer);
    }
  });
  // A regression model's standardised target goes back into its units (targetScaler only).
  const beforeTarget = g.nodes.length;
  if (options.withPreprocessing === true) x = writeTargetInverse(g, x, view.preprocessing);
  const targetNodes = g.nodes.length - beforeTarget;
  // The last value is renamed `output` by an Identity, whatever node produced it.
  g.node("Identity", [x], [], "output");
  const metadata: Record<string, string> = { producer: "backprop" };
  if (view.classNames !== undefined) metadata.classNames = JSON.stringify(view.classNames);
  if (view.featureNames !== undefined) metadata.featureNames = JSON.stringify(view.featureNames);
  if (view.targetName !== undefined) metadata.targetName = view.targetName;
  // Exact, in layer order: the float64 graph's arithmetic has no place for it, and the float32
  // operator's attribute is a float32.
  const momenta = view.layers.flatMap((l) => (l.type === "batchNorm" ? [l.momentum] : []));
  if (momenta.length > 0) metadata.batchNormMomentum = JSON.stringify(momenta);
  // Kept for `fromOnnx`, so an imported model still scales its raw rows; when the scaler is
  // also in the graph, `preprocessingNodes` tells the importer how many leading nodes are it.
  if (view.preprocessing !== undefined) metadata.preprocessing = JSON.stringify(view.preprocessing);
  if (preprocessingNodes > 0) metadata.preprocessingNodes = String(preprocessingNodes);
  // Likewise the nodes after the layers that undo a target's standardisation.
  if (targetNodes > 0) metadata.targetNodes = String(targetNodes);
  return {
    irVersion: irVersionFor(opset),
    opsetImports: [{ domain: "", version: opset }],
    producerName: "backprop",
    producerVersion: "0",
    metadata,
    graph: {
      name: options.name ?? "backprop",
      nodes: g.nodes,
      initializers: g.initializers,
      inputs: [{ name: "input", kind: "tensor", elemType: g.dataType, shape: ["N", view.inputSize] }],
      outputs: [{ name: "output", kind: "tensor", elemType: g.dataType, shape: ["N", view.outputSize] }],
    },
  };
}

/**
 * A trained model as ONNX bytes (IR version {@link ONNX_IR_VERSION}, opset {@link ONNX_OPSET}).
 * @throws TypeError for a layer type or activation ONNX cannot hold.
 * @example
 * const bytes = toOnnx(model, { dtype: "float64", withPreprocessing: true });
 * bytes instanceof Uint8Array; // true
 */
export function toOnnx(model: ModelLike, options: ToOnnxOptions = {}): Uint8Array {
  return encodeOnnx(toOnnxModel(model, options));
}

