import { RandomState } from "@backprop/linalg";
import type { ActivationSpec } from "@backprop/activations";
import { Dense, type InitializerSpec, type Layer, type Regularizer } from "@backprop/layers";
import { checkOptionNames } from "./fit-options.js";
import { Sequential } from "./sequential.js";

/** Options of {@link sequential} when it is given layer sizes. */
export interface SequentialSizesOptions {
  /** One per weight layer, or one for all. Default: relu for hidden layers; softmax (several outputs) or sigmoid (one) last. */
  activations?: ActivationSpec | readonly ActivationSpec[];
  /** One per weight layer, or one for all. Default per layer: he after relu/leakyRelu, xavier otherwise. */
  initializer?: InitializerSpec | readonly InitializerSpec[];
  regularizer?: Regularizer;
  /** Weights are drawn from `rng` (or `new RandomState(seed)`) layer by layer, in order; fit continues from it. */
  seed?: number;
  rng?: RandomState;
}

const SIZES_KEYS = ["activations", "initializer", "regularizer", "seed", "rng"];
/** Given layer objects, only the generator applies: an activation or initializer would be ignored. */
const LAYERS_KEYS = ["seed", "rng"];

function perLayer<T>(name: string, value: T | readonly T[] | undefined, count: number): (T | undefined)[] {
  if (!Array.isArray(value)) return Array.from({ length: count }, () => value as T | undefined);
  if (value.length !== count) {
    throw new RangeError(`sequential: ${name} must have one entry per weight layer (${count}). Received: ${name}.length=${value.length}.`);
  }
  return [...(value as readonly T[])];
}

/**
 * Builds a model from layer sizes, as the tutorials do (`NeuralNetwork([4, 16, 8, 3])`), or wraps
 * layer objects. With sizes, layer `i` is `Dense(sizes[i], sizes[i+1])`, all drawn from one
 * generator in order — so `sequential([2, 4, 1], { activations: "sigmoid", initializer: "he", seed: 42 })`
 * starts from exactly seed 000's `np.random.seed(42); NeuralNetwork([2, 4, 1])` weights.
 * @throws RangeError for fewer than two sizes, a non-integer size or a list of the wrong length;
 *   TypeError for an unknown option (with layer objects only `seed` and `rng` apply) or both `seed` and `rng`.
 * @example
 * const model = sequential([4, 16, 8, 3], { activations: ["relu", "relu", "softmax"], seed: 42 });
 * model.params().length; // 6
 */
export function sequential(spec: readonly number[] | readonly Layer[], options: SequentialSizesOptions = {}): Sequential {
  const fromSizes = Array.isArray(spec) && spec.length > 0 && typeof spec[0] === "number";
  checkOptionNames("sequential", options, fromSizes ? SIZES_KEYS : LAYERS_KEYS);
  if (options.seed !== undefined && options.rng !== undefined) {
    throw new TypeError("sequential: pass seed or rng, not both (the weights are drawn from one generator). Received: both.");
  }
  const rng = options.rng ?? new RandomState(options.seed ?? Math.floor(Math.random() * 0x100000000));
  if (!fromSizes) {
    return new Sequential(spec as readonly Layer[], { rng });
  }
  const sizes = spec as readonly number[];
  if (sizes.length < 2) throw new RangeError(`sequential: sizes needs an input and at least one layer. Received: sizes=[${sizes.join(", ")}].`);
  const count = sizes.length - 1;
  const out = sizes[count] as number;
  const fallback: ActivationSpec[] = Array.from({ length: count }, (_, i) => (i < count - 1 ? "relu" : out > 1 ? "softmax" : "sigmoid"));
  const activations = options.activations === undefined ? fallback : perLayer("activations", options.activations, count);
  const initializers = perLayer("initializer", options.initializer, count);
  const layers = activations.map((activation, i) => new Dense(sizes[i] as number, sizes[i + 1] as number, {
    activation: activation as ActivationSpec,
    rng,
    name: `dense_${i + 1}`,
    ...(initializers[i] === undefined ? {} : { initializer: initializers[i] as InitializerSpec }),
    ...(options.regularizer === undefined ? {} : { regularizer: options.regularizer }),
  }));
  return new Sequential(layers, { rng });
}
