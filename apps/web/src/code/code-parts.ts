import type { ModelSpec } from "@backprop/network";
import type { FeatureName, LiveChange, PlaygroundConfig } from "../state/config.js";
import { changeImports, changesSection, SPLIT_TARGETS, type TrainingTargets } from "./changes-code.js";

/** Each input feature as the generated code computes it from `x1`, `x2`. */
export const FEATURE_CODE: Record<FeatureName, string> = {
  x1: "x1", x2: "x2", x1sq: "x1 * x1", x2sq: "x2 * x2", x1x2: "x1 * x2", sinx1: "Math.sin(x1)", sinx2: "Math.sin(x2)",
};

/** A JS object literal with bare keys: `{ nSamples: 500, factor: 0.5 }`. */
export function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${literal(v)}`).join(", ")} }`;
  }
  return JSON.stringify(value);
}

/**
 * The spec as an object literal, one field a line (one hidden layer a line), with `seed: SEED` so
 * that the one constant seeds the data, the split and the weights.
 */
export function specLines(spec: ModelSpec): string[] {
  const lines = ["const model = buildModel({"];
  for (const [key, value] of Object.entries(spec)) {
    if (key === "seed") lines.push("  seed: SEED,");
    else if (key === "hidden" && Array.isArray(value) && value.length > 0) lines.push("  hidden: [", ...value.map((layer) => `    ${literal(layer)},`), "  ],");
    else lines.push(`  ${key}: ${literal(value)},`);
  }
  lines.push("});");
  return lines;
}

/** The generated code's constants, between blank lines: the seed, the epochs and how often to log. */
export function constantLines(seed: number, epochs: number): string[] {
  return ["", `const SEED = ${seed};`, epochsLine(epochs, DEFAULT_EPOCHS), "const LOG_EVERY = 10;", ""];
}

/** Section 2's scaling: a StandardScaler fitted on the training inputs (through `expand` when features are computed). */
export function scaledInputLines(expand: boolean): string[] {
  const input = (x: string): string => (expand ? `expand(${x})` : x);
  return [
    `const scaler = new StandardScaler().fit(${input("split.xTrain")});`,
    `const xTrain = scaler.transform(${input("split.xTrain")});`,
    `const xTest = scaler.transform(${input("split.xTest")});`,
  ];
}

/** The generated `expand`: one input column per chosen function of (x1, x2), as the page computes it. */
export function expandFunction(features: readonly FeatureName[]): string[] {
  return [
    "/** The playground's input features: one column per chosen function of (x1, x2). */",
    "function expand(x: Matrix): Matrix {",
    "  return Matrix.from(Array.from({ length: x.rows }, (_, i) => {",
    "    const [x1, x2] = [x.get(i, 0), x.get(i, 1)];",
    `    return [${features.map((f) => FEATURE_CODE[f]).join(", ")}];`,
    "  }));",
    "}",
  ];
}

/** Epochs the code trains when the page has not trained yet. */
export const DEFAULT_EPOCHS = 100;

/** The `EPOCHS` constant: the epochs trained on the page, or `fallback` before it trains. */
export function epochsLine(epochs: number, fallback: number): string {
  return `const EPOCHS = ${epochs > 0 ? epochs : fallback};${epochs > 0 ? " // the epochs trained on the page" : " // the page has not trained yet"}`;
}

/**
 * Section 4, training: `fit` with the compiled loss and optimizer, logging the losses every
 * `LOG_EVERY` epochs as the page shows them; with mid-run changes, the `TrainingSession` loop of
 * `changesSection` instead.
 */
export function trainingSection(config: PlaygroundConfig, changes: LiveChange[], y: TrainingTargets = SPLIT_TARGETS): string[] {
  if (changes.length > 0) return changesSection(config, changes, y);
  return [
    "// 4. Training with the compiled loss and optimizer; shuffles and dropout masks continue from the generator.",
    `model.fit(xTrain, ${y.train}, {`,
    "  epochs: EPOCHS,",
    `  batchSize: ${config.batchSize},`,
    "  callbacks: {",
    "    onEpochEnd: ({ epoch }) => {",
    "      if ((epoch + 1) % LOG_EVERY !== 0) return;",
    `      const train = model.evaluate(xTrain, ${y.train}).loss;`,
    `      const test = model.evaluate(xTest, ${y.test}).loss;`,
    "      console.log(`epoch ${epoch + 1}: training loss ${train.toFixed(4)}, test loss ${test.toFixed(4)}`);",
    "    },",
    "  },",
    "});",
  ];
}

/** The recorded changes the generated code replays: those before the epochs it trains. */
export function changesWithin(config: PlaygroundConfig, epochs: number): LiveChange[] {
  const total = epochs > 0 ? epochs : DEFAULT_EPOCHS;
  return config.changes.filter((c) => c.epoch < total);
}

/** The code's first line: what it reproduces and the packages to install (layers only when a change needs it). */
export function installLine(what: string, packages: string[], changes: LiveChange[]): string {
  const layers = changeImports(changes).length > 1 ? ["@backprop/layers"] : [];
  return `// backprop playground ${what}. npm i ${[...packages, ...layers, "@backprop/network"].join(" ")}`;
}
