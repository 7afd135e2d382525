import {
  PROBLEM_TYPES, REGRESSION_DATASETS, REGRESSION_LOSSES, problemOf, regressionDatasetOf, regressionLossOf,
  type PlaygroundConfig,
} from "./config.js";
import type { UrlProblem } from "./url-state.js";

/** The regression keys: `problem`, `regData` (the regression set) and `regLoss`. */
const KEYS = [
  { key: "problem", prop: "problem", values: PROBLEM_TYPES },
  { key: "regData", prop: "regressionDataset", values: REGRESSION_DATASETS },
  { key: "regLoss", prop: "regressionLoss", values: REGRESSION_LOSSES },
] as const;

export const PROBLEM_KEYS: readonly string[] = KEYS.map((k) => k.key);

/**
 * Writes the regression keys, only for a regression run: a classification link stays exactly
 * what it was before regression existed.
 * @example
 * const p = new URLSearchParams(); encodeProblem({ ...defaultConfig(), problem: "regression" }, p); p.toString();
 * // "problem=regression&regData=plane&regLoss=mse"
 */
export function encodeProblem(config: PlaygroundConfig, params: URLSearchParams): void {
  if (problemOf(config) !== "regression") return;
  params.set("problem", "regression");
  params.set("regData", regressionDatasetOf(config));
  params.set("regLoss", regressionLossOf(config));
}

/** Reads the regression keys into `config` (the first value of a repeated key counts), reporting unusable values as the other keys are. */
export function decodeProblem(params: URLSearchParams, config: PlaygroundConfig, problems: UrlProblem[]): void {
  for (const { key, prop, values } of KEYS) {
    const [raw, ...later] = params.getAll(key);
    if (raw === undefined) continue;
    const expected = values.join("|");
    if (later.length > 0) problems.push({ key, value: raw, expected, ignored: later });
    if ((values as readonly string[]).includes(raw)) (config as unknown as Record<string, string>)[prop] = raw;
    else problems.push({ key, value: raw, expected });
  }
}
