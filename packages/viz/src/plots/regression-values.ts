/** Regression values: a list, or a one-column `Matrix` (what `model.predict` returns). */
export type RegressionValues = ArrayLike<number> | { rows: number; cols: number; data: ArrayLike<number> };

/** The options `predictedVsActual` and `residualPlot` share. */
export interface RegressionPlotOptions {
  title?: string;
  /** Axis titles. */
  xLabel?: string;
  yLabel?: string;
  /** Size of the SVG in px. Default 640×480. */
  width?: number;
  height?: number;
}

function read(where: string, name: string, values: RegressionValues): Float64Array {
  const isMatrix = typeof values === "object" && values !== null && "rows" in values && "cols" in values && "data" in values;
  if (isMatrix && values.cols !== 1) throw new RangeError(`${where}: ${name} must be one column of values. Received: ${name}.shape=[${values.rows},${values.cols}].`);
  const list = isMatrix ? values.data : values;
  if (list === null || typeof list !== "object" || typeof list.length !== "number") {
    throw new TypeError(`${where}: ${name} must be an array of numbers or a one-column Matrix. Received: ${name}=${String(list)}.`);
  }
  const out = Float64Array.from({ length: list.length }, (_, i) => list[i] as number);
  out.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new RangeError(`${where}: ${name} must hold finite numbers. Received: ${name}[${i}]=${String(list[i])}.`);
  });
  return out;
}

/**
 * Reads `yTrue` and `yPred`: as many finite values each, at least one.
 * @throws RangeError for different lengths, no values or a non-finite value; TypeError for something that is not a list.
 * @example
 * readPair("residualPlot", [1, 2], [1.5, 2]).yPred; // Float64Array [1.5, 2]
 */
export function readPair(where: string, yTrue: RegressionValues, yPred: RegressionValues): { yTrue: Float64Array; yPred: Float64Array } {
  const t = read(where, "yTrue", yTrue);
  const p = read(where, "yPred", yPred);
  if (t.length === 0) throw new RangeError(`${where}: yTrue must hold at least one value. Received: yTrue.length=0.`);
  if (t.length !== p.length) throw new RangeError(`${where}: yTrue and yPred must have one value per sample each. Received: yTrue.length=${t.length}, yPred.length=${p.length}.`);
  return { yTrue: t, yPred: p };
}

/** `R² = 1 − Σ(y − ŷ)² / Σ(y − ȳ)²` (scikit-learn's `r2_score`; 1 or 0 for a constant `y`, as it). */
export function rSquared(yTrue: Float64Array, yPred: Float64Array): number {
  const r2 = plainRSquared(yTrue, yPred);
  if (r2 !== undefined) return r2;
  // The sums overflowed (values near ±1e308): R² does not change when both lists are scaled.
  let s = 0;
  for (let i = 0; i < yTrue.length; i++) s = Math.max(s, Math.abs(yTrue[i] as number), Math.abs(yPred[i] as number));
  return plainRSquared(yTrue.map((v) => v / s), yPred.map((v) => v / s)) ?? NaN;
}

/** R² from plain sums, or `undefined` when a sum overflows. */
function plainRSquared(yTrue: Float64Array, yPred: Float64Array): number | undefined {
  const mean = yTrue.reduce((a, v) => a + v, 0) / yTrue.length;
  let ssRes = 0, ssTot = 0;
  yTrue.forEach((v, i) => {
    ssRes += (v - (yPred[i] as number)) ** 2;
    ssTot += (v - mean) ** 2;
  });
  if (!Number.isFinite(ssRes) || !Number.isFinite(ssTot)) return undefined;
  return ssTot === 0 ? (ssRes === 0 ? 1 : 0) : 1 - ssRes / ssTot;
}
