import { getActivation, type Activation, type ActivationSpec } from "@backprop/activations";
import type { JSONPath } from "./json-checks.js";
import type { Layer } from "./layer.js";

/**
 * A user's activation for model files: the object itself, or a factory called with the file's
 * `activationConfig` (for an activation with settings).
 */
export type ActivationEntry = Activation | ((config: Readonly<Record<string, number>>) => Activation);

/** Activations a reader may resolve by name beside the built-in ones. */
export type ActivationRegistry = Readonly<Record<string, ActivationEntry>>;

/** What a layer reader gets besides the JSON: where it sits (for messages) and the activations it may use. */
export interface LayerReadContext {
  at: JSONPath;
  activations: ActivationRegistry;
}

/** Rebuilds one layer from its JSON, checking every field; `context` is absent when a user calls it directly. */
export type LayerReader = (json: unknown, context?: LayerReadContext) => Layer;

/** Layer readers by `type`. */
export type LayerRegistry = Readonly<Record<string, LayerReader>>;

/** `table[key]` when `key` is the table's own (never `constructor` or `__proto__` from Object.prototype). */
export function own<T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return table !== undefined && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/**
 * Resolves an activation named in a model file: your registry first (a factory gets `config`),
 * then the built-ins.
 * @throws TypeError naming the field and how to register an unknown activation.
 */
export function activationFromJSON(at: JSONPath, name: string, config: Record<string, number>, registry: ActivationRegistry): Activation {
  const entry = own(registry, name);
  if (entry !== undefined) return typeof entry === "function" ? entry(config) : entry;
  try {
    return getActivation({ ...config, name } as ActivationSpec);
  } catch (error) {
    throw new TypeError(
      `${at.where}: ${at.path} is not a known activation. ${(error as Error).message} For your own, register it: { activations: { ${JSON.stringify(name)}: myActivation } }.`,
    );
  }
}
