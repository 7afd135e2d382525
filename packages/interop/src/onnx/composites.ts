import type { ActivationView } from "../model-view.js";
import { writeBatchNorm } from "./batch-norm-nodes.js";
import { GraphBuilder } from "./graph-builder.js";
import { ONNX_ACTIVATIONS } from "./onnx-activations.js";
import type { OnnxNode, OnnxTensor } from "./onnx-types.js";

/**
 * The compositions `toOnnx` writes (an activation ONNX has no operator for in that dtype or
 * opset, e.g. float32 swish `Mul(x, Sigmoid(x))`, float64 leakyRelu `Max`/`Min`/`Mul`/`Add`),
 * recognised by matching the graph against what the exporter's own writers produce: each writer
 * is run once on a placeholder input, with sentinel values for its settings, so a template is
 * exactly the exporter's pattern and cannot drift from it. Likewise float64 batch norm, whose
 * slots are its statistics.
 */

/** What a matched composition is: an activation with its settings, or a float64 batch norm with its constants. */
export type CompositeMatch =
  | { kind: "activation"; activation: ActivationView; /** The value the composition reads (the previous layer's output). */ input: string }
  | { kind: "batchNorm"; tensors: Record<"gamma" | "beta" | "runningMean" | "runningVar" | "epsilon", OnnxTensor>; input: string };

interface Template {
  /** An activation's name, or `"batchNorm"`. */
  result: string;
  nodes: Map<string, OnnxNode>;
  output: string;
  /** Constant value name → its fixed value. */
  fixed: Map<string, number>;
  /** Constant value name → the setting it holds. */
  slots: Map<string, string>;
}

const INPUT = "x";
/** Settings of the activations that take some, each with a sentinel no writer uses as a constant. */
const SETTINGS: Readonly<Record<string, Record<string, number>>> = {
  leakyRelu: { alpha: 0.3183098861837907 },
  elu: { alpha: 0.3183098861837907 },
  hardSigmoid: { alpha: 0.3183098861837907, beta: 0.7071067811865476 },
};
const COMMUTATIVE = new Set(["Add", "Mul", "Max", "Min"]);

function templatesOf(name: string): Template[] {
  const config = SETTINGS[name] ?? {};
  const sentinels = new Map(Object.entries(config).map(([k, v]) => [v, k]));
  const out: Template[] = [];
  for (const dtype of ["float32", "float64"] as const) {
    for (let opset = 13; opset <= 21; opset++) {
      const g = new GraphBuilder(dtype, opset);
      let output: string;
      try {
        output = (ONNX_ACTIVATIONS[name] as (typeof ONNX_ACTIVATIONS)[string])(g, INPUT, config);
      } catch {
        continue; // refused in this dtype (gelu in float64)
      }
      if (g.nodes.length < 2) continue; // one operator: read by its op type
      const fixed = new Map<string, number>(), slots = new Map<string, string>();
      for (const t of g.initializers) {
        const v = t.data[0] as number;
        const setting = sentinels.get(v);
        if (setting !== undefined) slots.set(t.name, setting);
        else fixed.set(t.name, v);
      }
      out.push({ result: name, nodes: new Map(g.nodes.map((n) => [n.outputs[0] as string, n])), output, fixed, slots });
    }
  }
  return out;
}

/** Sentinels for the statistics of the batch-norm template (one feature), each its own slot. */
const BATCH_NORM = { gamma: 0.1234567890123, beta: 0.2345678901234, runningMean: 0.3456789012345, runningVar: 0.4567890123456, epsilon: 0.5678901234567 };

function batchNormTemplate(): Template {
  const g = new GraphBuilder("float64", 21);
  const { gamma, beta, runningMean, runningVar, epsilon } = BATCH_NORM;
  const output = writeBatchNorm(g, INPUT, { features: 1, epsilon, gamma: [gamma], beta: [beta], runningMean: [runningMean], runningVar: [runningVar] });
  const sentinels = new Map(Object.entries(BATCH_NORM).map(([k, v]) => [v, k]));
  const fixed = new Map<string, number>(), slots = new Map<string, string>();
  for (const t of g.initializers) {
    const setting = sentinels.get(t.data[0] as number);
    if (setting !== undefined) slots.set(t.name, setting);
    else fixed.set(t.name, t.data[0] as number);
  }
  return { result: "batchNorm", nodes: new Map(g.nodes.map((n) => [n.outputs[0] as string, n])), output, fixed, slots };
}

/** A structural key, so the same pattern (written by several opsets or dtypes) is tried once. */
function key(t: Template): string {
  const walk = (v: string): string => {
    if (v === INPUT) return "x";
    if (t.fixed.has(v)) return String(t.fixed.get(v));
    if (t.slots.has(v)) return `$${t.slots.get(v) as string}`;
    const n = t.nodes.get(v) as OnnxNode;
    return `${n.opType}(${n.inputs.map(walk).join(",")})`;
  };
  return walk(t.output);
}

let cache: Template[] | undefined;

/** Every composition template, the largest first (a pattern inside another never wins over it). swish precedes silu, which writes the same graph. */
function templates(): Template[] {
  if (cache !== undefined) return cache;
  const seen = new Set<string>();
  const all: Template[] = [batchNormTemplate()];
  for (const name of Object.keys(ONNX_ACTIVATIONS)) {
    for (const t of templatesOf(name)) {
      const k = key(t);
      if (!seen.has(k)) all.push(t);
      seen.add(k);
    }
  }
  cache = all.sort((a, b) => b.nodes.size - a.nodes.size);
  return cache;
}

interface Bindings {
  values: Map<string, string>;
  settings: Map<string, OnnxTensor>;
}

const scalarOf = (t: OnnxTensor | undefined): number | undefined => (t !== undefined && t.data.length === 1 ? (t.data[0] as number) : undefined);

function matchValue(t: Template, tv: string, gv: string, b: Bindings, producer: Map<string, OnnxNode>, constants: Map<string, OnnxTensor>): boolean {
  const bound = b.values.get(tv);
  if (bound !== undefined) return bound === gv;
  const ok = ((): boolean => {
    if (tv === INPUT) return !constants.has(gv);
    const fixed = t.fixed.get(tv);
    if (fixed !== undefined) {
      // A float32 graph holds the float32 rounding of the writer's constant.
      const v = scalarOf(constants.get(gv));
      return v === fixed || v === Math.fround(fixed);
    }
    const setting = t.slots.get(tv);
    if (setting !== undefined) {
      // An activation's settings and batch norm's epsilon are scalars; its statistics are vectors (checked by the importer).
      const c = constants.get(gv);
      const scalar = t.result !== "batchNorm" || setting === "epsilon";
      if (c === undefined || (scalar && !Number.isFinite(scalarOf(c)))) return false;
      const had = b.settings.get(setting);
      b.settings.set(setting, c);
      return had === undefined || had === c || (scalar && scalarOf(had) === scalarOf(c));
    }
    const tn = t.nodes.get(tv) as OnnxNode;
    const gn = producer.get(gv);
    if (gn === undefined || gn.opType !== tn.opType || (gn.domain !== "" && gn.domain !== "ai.onnx") || gn.inputs.length !== tn.inputs.length || gn.attributes.length !== 0) return false;
    const orders = COMMUTATIVE.has(tn.opType) && tn.inputs.length === 2 ? [[0, 1], [1, 0]] : [tn.inputs.map((_, i) => i)];
    for (const order of orders) {
      const saved = { values: new Map(b.values), settings: new Map(b.settings) };
      if (order.every((k, i) => matchValue(t, tn.inputs[i] as string, gn.inputs[k] as string, b, producer, constants))) return true;
      b.values = saved.values;
      b.settings = saved.settings;
    }
    return false;
  })();
  if (ok) b.values.set(tv, gv);
  return ok;
}

/**
 * The composition that ends at `node`, when the nodes above it are one that `toOnnx` writes
 * (operands of `Add`, `Mul`, `Max`, `Min` in either order), else `undefined`.
 */
export function matchComposite(node: OnnxNode, producer: Map<string, OnnxNode>, constants: Map<string, OnnxTensor>): CompositeMatch | undefined {
  const out = node.outputs[0];
  if (out === undefined || node.outputs.length !== 1) return undefined;
  for (const t of templates()) {
    if ((t.nodes.get(t.output) as OnnxNode).opType !== node.opType) continue;
    const b: Bindings = { values: new Map(), settings: new Map() };
    if (!matchValue(t, t.output, out, b, producer, constants)) continue;
    const input = b.values.get(INPUT);
    if (input === undefined) continue;
    if (t.result === "batchNorm") return { kind: "batchNorm", tensors: Object.fromEntries(b.settings) as Extract<CompositeMatch, { kind: "batchNorm" }>["tensors"], input };
    const config = Object.fromEntries(Array.from(b.settings, ([k, c]) => [k, scalarOf(c) as number]));
    return { kind: "activation", activation: { name: t.result, config }, input };
  }
  return undefined;
}
