import { ACTIVATION_NAMES } from "@backprop/activations";
import { initializers, type InitializerName } from "@backprop/layers";
import { child, expectChoice, expectFields, expectInteger, expectName, expectNumber, invalid, own, type At } from "./checks.js";
import type { SpecActivation, SpecInitializer } from "./types.js";

const HIDDEN_FIELDS = ["units", "activation", "initializer", "l1", "l2", "batchNorm", "dropout", "name"] as const;

/** An activation name, or `{ name: "leakyRelu", alpha }`. */
export function checkActivation(at: At, value: unknown): SpecActivation {
  if (typeof value !== "object" || value === null) {
    return expectChoice(at, value, ACTIVATION_NAMES, ' (or { name: "leakyRelu", alpha })');
  }
  const obj = expectFields(at, value, ["name", "alpha"]);
  if (own(obj, "name") !== "leakyRelu") throw invalid(child(at, "name"), '"leakyRelu" (the one activation with a setting)', own(obj, "name"));
  const alpha = own(obj, "alpha");
  if (alpha !== undefined) expectNumber(child(at, "alpha"), alpha, "a finite number", -Number.MAX_VALUE);
  return value as SpecActivation;
}

/** An initializer name, `{ name: "normal", std }` or `{ name: "uniform", limit }`. */
export function checkInitializer(at: At, value: unknown): SpecInitializer {
  if (typeof value !== "object" || value === null) {
    return expectChoice(at, value, Object.keys(initializers) as InitializerName[], ', { name: "normal", std } or { name: "uniform", limit }');
  }
  const name = own(value as Record<string, unknown>, "name");
  const scale = name === "normal" ? "std" : name === "uniform" ? "limit" : undefined;
  if (scale === undefined) throw invalid(child(at, "name"), '"normal" or "uniform"', name);
  const obj = expectFields(at, value, ["name", scale]);
  expectNumber(child(at, scale), own(obj, scale), "a finite number ≥ 0", 0);
  return value as SpecInitializer;
}

/** A penalty strength: a finite number ≥ 0 (or absent). */
export function checkPenalty(at: At, value: unknown): void {
  if (value !== undefined) expectNumber(at, value, "a finite number ≥ 0", 0);
}

function checkBatchNorm(at: At, value: unknown): void {
  if (value === undefined || typeof value === "boolean") return;
  if (typeof value !== "object" || value === null) throw invalid(at, "true, false or { momentum?, epsilon? }", value);
  const obj = expectFields(at, value, ["momentum", "epsilon"]);
  if (own(obj, "momentum") !== undefined) expectNumber(child(at, "momentum"), own(obj, "momentum"), "a number in [0, 1]", 0, 1);
  if (own(obj, "epsilon") !== undefined) expectNumber(child(at, "epsilon"), own(obj, "epsilon"), "a finite number > 0", Number.MIN_VALUE);
}

/** Checks one entry of `hidden`; returns its units. */
export function checkHiddenLayer(at: At, value: unknown): number {
  const layer = expectFields(at, value, HIDDEN_FIELDS);
  const units = expectInteger(child(at, "units"), own(layer, "units"), 1);
  if (own(layer, "activation") !== undefined) checkActivation(child(at, "activation"), own(layer, "activation"));
  if (own(layer, "initializer") !== undefined) checkInitializer(child(at, "initializer"), own(layer, "initializer"));
  checkPenalty(child(at, "l1"), own(layer, "l1"));
  checkPenalty(child(at, "l2"), own(layer, "l2"));
  checkBatchNorm(child(at, "batchNorm"), own(layer, "batchNorm"));
  if (own(layer, "dropout") !== undefined) expectNumber(child(at, "dropout"), own(layer, "dropout"), "a number in [0, 1)", 0, 1, true);
  if (own(layer, "name") !== undefined) expectName(child(at, "name"), own(layer, "name"));
  return units;
}
