import { GraphBuilder } from "./graph-builder.js";
import type { OnnxModel, OnnxNode, OnnxTensor } from "./onnx-types.js";
import { writePreprocessing, writeTargetInverse } from "./preprocessing-nodes.js";

const WHERE = "fromOnnx";

/** Where an export's scaler sits in the chain: `scaler` leading nodes, `target` nodes ending at `end`. */
export interface ScalerSpan {
  scaler: number;
  target: number;
}

function count(model: OnnxModel, key: "preprocessingNodes" | "targetNodes", most: number): number {
  const raw = model.metadata[key];
  if (raw === undefined) return 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > most || model.metadata.preprocessing === undefined) {
    const what = key === "preprocessingNodes" ? "leading nodes" : "the nodes before the output";
    throw new TypeError(`${WHERE}: metadata ${key} must count ${what} of a graph with preprocessing metadata. Received: ${key}=${JSON.stringify(raw)}.`);
  }
  return n;
}

function show(values: ArrayLike<number>): string {
  const list = Array.from(values);
  return `[${list.slice(0, 6).join(", ")}${list.length > 6 ? ", …" : ""}]`;
}

/** `value` equals the writer's `expected`, or its float32 rounding in a float32 graph. */
const same = (value: number, expected: number): boolean => value === expected || value === Math.fround(expected);

function describe(node: OnnxNode, constants: Map<string, OnnxTensor>, template?: GraphBuilder): string {
  const args = node.inputs.map((i) => {
    const t = template?.initializers.find((c) => c.name === i) ?? constants.get(i);
    return t === undefined ? "x" : show(t.data);
  });
  return `${node.opType}(${args.join(", ")})`;
}

/**
 * Holds graph nodes to the nodes the exporter writes for the metadata's scaler (`expected`), node
 * for node and constant for constant, so the scaler the imported model applies is the one the
 * graph computes: a tampered constant or a node the metadata does not account for is refused.
 */
function expectNodes(role: string, expected: GraphBuilder, actual: readonly OnnxNode[], constants: Map<string, OnnxTensor>): void {
  const why = `is not the ${role} metadata "preprocessing" describes`;
  actual.forEach((node, k) => {
    const want = expected.nodes[k];
    if (want === undefined) {
      throw new TypeError(`${WHERE}: node "${node.name}" (${node.opType}) ${why}: that scaler writes ${expected.nodes.length} nodes, the metadata counts ${actual.length}. Received: ${describe(node, constants)}.`);
    }
    // A node that ends an activation composition (see composites.ts) stands for several nodes: never a scaler's.
    const matches =
      (node as { composite?: unknown }).composite === undefined && node.opType === want.opType && (node.domain === "" || node.domain === "ai.onnx") && node.attributes.length === 0 && node.inputs.length === want.inputs.length &&
      want.inputs.every((name, j) => {
        const t = expected.initializers.find((c) => c.name === name);
        const got = constants.get(node.inputs[j] as string);
        if (t === undefined) return got === undefined; // the value flowing through
        return got !== undefined && got.data.length === t.data.length && Array.from(got.data).every((v, i) => same(v, t.data[i] as number));
      });
    if (!matches) throw new TypeError(`${WHERE}: node "${node.name}" (${node.opType}) ${why}: expected ${describe(want, constants, expected)}. Received: ${describe(node, constants)}.`);
  });
  if (expected.nodes.length > actual.length) {
    throw new TypeError(`${WHERE}: the ${role} in metadata "preprocessing" writes ${expected.nodes.length} nodes, but the metadata counts ${actual.length}. Received: ${actual.map((n) => `"${n.name}"`).join(", ") || "no nodes"}.`);
  }
}

function rebuilt(role: string, write: (g: GraphBuilder) => void): GraphBuilder {
  const g = new GraphBuilder("float64", 21);
  try {
    write(g);
  } catch (error) {
    throw new TypeError(`${WHERE}: metadata "preprocessing" is not a ${role} toOnnx writes into a graph (${(error as Error).message}). Received: metadata with scaler nodes.`);
  }
  return g;
}

/**
 * The scaler nodes of a `withPreprocessing` export: the metadata's `preprocessingNodes` leading
 * nodes and `targetNodes` nodes just before `end` (the output's trailing Identity nodes), each
 * checked against what `toOnnx` writes for the metadata's `preprocessing` (see {@link expectNodes}).
 * @throws TypeError naming the first node that differs, or a count the graph cannot hold.
 */
export function scalerSpan(model: OnnxModel, nodes: readonly OnnxNode[], end: number, width: number, constants: Map<string, OnnxTensor>, preprocessing: unknown): ScalerSpan {
  const scaler = count(model, "preprocessingNodes", nodes.length);
  const target = count(model, "targetNodes", end - scaler);
  if (scaler > 0) expectNodes("scaler", rebuilt("scaler", (g) => writePreprocessing(g, "x", preprocessing, width)), nodes.slice(0, scaler), constants);
  if (target > 0) expectNodes("target scaler", rebuilt("target scaler", (g) => writeTargetInverse(g, "y", preprocessing)), nodes.slice(end - target, end), constants);
  return { scaler, target };
}
