import { UsageError } from "../errors.js";
import { outputFileProblem } from "../io/output-path.js";
import type { FlagSpec, FlagValue } from "./spec.js";

function bounds(spec: FlagSpec): string {
  const low = spec.min === undefined ? "" : spec.exclusiveMin ? ` > ${spec.min}` : ` ≥ ${spec.min}`;
  const high = spec.max === undefined ? "" : `${low ? " and" : ""} ≤ ${spec.max}`;
  return low + high;
}

function expectation(spec: FlagSpec): string {
  switch (spec.kind) {
    case "number":
      return `a number${bounds(spec)}`;
    case "integer":
      return `an integer${bounds(spec)}`;
    case "integers":
      return `a comma-separated list of integers${bounds(spec)} (e.g. 16,8)`;
    case "numbers":
      return "a comma-separated list of numbers (e.g. 5.1,3.5,1.4,0.2)";
    case "choice":
      return `one of ${(spec.choices ?? []).join(", ")}`;
    case "outputFile":
      return "a file path in an existing, writable directory";
    default:
      return "a non-empty value";
  }
}

function fail(command: string, spec: FlagSpec, raw: string, why?: string): never {
  const detail = why === undefined ? "" : ` (${why})`;
  throw new UsageError(`${command}: --${spec.name} must be ${expectation(spec)}. Received: --${spec.name}=${raw}${detail}.`);
}

function inRange(spec: FlagSpec, x: number): boolean {
  if (spec.min !== undefined && (spec.exclusiveMin ? x <= spec.min : x < spec.min)) return false;
  return spec.max === undefined || x <= spec.max;
}

function toNumber(raw: string): number {
  // Number("") is 0 and Number(" 1") is 1: only plain decimal or exponent notation counts.
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(raw.trim()) ? Number(raw) : Number.NaN;
}

/**
 * Converts one flag's text to its value, checking type, bounds and choices.
 * @throws UsageError naming the flag, what it accepts and what was received.
 * @example
 * parseFlagValue("train", { name: "lr", kind: "number", min: 0, exclusiveMin: true, description: "" }, "0.1"); // 0.1
 */
export function parseFlagValue(command: string, spec: FlagSpec, raw: string): FlagValue {
  switch (spec.kind) {
    case "string":
      if (raw === "") fail(command, spec, raw);
      return raw;
    case "outputFile": {
      const problem = raw === "" ? "empty" : outputFileProblem(raw);
      if (problem !== undefined) fail(command, spec, raw, problem);
      return raw;
    }
    case "choice":
      if (!(spec.choices ?? []).includes(raw)) fail(command, spec, raw);
      return raw;
    case "number":
    case "integer": {
      const x = toNumber(raw);
      const ok = Number.isFinite(x) && (spec.kind === "number" || Number.isSafeInteger(x)) && inRange(spec, x);
      if (!ok) fail(command, spec, raw);
      return x;
    }
    case "integers":
    case "numbers": {
      const xs = raw.split(",").map(toNumber);
      const ok = xs.every(
        (x) => Number.isFinite(x) && (spec.kind === "numbers" || (Number.isSafeInteger(x) && inRange(spec, x))),
      );
      if (!ok || raw.trim() === "") fail(command, spec, raw);
      return xs;
    }
    default:
      return true;
  }
}
