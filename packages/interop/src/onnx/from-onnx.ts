import { modelJSONFrom, sequentialFrom } from "../build-model.js";
import type { Sequential } from "@backprop/network";
import type { BatchNormView, DenseView, LayerView } from "../model-view.js";
import { matchComposite, type CompositeMatch } from "./composites.js";
import { constantTensor } from "./constant-node.js";
import { decodeOnnx } from "./decode-onnx.js";
import { ONNX_IMPORT_ACTIVATIONS, SUPPORTED_OPS, attribute, tidy } from "./onnx-import-ops.js";
import { metadataJSON, restoreMomenta } from "./onnx-metadata.js";
import { scalerSpan } from "./scaler-nodes.js";
import { twoClassHead } from "./two-class-head.js";
import { DATA_TYPE, DATA_TYPE_NAMES, type OnnxGraph, type OnnxModel, type OnnxNode, type OnnxTensor } from "./onnx-types.js";

const WHERE = "fromOnnx";

export interface FromOnnxOptions {
  /** Which graph output to import. Default: `output_probability`/`probabilities` (a classifier's), else the only or first output. */
  output?: string;
}

function refuse(node: OnnxNode, why: string): TypeError {
  return new TypeError(`${WHERE}: node "${node.name}" (${node.opType}) ${why}. Supported: ${SUPPORTED_OPS.join(", ")}. Received: op_type="${node.opType}".`);
}

function chooseOutput(graph: OnnxGraph, wanted: string | undefined): string {
  const names = graph.outputs.map((o) => o.name);
  if (wanted !== undefined) {
    if (!names.includes(wanted)) throw new TypeError(`${WHERE}: the graph has no output "${wanted}". Expected one of: ${names.join(", ")}. Received: output="${wanted}".`);
    return wanted;
  }
  const preferred = names.find((n) => n === "output_probability" || n === "probabilities");
  if (preferred !== undefined) return preferred;
  if (names.length === 0) throw new TypeError(`${WHERE}: the graph has no outputs. Received: 0 outputs.`);
  return names[0] as string;
}

/** A node of the chain; `composite` when it ends a composition `toOnnx` writes, which stands for all its nodes. */
type ChainNode = OnnxNode & { composite?: CompositeMatch };

interface Chain {
  nodes: ChainNode[];
  /** The Concat of a two-class head (`[1 − p, p]`, see {@link twoClassHead}), when the chain ends in one. */
  twoClass: OnnxNode | undefined;
}

/**
 * The nodes from the graph input to `output`, in order: each one's single computed input is the
 * previous node's output. A two-class head's Sub and Concat are stepped over, to its sigmoid; a
 * composition `toOnnx` writes for an activation (float32 swish's `Mul(x, Sigmoid(x))`, …) is one
 * step, to its input.
 */
function chain(graph: OnnxGraph, constants: Map<string, OnnxTensor>, output: string, input: string): Chain {
  const producer = new Map<string, OnnxNode>();
  for (const n of graph.nodes) for (const o of n.outputs) producer.set(o, n);
  const nodes: ChainNode[] = [];
  let value = output, twoClass: OnnxNode | undefined, steps = 0;
  while (value !== input) {
    const node = producer.get(value);
    if (node === undefined) throw new TypeError(`${WHERE}: value "${value}" is computed by no node and is not the input "${input}". Received: a graph that is not one chain.`);
    if (++steps > graph.nodes.length) throw new TypeError(`${WHERE}: the graph has a cycle. Received: ${graph.nodes.length} nodes.`);
    const unread = node.inputs.map((i) => constants.get(i)).find((t) => t?.unread === true);
    if (unread !== undefined) {
      const type = DATA_TYPE_NAMES[unread.dataType] ?? `data type ${unread.dataType}`;
      throw new TypeError(`${WHERE}: node "${node.name}" (${node.opType}) reads tensor "${unread.name}" of type ${type}; the layers read float, double, int32 and int64 tensors. Received: data_type=${unread.dataType}.`);
    }
    const p = twoClass === undefined ? twoClassHead(node, producer, constants) : undefined;
    if (p !== undefined) {
      twoClass = node;
      value = p;
      continue;
    }
    const composite = matchComposite(node, producer, constants);
    if (composite !== undefined) {
      nodes.push({ ...node, composite });
      value = composite.input;
      continue;
    }
    const computed = node.inputs.filter((i) => i !== "" && !constants.has(i));
    if (computed.length !== 1) throw refuse(node, `has ${computed.length} computed inputs; only a chain of layers (and the activation compositions toOnnx writes) imports`);
    nodes.push(node);
    value = computed[0] as string;
  }
  return { nodes: nodes.reverse(), twoClass };
}

function constantsOf(graph: OnnxGraph): Map<string, OnnxTensor> {
  const constants = new Map<string, OnnxTensor>();
  for (const t of graph.initializers) constants.set(t.name, t);
  for (const n of graph.nodes) {
    const t = constantTensor(n);
    if (t !== undefined && n.outputs[0] !== undefined) constants.set(n.outputs[0], t);
  }
  return constants;
}

/** A `[rows, cols]` tensor as `number[][]`, transposed when `transpose`. */
function matrix(t: OnnxTensor, transpose: boolean): number[][] {
  if (t.dims.length !== 2) throw new TypeError(`${WHERE}: weight "${t.name}" must be 2-D. Received: dims=[${t.dims.join(",")}].`);
  const [r, c] = t.dims as [number, number];
  const get = (i: number, j: number): number => t.data[i * c + j] as number;
  return transpose ? Array.from({ length: c }, (_, j) => Array.from({ length: r }, (_, i) => get(i, j))) : Array.from({ length: r }, (_, i) => Array.from({ length: c }, (_, j) => get(i, j)));
}

/** A bias-like tensor of `n` values: shape `[n]`, `[1, n]` or a scalar broadcast. */
function vector(t: OnnxTensor, n: number, node: OnnxNode): number[] {
  if (t.data.length === n) return Array.from(t.data);
  if (t.data.length === 1) return new Array<number>(n).fill(t.data[0] as number);
  throw refuse(node, `has a ${t.data.length}-value constant where ${n} values (one per unit) are needed`);
}

interface State {
  layers: LayerView[];
  open: DenseView | undefined;
  width: number;
}

function flush(s: State): void {
  if (s.open !== undefined) s.layers.push(s.open);
  s.open = undefined;
}

function dense(s: State, node: OnnxNode, weights: number[][], bias: number[]): void {
  flush(s);
  if (weights.length !== s.width) throw refuse(node, `takes ${weights.length} inputs where the previous layer gives ${s.width}`);
  const units = weights[0]?.length ?? 0;
  s.open = { type: "dense", name: undefined, inputSize: s.width, units, weights, bias, useBias: true, regularizer: undefined, activation: { name: "linear", config: {} } };
  s.width = units;
}

function activate(s: State, node: OnnxNode, activation: DenseView["activation"]): void {
  if (s.open === undefined || s.open.activation.name !== "linear") throw refuse(node, "is an activation that does not follow a MatMul or Gemm");
  s.open.activation = activation;
}

function step(s: State, node: ChainNode, constants: Map<string, OnnxTensor>): void {
  const c = (k: number): OnnxTensor => {
    const t = constants.get(node.inputs[k] ?? "");
    if (t === undefined) throw refuse(node, `needs input ${k} to be a constant`);
    return t;
  };
  const op = node.opType;
  if (node.domain !== "" && node.domain !== "ai.onnx" && !(op === "ZipMap" && node.domain === "ai.onnx.ml")) throw refuse(node, `is in domain "${node.domain}", which is not read`);
  if (node.composite?.kind === "activation") {
    activate(s, node, node.composite.activation);
  } else if (node.composite?.kind === "batchNorm") {
    // float64 batch norm, written as its arithmetic (see writeBatchNorm): epsilon is exact here;
    // momentum is not in the graph, so it is ONNX's (and BatchNorm's) default until an export's metadata gives it.
    flush(s);
    const t = node.composite.tensors, n = s.width;
    s.layers.push({
      type: "batchNorm", name: undefined, features: n, epsilon: t.epsilon.data[0] as number, momentum: 0.9,
      gamma: vector(t.gamma, n, node), beta: vector(t.beta, n, node), runningMean: vector(t.runningMean, n, node), runningVar: vector(t.runningVar, n, node),
    });
  } else if (op === "Gemm") {
    if ((attribute(node, "transA")?.i ?? 0) !== 0) throw refuse(node, "has transA=1, so its input is not a batch of rows");
    const alpha = attribute(node, "alpha")?.f ?? 1, beta = attribute(node, "beta")?.f ?? 1;
    const w = matrix(c(1), (attribute(node, "transB")?.i ?? 0) === 1).map((row) => row.map((v) => v * alpha));
    const units = w[0]?.length ?? 0;
    const b = node.inputs[2] ? vector(c(2), units, node).map((v) => v * beta) : new Array<number>(units).fill(0);
    dense(s, node, w, b);
  } else if (op === "MatMul") {
    const w = matrix(c(1), false);
    dense(s, node, w, new Array<number>(w[0]?.length ?? 0).fill(0));
  } else if (op === "Add") {
    const k = constants.has(node.inputs[1] ?? "") ? 1 : 0;
    if (s.open === undefined || s.open.activation.name !== "linear") throw refuse(node, "adds a constant that does not follow a MatMul or Gemm");
    const add = vector(c(k), s.width, node);
    s.open.bias = s.open.bias.map((v, j) => v + (add[j] as number));
  } else if (Object.hasOwn(ONNX_IMPORT_ACTIVATIONS, op)) {
    const activation = (ONNX_IMPORT_ACTIVATIONS[op] as (n: OnnxNode) => DenseView["activation"] | undefined)(node);
    if (activation === undefined) throw refuse(node, "has settings that no backprop activation has");
    activate(s, node, activation);
  } else if (op === "BatchNormalization") {
    // training_mode=1 normalises by each batch's own statistics, which no inference layer does.
    if ((attribute(node, "training_mode")?.i ?? 0) !== 0) throw refuse(node, "has training_mode=1, so it normalises by each batch's statistics, not its running ones");
    flush(s);
    const n = s.width;
    const bn: BatchNormView = {
      type: "batchNorm", name: undefined, features: n, epsilon: tidy(attribute(node, "epsilon")?.f ?? 1e-5), momentum: tidy(attribute(node, "momentum")?.f ?? 0.9),
      gamma: vector(c(1), n, node), beta: vector(c(2), n, node), runningMean: vector(c(3), n, node), runningVar: vector(c(4), n, node),
    };
    s.layers.push(bn);
  } else if (op === "Cast") {
    const to = attribute(node, "to")?.i;
    if (to !== DATA_TYPE.float && to !== DATA_TYPE.double) throw refuse(node, `casts to type ${String(to)}; only a cast to float or double is trivial`);
  } else if (op === "Flatten") {
    if ((attribute(node, "axis")?.i ?? 1) !== 1) throw refuse(node, "flattens at an axis other than 1");
  } else if (op === "Reshape") {
    const shape = Array.from(c(1).data);
    if (!(shape.length === 2 && (shape[0] === -1 || shape[0] === 0) && (shape[1] === s.width || shape[1] === -1))) throw refuse(node, `reshapes to [${shape.join(",")}], not to [-1, ${s.width}]`);
  } else if (op !== "Identity" && op !== "Dropout" && op !== "ZipMap") {
    throw refuse(node, "is not supported");
  }
}

/**
 * The layers of an ONNX dense network as model JSON (`backprop.network`, version 1), read along
 * the chain from the graph's one input to the chosen output; nodes off that chain (a
 * classifier's ArgMax/label path) are ignored. ZipMap is read as its input, the probabilities;
 * scikit-learn's two-class head `Concat(Sub(1, p), p)` after a one-output Sigmoid is read as that
 * sigmoid (a binary classifier: `predictProba` gives `[1 − p, p]`).
 * @throws TypeError naming the first node that is not a supported operator, with its operator.
 */
export function onnxToModelJSON(bytes: Uint8Array | OnnxModel, options: FromOnnxOptions = {}): Record<string, unknown> {
  const model = bytes instanceof Uint8Array ? decodeOnnx(bytes) : bytes;
  const graph = model.graph;
  const constants = constantsOf(graph);
  const inputs = graph.inputs.filter((i) => !constants.has(i.name));
  if (inputs.length !== 1) throw new TypeError(`${WHERE}: a dense network has one input. Received: ${inputs.length} inputs (${inputs.map((i) => i.name).join(", ")}).`);
  const input = inputs[0] as (typeof inputs)[number];
  const width = input.shape?.[input.shape.length - 1];
  if (input.shape?.length !== 2 || typeof width !== "number" || width < 1) throw new TypeError(`${WHERE}: input "${input.name}" must have shape [N, features] with a known feature count. Received: shape=${JSON.stringify(input.shape)}.`);
  const s: State = { layers: [], open: undefined, width };
  const { nodes, twoClass } = chain(graph, constants, chooseOutput(graph, options.output), input.name);
  const preprocessing = metadataJSON(model, "preprocessing");
  // The output's trailing Identity nodes stay; an export's scaler nodes before them, and at the start, are its preprocessing.
  let end = nodes.length;
  while (end > 0 && (nodes[end - 1] as OnnxNode).opType === "Identity") end--;
  const { scaler, target } = scalerSpan(model, nodes, end, width, constants, preprocessing);
  for (const node of [...nodes.slice(scaler, end - target), ...nodes.slice(end)]) step(s, node, constants);
  flush(s);
  if (s.layers.length === 0) throw new TypeError(`${WHERE}: the graph has no Gemm, MatMul or BatchNormalization node. Received: ${graph.nodes.length} nodes.`);
  if (twoClass !== undefined && s.width !== 1) throw refuse(twoClass, `joins [1 − p, p] from a sigmoid of ${s.width} outputs; only one output reads as two classes`);
  const names = (key: string): string[] | undefined => {
    try {
      const v: unknown = JSON.parse(model.metadata[key] ?? "null");
      return Array.isArray(v) && v.every((x) => typeof x === "string") ? (v as string[]) : undefined;
    } catch {
      return undefined;
    }
  };
  restoreMomenta(s.layers, metadataJSON(model, "batchNormMomentum"));
  const json = modelJSONFrom(s.layers, { classNames: names("classNames"), featureNames: names("featureNames"), targetName: model.metadata.targetName });
  if (preprocessing !== undefined) json.preprocessing = preprocessing;
  return json;
}

/**
 * Imports an ONNX dense network (Gemm/MatMul+Add, activations, BatchNormalization) as a `Sequential`.
 * @throws Error for malformed bytes; TypeError naming an unsupported node.
 * @example
 * fromOnnx(toOnnx(model, { dtype: "float64" })).predict(x); // what model.predict(x) gives
 */
export function fromOnnx(bytes: Uint8Array, options: FromOnnxOptions = {}): Sequential {
  return sequentialFrom(onnxToModelJSON(bytes, options));
}
