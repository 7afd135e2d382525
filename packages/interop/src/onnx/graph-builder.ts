import { ATTRIBUTE_TYPE, DATA_TYPE, type OnnxAttribute, type OnnxNode, type OnnxTensor } from "./onnx-types.js";

/** Element type of an exported graph. */
export type OnnxDType = "float32" | "float64";

export const attrFloat = (name: string, f: number): OnnxAttribute => ({ name, type: ATTRIBUTE_TYPE.float, f });
export const attrInt = (name: string, i: number): OnnxAttribute => ({ name, type: ATTRIBUTE_TYPE.int, i });
export const attrString = (name: string, s: string): OnnxAttribute => ({ name, type: ATTRIBUTE_TYPE.string, s });

/**
 * Collects nodes and initializers of one element type; every value gets a fresh name from
 * its prefix so that the graph stays in SSA form.
 */
export class GraphBuilder {
  readonly nodes: OnnxNode[] = [];
  readonly initializers: OnnxTensor[] = [];
  readonly dataType: number;
  private count = 0;

  constructor(readonly dtype: OnnxDType, readonly opset: number) {
    this.dataType = dtype === "float32" ? DATA_TYPE.float : DATA_TYPE.double;
  }

  fresh(prefix: string): string {
    return `${prefix}_${this.count++}`;
  }

  /** Adds `opType(inputs)` and returns its one output (named `output` when given). */
  node(opType: string, inputs: string[], attributes: OnnxAttribute[] = [], output?: string): string {
    const out = output ?? this.fresh(opType.toLowerCase());
    this.nodes.push({ name: `${opType}_${this.nodes.length}`, opType, domain: "", inputs, outputs: [out], attributes });
    return out;
  }

  /** An initializer of the graph's element type. */
  constant(prefix: string, dims: number[], values: ArrayLike<number>): string {
    const name = this.fresh(prefix);
    this.initializers.push({ name, dataType: this.dataType, dims, data: Float64Array.from(values) });
    return name;
  }

  /** A scalar initializer (broadcasts against anything). */
  scalar(value: number): string {
    return this.constant("c", [], [value]);
  }
}
