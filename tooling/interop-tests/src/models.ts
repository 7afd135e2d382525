import { ACTIVATION_NAMES } from "@backprop/activations";
import { MinMaxScaler, StandardScaler, loadIris } from "@backprop/data";
import { BatchNorm, Dense, Dropout } from "@backprop/layers";
import { Matrix, RandomState } from "@backprop/linalg";
import { Sequential, fit } from "@backprop/network";

/** Settings for the activations that take some; the others get `{}`. */
const CONFIGS: Record<string, Record<string, number>> = { leakyRelu: { alpha: 0.2 }, elu: { alpha: 0.7 }, hardSigmoid: { alpha: 0.2, beta: 0.5 } };

/** Every activation `@backprop/activations` has in this build, with settings where it takes some. */
export const ACTIVATIONS = ACTIVATION_NAMES.map((name) => ({ name, spec: { name, ...(CONFIGS[name] ?? {}) } }));

/** Whether TF.js Layers cannot load this activation (see `tfjsActivation` in @backprop/interop). */
export function tfjsRefuses(spec: { name: string; alpha?: number; beta?: number }): boolean {
  if (spec.name === "geluTanh") return true;
  if (spec.name === "elu") return (spec.alpha ?? 1) !== 1;
  if (spec.name === "hardSigmoid") return (spec.alpha ?? 0.2) !== 0.2 || (spec.beta ?? 0.5) !== 0.5;
  return false;
}

/** `rows × cols` normal draws scaled by `scale`: inputs no training set has seen. */
export function randomRows(rows: number, cols: number, seed: number, scale = 2): Matrix {
  const rng = new RandomState(seed);
  return new Matrix(rows, cols, rng.standardNormal(rows * cols).map((v) => v * scale));
}

/** A 4 → 8 → 3 network whose layers both use `activation`. */
export function activationModel(spec: { name: string }, seed: number): Sequential {
  const rng = new RandomState(seed);
  const act = spec as never;
  return new Sequential([new Dense(4, 8, { activation: act, rng }), new Dense(8, 3, { activation: act, rng })]);
}

/** Iris, scaled by `scaler` (saved in the model), trained a few epochs through batch norm and dropout. */
export function irisModel(scaler: "standard" | "minMax" = "standard"): { model: Sequential; raw: Matrix } {
  const { x, y, targetNames, featureNames } = loadIris();
  const s = scaler === "standard" ? new StandardScaler() : new MinMaxScaler({ clip: true });
  const scaled = s.fitTransform(x);
  const rng = new RandomState(7);
  const model = new Sequential(
    [new Dense(4, 8, { activation: "relu", rng }), new BatchNorm(8), new Dropout(0.2), new Dense(8, 3, { activation: "softmax", rng })],
    { rng },
  );
  fit(model, scaled, y, { epochs: 20, batchSize: 16, optimizer: "adam", learningRate: 0.01 });
  model.preprocessing = s.toJSON();
  model.classNames = targetNames;
  model.featureNames = featureNames;
  return { model, raw: x };
}

/**
 * A regression model as the playground and the CLI save one: 3 raw features standardised, a target
 * (`40 + 12·x₀ − 5·sin(x₁) + x₂²`, in its own units, around 40) standardised too, a tanh network
 * trained on the scaled pair, and a `targetScaler` step that holds both scalers.
 */
export function regressionModel(): { model: Sequential; raw: Matrix; target: StandardScaler; features: StandardScaler } {
  const raw = randomRows(120, 3, 21, 1.5);
  const t = new Matrix(120, 1);
  for (let i = 0; i < 120; i++) t.data[i] = 40 + 12 * raw.get(i, 0) - 5 * Math.sin(raw.get(i, 1)) + raw.get(i, 2) ** 2;
  const features = new StandardScaler().fit(raw);
  const target = new StandardScaler().fit(t);
  const rng = new RandomState(3);
  const model = new Sequential([new Dense(3, 8, { activation: "tanh", rng }), new Dense(8, 1, { activation: "linear", rng })], { rng });
  fit(model, features.transform(raw), target.transform(t), { epochs: 30, batchSize: 16, optimizer: "adam", learningRate: 0.01, loss: "mse" });
  model.preprocessing = { type: "targetScaler", features: features.toJSON(), target: target.toJSON() };
  return { model, raw, target, features };
}

/**
 * A 4 → 6 dense layer, then `BatchNorm(6, { epsilon })` (or, `alone`, `BatchNorm(4)` by itself)
 * with running statistics set by hand: small variances (0.002–0.05), so ε = 1e-3 weighs in
 * `1/√(σ² + ε)`, and a mean near each unit's typical value, so some outputs come out small and a
 * relative error in them shows.
 */
export function batchNormModel(epsilon: number, { alone = false } = {}): Sequential {
  const rng = new RandomState(17);
  const n = alone ? 4 : 6;
  const bn = new BatchNorm(n, { epsilon });
  const model = new Sequential(alone ? [bn] : [new Dense(4, 6, { activation: "tanh", rng }), bn]);
  const draws = rng.standardNormal(4 * n);
  for (let j = 0; j < n; j++) {
    bn.runningMean.data[j] = 0.3 * (draws[j] as number);
    bn.runningVar.data[j] = 0.002 + 0.048 * Math.abs(Math.sin(draws[n + j] as number));
    bn.gamma.value.data[j] = 0.5 + Math.abs(draws[2 * n + j] as number);
    bn.beta.value.data[j] = 0.1 * (draws[3 * n + j] as number);
  }
  return model;
}
