import type { Matrix } from "@backprop/linalg";
import { countCorrect } from "./metrics.js";

/** The metric names `fit` and `evaluate` record. */
const KNOWN = ["accuracy"] as const;

/**
 * Checks a list of metric names.
 * @throws TypeError naming an unknown metric and listing the known ones.
 */
export function checkMetricNames(where: string, metrics: unknown): string[] {
  if (!Array.isArray(metrics)) throw new TypeError(`${where}: metrics must be an array of metric names. Received: ${String(metrics)}.`);
  for (const m of metrics) {
    if (typeof m !== "string" || !(KNOWN as readonly string[]).includes(m)) {
      throw new TypeError(`${where}: unknown metric ${JSON.stringify(m)}. Expected one of: ${KNOWN.join(", ")}.`);
    }
  }
  return [...(metrics as string[])];
}

/** The value of metric `name` for predictions `pred` against targets `target`. */
export function metricValue(name: string, pred: Matrix, target: Matrix, multiLabel: boolean): number {
  if (name === "accuracy") return countCorrect(pred, target, multiLabel) / (multiLabel ? target.size : target.rows);
  throw new TypeError(`metric "${name}" is not known.`);
}
