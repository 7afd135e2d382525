import type { GraphBuilder } from "./graph-builder.js";

const WHERE = "toOnnx";

function numbers(value: unknown, field: string, width: number): number[] {
  if (!Array.isArray(value) || value.length !== width || !value.every((v) => typeof v === "number" && Number.isFinite(v))) {
    throw new TypeError(`${WHERE}: preprocessing.${field} must be ${width} finite numbers. Received: ${JSON.stringify(value)?.slice(0, 60)}.`);
  }
  return value as number[];
}

/**
 * A saved scaler as graph nodes, so the graph takes raw rows: StandardScaler `(x − mean)/scale`
 * (Sub, Div), MinMaxScaler `x·scale + min` (Mul, Add, then Max/Min when it clips). The same
 * operations in the same order as `@backprop/data`'s `transform`. A regression model's
 * `targetScaler` puts its `features` step here (none when it has none) and its target after the
 * layers ({@link writeTargetInverse}).
 * @throws TypeError for a preprocessing step other than those.
 */
export function writePreprocessing(g: GraphBuilder, x: string, pre: unknown, width: number): string {
  const p = (pre ?? {}) as Record<string, unknown>;
  if (p.type !== "targetScaler") return writeScaler(g, x, p, width, "");
  if (p.features === undefined) return x;
  return writeScaler(g, x, (p.features ?? {}) as Record<string, unknown>, width, "features.");
}

/**
 * After the layers: a `targetScaler`'s target turned back into its own units, `z·scale + mean`
 * (Mul, Add), in the order of `StandardScaler.inverseTransform`; any other step adds no node.
 * (inverseTransform's rescue for a `z·scale` that overflows, `(z + mean/scale)·scale`, has no
 * branch-free ONNX form; it only matters past ±1.8e308.)
 * @throws TypeError when the target's statistics are not one finite number each.
 */
export function writeTargetInverse(g: GraphBuilder, y: string, pre: unknown): string {
  const p = (pre ?? {}) as Record<string, unknown>;
  if (p.type !== "targetScaler") return y;
  const target = (p.target ?? {}) as Record<string, unknown>;
  let out = y;
  if (target.scale !== null && target.scale !== undefined) out = g.node("Mul", [out, g.constant("target_scale", [1], numbers(target.scale, "target.scale", 1))]);
  if (target.withMean !== false) out = g.node("Add", [out, g.constant("target_mean", [1], numbers(target.mean, "target.mean", 1))]);
  return out;
}

function writeScaler(g: GraphBuilder, x: string, p: Record<string, unknown>, width: number, at: string): string {
  if (p.type === "standardScaler") {
    let out = x;
    if (p.withMean !== false) out = g.node("Sub", [out, g.constant("mean", [width], numbers(p.mean, `${at}mean`, width))]);
    if (p.scale !== null && p.scale !== undefined) out = g.node("Div", [out, g.constant("scale", [width], numbers(p.scale, `${at}scale`, width))]);
    return out;
  }
  if (p.type === "minMaxScaler") {
    const scaled = g.node("Mul", [x, g.constant("scale", [width], numbers(p.scale, `${at}scale`, width))]);
    const out = g.node("Add", [scaled, g.constant("min", [width], numbers(p.min, `${at}min`, width))]);
    if (p.clip !== true) return out;
    const [lo, hi] = numbers(p.featureRange, `${at}featureRange`, 2) as [number, number];
    return g.node("Min", [g.node("Max", [out, g.scalar(lo)]), g.scalar(hi)]);
  }
  throw new TypeError(
    `${WHERE}: withPreprocessing handles a standardScaler or minMaxScaler, or a targetScaler whose features are one. Received: preprocessing.${at}type=${JSON.stringify(p.type)}.`,
  );
}
