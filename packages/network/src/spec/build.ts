import { RandomState } from "@backprop/linalg";
import type { LossSpec } from "@backprop/losses";
import { BatchNorm, Dense, Dropout, l1, l1l2, l2, normal, uniform, type InitializerSpec, type Layer, type Regularizer } from "@backprop/layers";
import { Sequential } from "../sequential.js";
import { BINARY_CLASSES, outputHead } from "./head.js";
import type { BuildModelOptions, ModelSpec, SpecInitializer } from "./types.js";
import { checkModelSpec } from "./validate.js";

function initializer(spec: SpecInitializer | undefined): { initializer?: InitializerSpec } {
  if (spec === undefined) return {};
  if (typeof spec === "string") return { initializer: spec };
  return { initializer: spec.name === "normal" ? normal(spec.std) : uniform(spec.limit) };
}

/** `l2(λ)` or `l1(λ)` alone (so the penalty's sums are the same bits as a hand-built layer's), both, or none. */
function regularizer(a = 0, b = 0): { regularizer?: Regularizer } {
  if (a === 0 && b === 0) return {};
  return { regularizer: a === 0 ? l2(b) : b === 0 ? l1(a) : l1l2({ l1: a, l2: b }) };
}

/**
 * Builds the model a spec describes (see {@link ModelSpec}): per hidden layer a `Dense`
 * (`hidden_i`), then its `BatchNorm` and `Dropout` when asked; then the output `Dense` of the
 * task's head (see `outputHead`). Every weight matrix is drawn from one `RandomState(spec.seed)`
 * (or `options.rng`) in layer order — the order the NumPy tutorials draw in after
 * `np.random.seed(seed)` — and the model keeps that generator for its shuffles and dropout masks.
 * With `spec.compile`, the model comes back compiled, its loss defaulting to the head's.
 * Initializers default to Dense's rule (He after relu/leakyRelu, `randn·√(1/n)` otherwise).
 * @throws TypeError/RangeError naming the first bad field, before allocating (see `validateModelSpec`).
 * @example
 * const model = buildModel({ inputSize: 4, hidden: [{ units: 8, activation: "relu" }], task: "multiclass", outputs: 3, seed: 42 });
 * model.layers.map((l) => l.name); // ["hidden_1", "output"]
 * model.task;                      // "multiclass"
 */
export function buildModel(spec: ModelSpec, options: BuildModelOptions = {}): Sequential {
  checkModelSpec("buildModel", spec, options);
  const rng = options.rng ?? new RandomState(spec.seed ?? Math.floor(Math.random() * 0x100000000));
  const layers: Layer[] = [];
  let width = spec.inputSize;
  (spec.hidden ?? []).forEach((hidden, i) => {
    const name = hidden.name ?? `hidden_${i + 1}`;
    layers.push(new Dense(width, hidden.units, {
      activation: hidden.activation ?? "relu",
      rng,
      name,
      ...initializer(hidden.initializer),
      ...regularizer(hidden.l1 ?? spec.l1, hidden.l2 ?? spec.l2),
    }));
    if (hidden.batchNorm !== undefined && hidden.batchNorm !== false) {
      layers.push(new BatchNorm(hidden.units, { ...(hidden.batchNorm === true ? {} : hidden.batchNorm), name: `${name}_batchNorm` }));
    }
    if (hidden.dropout !== undefined && hidden.dropout > 0) layers.push(new Dropout(hidden.dropout, { name: `${name}_dropout` }));
    width = hidden.units;
  });
  const head = outputHead(spec.task, spec.outputs ?? BINARY_CLASSES);
  layers.push(new Dense(width, head.units, {
    activation: spec.outputActivation ?? head.activation,
    rng,
    name: spec.outputName ?? "output",
    ...initializer(spec.outputInitializer),
    ...regularizer(spec.l1, spec.l2),
  }));
  const model = new Sequential(layers, { rng });
  const compile = spec.compile;
  if (compile !== undefined) {
    model.compile({
      loss: (compile.loss ?? head.loss) as LossSpec,
      ...(compile.optimizer === undefined ? {} : { optimizer: compile.optimizer }),
      ...(compile.learningRate === undefined ? {} : { learningRate: compile.learningRate }),
      ...(compile.metrics === undefined ? {} : { metrics: compile.metrics }),
    });
  }
  return model;
}
