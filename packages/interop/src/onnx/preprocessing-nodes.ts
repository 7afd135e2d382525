import type { GraphBuilder } from "./graph-builder.js";

const WHERE = "toOnnx";

function numbers(value: unknown, field: string, width: number): number[] {
  if (!Array.isArray(value) || value.length !== width || !value.every((v) => typeof v === "number" && Number.isFinite(v))) {
    throw new TypeError(`${WHERE}: preprocessing.${field} must be ${width} finite numbers. Received: ${JSON.stringify(value)?.slice(0, 60)}.`);
  }
  return value as number[];
}

/**
 * The saved scaler as graph nodes, so the graph takes raw rows: StandardScaler `(x − mean)/scale`
 * (Sub, Div), MinMaxScaler `x·scale + min` (Mul, Add, then Max/Min when it clips). The same
 * operations in the same order as `@backprop/data`'s `transform`.
 * @throws TypeError for a preprocessing step other than those two scalers.
 */
export function writePreprocessing(g: GraphBuilder, x: string, pre: unknown, width: number): string {
  const p = (pre ?? {}) as Record<string, unknown>;
  if (p.type === "standardScaler") {
    let out = x;
    if (p.withMean !== false) out = g.node("Sub", [out, g.constant("mean", [width], numbers(p.mean, "mean", width))]);
    if (p.scale !== null && p.scale !== undefined) out = g.node("Div", [out, g.constant("scale", [width], numbers(p.scale, "scale", width))]);
    return out;
  }
  if (p.type === "minMaxScaler") {
    const scaled = g.node("Mul", [x, g.constant("scale", [width], numbers(p.scale, "scale", width))]);
    const out = g.node("Add", [scaled, g.constant("min", [width], numbers(p.min, "min", width))]);
    if (p.clip !== true) return out;
    const [lo, hi] = numbers(p.featureRange, "featureRange", 2) as [number, number];
    return g.node("Min", [g.node("Max", [out, g.scalar(lo)]), g.scalar(hi)]);
  }
  throw new TypeError(`${WHERE}: withPreprocessing handles a standardScaler or minMaxScaler. Received: preprocessing.type=${JSON.stringify(p.type)}.`);
}
