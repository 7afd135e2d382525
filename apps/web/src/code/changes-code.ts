import type { ModelSpec } from "@backprop/network";
import type { LiveChange, PlaygroundConfig } from "../state/config.js";
import { settingsAt } from "../state/live.js";

/** The names the generated code trains and scores on: the split's labels, or targets it made from them. */
export interface TrainingTargets {
  train: string;
  test: string;
}
export const SPLIT_TARGETS: TrainingTargets = { train: "split.yTrain", test: "split.yTest" };

/** A change as the generated code writes it: the penalty's kind and rate together whenever either changed. */
function codeChange(config: PlaygroundConfig, change: LiveChange): string {
  const parts = [`epoch: ${change.epoch}`];
  if (change.learningRate !== undefined) parts.push(`learningRate: ${change.learningRate}`);
  if (change.batchSize !== undefined) parts.push(`batchSize: ${change.batchSize}`);
  if (change.dropout !== undefined) parts.push(`dropout: ${change.dropout}`);
  if (change.regularization !== undefined || change.regRate !== undefined) {
    const now = settingsAt(config, change.epoch);
    parts.push(`regularization: ${JSON.stringify(now.regularization)}`, `regRate: ${now.regRate}`);
  }
  return `  { ${parts.join(", ")} },`;
}

/** The first dropout rate above 0 the run switches to, when it starts without dropout (else undefined). */
function dropoutSwitchedOn(config: PlaygroundConfig, changes: LiveChange[]): number | undefined {
  if (config.dropout > 0) return undefined;
  return changes.find((c) => c.dropout !== undefined && c.dropout > 0)?.dropout;
}

/**
 * The spec with a dropout layer after every hidden layer when the run switches dropout on
 * mid-run (a layer needs to be there to change its rate); the code sets it to 0 before training.
 */
export function withDropoutLayers(spec: ModelSpec, config: PlaygroundConfig, changes: LiveChange[]): ModelSpec {
  const rate = dropoutSwitchedOn(config, changes);
  if (rate === undefined) return spec;
  return { ...spec, hidden: (spec.hidden ?? []).map((layer) => ({ ...layer, dropout: rate })) };
}

export function changeImports(changes: LiveChange[]): string[] {
  const layers = [
    ...(changes.some((c) => c.regularization !== undefined || c.regRate !== undefined) ? ["Dense"] : []),
    ...(changes.some((c) => c.dropout !== undefined) ? ["Dropout"] : []),
    ...(changes.some((c) => c.regularization !== undefined || c.regRate !== undefined) ? ["l1", "l2"] : []),
  ];
  return [
    ...(layers.length > 0 ? [`import { ${layers.join(", ")} } from "@backprop/layers";`] : []),
    changes.length > 0 ? `import { buildModel, TrainingSession } from "@backprop/network";` : `import { buildModel } from "@backprop/network";`,
  ];
}

/**
 * Section 4 of the code for a run with mid-run changes: a `TrainingSession` trained epoch by
 * epoch, each recorded change applied after its epoch and before the next batch — the optimizer,
 * the generator and the epoch count go on, as on the page.
 */
export function changesSection(config: PlaygroundConfig, changes: LiveChange[], y: TrainingTargets = SPLIT_TARGETS): string[] {
  const switchedOn = dropoutSwitchedOn(config, changes);
  const dropout = changes.some((c) => c.dropout !== undefined);
  const penalty = changes.some((c) => c.regularization !== undefined || c.regRate !== undefined);
  return [
    "// 4. Training epoch by epoch with the compiled loss and optimizer, and the changes made while the",
    "//    run played: each applies after `epoch` epochs, before the next batch. The optimizer keeps its",
    "//    state (its moments and step count); shuffles and dropout masks continue from the generator.",
    "const CHANGES: Change[] = [",
    ...(switchedOn !== undefined ? [`  { epoch: 0, dropout: 0 }, // the dropout layers are built at ${switchedOn} to be switched on later; off at the start`] : []),
    ...changes.map((c) => codeChange(config, c)),
    "];",
    `const session = new TrainingSession(model, xTrain, ${y.train}, { epochs: EPOCHS, batchSize: ${config.batchSize} });`,
    "while (!session.done) {",
    "  const change = CHANGES.find((c) => c.epoch === session.currentEpoch);",
    "  if (change !== undefined) applyChange(change);",
    "  session.runEpoch();",
    "  const epoch = session.currentEpoch;",
    "  if (epoch % LOG_EVERY !== 0) continue;",
    `  const train = model.evaluate(xTrain, ${y.train}).loss;`,
    `  const test = model.evaluate(xTest, ${y.test}).loss;`,
    "  console.log(`epoch ${epoch}: training loss ${train.toFixed(4)}, test loss ${test.toFixed(4)}`);",
    "}",
    "",
    "interface Change {",
    "  epoch: number;",
    "  learningRate?: number;",
    "  batchSize?: number;",
    ...(dropout ? ["  dropout?: number;"] : []),
    ...(penalty ? ['  regularization?: "none" | "l1" | "l2";', "  regRate?: number;"] : []),
    "}",
    "",
    "/** What a playground control changes in the running session, without a reset. */",
    "function applyChange(change: Change): void {",
    "  if (change.learningRate !== undefined) session.setLearningRate(change.learningRate);",
    "  if (change.batchSize !== undefined) session.setBatchSize(change.batchSize);",
    ...(dropout || penalty ? [
      "  for (const layer of model.layers) {",
      ...(dropout ? ["    if (change.dropout !== undefined && layer instanceof Dropout) layer.setRate(change.dropout);"] : []),
      ...(penalty ? [
        "    if (change.regularization !== undefined && layer instanceof Dense) {",
        "      const rate = change.regRate ?? 0;",
        '      layer.setRegularizer(change.regularization === "none" || rate === 0 ? undefined : change.regularization === "l1" ? l1(rate) : l2(rate));',
        "    }",
      ] : []),
      "  }",
    ] : []),
    "}",
  ];
}
