import { UsageError } from "../errors.js";

/**
 * `--class-weight`: `balanced`, or `NAME=W,NAME=W` by class name, as the network's `classWeight`
 * (keys are class codes as text).
 * @throws UsageError for a class the data does not have, or a weight that is not a number ≥ 0.
 * @example
 * classWeightFlag("train", "dog=2", ["cat", "dog"]); // { "1": 2 }
 */
export function classWeightFlag(command: string, text: string, classNames: readonly string[]): "balanced" | Record<string, number> {
  if (text === "balanced") return "balanced";
  const weights: Record<string, number> = {};
  for (const part of text.split(",")) {
    const eq = part.lastIndexOf("=");
    const name = part.slice(0, eq).trim();
    const value = eq < 0 ? Number.NaN : Number(part.slice(eq + 1).trim() || "x");
    if (eq < 0 || !Number.isFinite(value) || value < 0) {
      throw new UsageError(`${command}: --class-weight must be balanced or CLASS=WEIGHT pairs (weights ≥ 0), comma-separated. Received: --class-weight=${text}.`);
    }
    const code = classNames.indexOf(name);
    if (code < 0) throw new UsageError(`${command}: --class-weight names the class "${name}", which the data does not have. Expected one of: ${classNames.join(", ")}.`);
    weights[String(code)] = value;
  }
  return weights;
}
