import { afterAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ACTIVATION_NAMES } from "@backprop/activations";
import { LOSS_NAMES } from "@backprop/losses";
import { METRIC_NAMES } from "@backprop/metrics";
import { OPTIMIZER_NAMES } from "@backprop/optimizers";
import { execFile } from "node:child_process";
import { BIN, cliEnv, tempDir, type CliResult } from "./run-cli.js";

/**
 * Runs `backprop ...args` without blocking this worker (unlike `runCli`'s spawnSync): some 60 runs
 * in one file would otherwise keep vitest's worker from answering its own RPC for that long.
 */
function runCli(args: readonly string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: cliEnv(), encoding: "utf8" }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === "number" ? error.code : null;
      resolve({ code, stdout, stderr });
    });
  });
}

const tmp = tempDir();
afterAll(tmp.remove);

interface SavedModel {
  layers: { type: string; activation?: string }[];
  training: { loss: { name: string }; metrics: string[]; optimizer: { config: Record<string, unknown> } };
}

/** Trains briefly with `flags`, saving the model, and returns the run's JSON and the saved file. */
async function train(name: string, flags: string[]): Promise<{ result: Record<string, unknown>; saved: SavedModel }> {
  const path = join(tmp.dir, `${name}.json`);
  const r = await runCli(["train", "--data", "moons", "--epochs", "3", "--json", "--save", path, ...flags]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return { result: JSON.parse(r.stdout) as Record<string, unknown>, saved: JSON.parse(readFileSync(path, "utf8")) as SavedModel };
}

describe("train takes every name the packages export", () => {
  it.each(OPTIMIZER_NAMES)("--optimizer %s builds that optimizer", async (name) => {
    expect((await train(`opt-${name}`, ["--optimizer", name, "--lr", "0.01"])).saved.training.optimizer.config).toMatchObject({ name, learningRate: 0.01 });
  });

  it.each(ACTIVATION_NAMES)("--activation %s goes into every hidden layer", async (name) => {
    const { saved } = await train(`act-${name}`, ["--activation", name, "--layers", "4,3"]);
    expect(saved.layers.map((l) => l.activation)).toEqual([name, name, "sigmoid"]);
  });

  it.each(LOSS_NAMES.filter((n) => n !== "categoricalCrossEntropy"))("--loss %s is the compiled loss (2 classes: one sigmoid output)", async (name) => {
    expect((await train(`loss-${name}`, ["--loss", name])).saved.training.loss.name).toBe(name);
  });

  it("--loss categoricalCrossEntropy trains a 3-class softmax head", async () => {
    const path = join(tmp.dir, "cce.json");
    const r = await runCli(["train", "--data", "iris", "--epochs", "2", "--loss", "categoricalCrossEntropy", "--save", path]);
    expect(r.code).toBe(0);
    expect((JSON.parse(readFileSync(path, "utf8")) as SavedModel).training.loss.name).toBe("categoricalCrossEntropy");
  });
});

describe("model, optimizer and training flags", () => {
  it("--batch-norm and --dropout add a BatchNorm then a Dropout after each hidden layer", async () => {
    const { saved } = await train("bn", ["--batch-norm", "--dropout", "0.2", "--layers", "4,3"]);
    expect(saved.layers.map((l) => l.type)).toEqual(["dense", "batchNorm", "dropout", "dense", "batchNorm", "dropout", "dense"]);
  });

  it.each([
    ["step:10:0.5", { name: "stepDecay", dropEvery: 10, factor: 0.5 }],
    ["exp:0.99", { name: "exponentialDecay", rate: 0.99 }],
    ["cosine:200:0.001", { name: "cosineAnnealing", totalEpochs: 200, minRate: 0.001 }],
  ])("--schedule %s is the optimizer's schedule", async (flag, schedule) => {
    expect((await train(`sched-${flag.split(":")[0]}`, ["--schedule", flag])).saved.training.optimizer.config.schedule).toEqual(schedule);
  });

  it("--clip-norm and --weight-decay are the optimizer's (adamw's decay replaces its default)", async () => {
    const config = (await train("clip", ["--optimizer", "adamw", "--clip-norm", "1.5", "--weight-decay", "0.003"])).saved.training.optimizer.config;
    expect(config).toMatchObject({ name: "adamw", clipNorm: 1.5, weightDecay: 0.003 });
  });

  it("--validation-split reports a validation loss each epoch; --metrics records every metric asked for", async () => {
    const { result, saved } = await train("val", ["--validation-split", "0.25", "--metrics", "f1,precision,rocAuc,accuracy"]);
    expect(saved.training.metrics).toEqual(["f1", "precision", "rocAuc", "accuracy"]);
    expect(result.valLoss).toHaveLength(3);
    const metrics = result.metrics as Record<string, number>;
    expect(Object.keys(metrics)).toEqual(["f1", "precision", "rocAuc", "accuracy"]);
    for (const v of [...Object.values(metrics), ...Object.values(result.valMetrics as Record<string, number>)]) expect(v).toBeGreaterThanOrEqual(0);
  });

  it("--early-stopping stops once the validation loss has not improved for PATIENCE epochs and restores the best epoch", async () => {
    // A rate far too large makes the validation loss bounce, so the run stops well before 300 epochs.
    const patience = 5;
    const r = await runCli(["train", "--data", "moons", "--epochs", "300", "--optimizer", "adam", "--lr", "0.05", "--validation-split", "0.3", "--early-stopping", String(patience), "--json"]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as { epochs: number; bestEpoch: number; valLoss: number[] };
    expect(result.epochs).toBeLessThan(300);
    expect(result.epochs).toBe(result.bestEpoch + patience);
    expect(result.valLoss[result.bestEpoch - 1]).toBe(Math.min(...result.valLoss));
    const text = await runCli(["train", "--data", "moons", "--epochs", "300", "--optimizer", "adam", "--lr", "0.05", "--validation-split", "0.3", "--early-stopping", String(patience)]);
    expect(text.stdout).toContain(`Stopped early after epoch ${result.epochs}: restored the weights of epoch ${result.bestEpoch}.`);
    expect(text.stdout).toMatch(new RegExp(`validation loss [0-9.]+ \\(epoch ${result.bestEpoch}\\)`));
  });

  it("without --validation-split, --early-stopping watches the training loss", async () => {
    const r = await runCli(["train", "--data", "moons", "--epochs", "300", "--optimizer", "adam", "--lr", "0.05", "--early-stopping", "3", "--json"]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as { epochs: number; bestEpoch: number; loss: number[]; valLoss: null };
    expect(result.valLoss).toBeNull();
    expect(result.epochs).toBe(result.bestEpoch + 3);
    expect(result.loss[result.bestEpoch - 1]).toBe(Math.min(...result.loss));
  });
});

const errors: [string, string[], RegExp][] = [
  ["an unknown optimizer", ["--optimizer", "adamax"], new RegExp(`^backprop: train: --optimizer must be one of ${OPTIMIZER_NAMES.join(", ")}\\. Received: --optimizer=adamax\\.$`)],
  ["an unknown activation", ["--activation", "gelu2"], new RegExp(`^backprop: train: --activation must be one of ${ACTIVATION_NAMES.join(", ")}\\. Received: --activation=gelu2\\.$`)],
  ["an unknown loss", ["--loss", "hinge"], new RegExp(`^backprop: train: --loss must be one of ${LOSS_NAMES.join(", ")}\\. Received: --loss=hinge\\.$`)],
  ["a dropout rate of 1", ["--dropout", "1"], /^backprop: train: --dropout must be a number ≥ 0 and ≤ 0\.95\. Received: --dropout=1\.$/],
  ["an unknown schedule", ["--schedule", "linear:5"], /^backprop: train: --schedule must be step:EVERY:FACTOR, exp:RATE or cosine:EPOCHS:MIN\. Received: --schedule=linear:5 \(unknown schedule "linear"\)\.$/],
  ["a step schedule missing its factor", ["--schedule", "step:10"], /^backprop: train: --schedule must be .*\. Received: --schedule=step:10 \(step takes 2 numbers, got 1\)\.$/],
  ["a step of 0 epochs", ["--schedule", "step:0:0.5"], /^backprop: train: --schedule must be .*\. Received: --schedule=step:0:0\.5 \(EVERY must be an integer ≥ 1\)\.$/],
  ["a growing step factor", ["--schedule", "step:10:2"], /^backprop: train: --schedule must be .*\. Received: --schedule=step:10:2 \(FACTOR must be in \(0, 1\]\)\.$/],
  ["an exponential rate that is not a number", ["--schedule", "exp:fast"], /^backprop: train: --schedule must be .*\. Received: --schedule=exp:fast \(not a number\)\.$/],
  ["a negative cosine floor", ["--schedule", "cosine:100:-1"], /^backprop: train: --schedule must be .*\. Received: --schedule=cosine:100:-1 \(MIN must be ≥ 0\)\.$/],
  ["a clip norm of 0", ["--clip-norm", "0"], /^backprop: train: --clip-norm must be a number > 0\. Received: --clip-norm=0\.$/],
  ["a negative weight decay", ["--weight-decay", "-0.1"], /^backprop: train: --weight-decay must be a number ≥ 0\. Received: --weight-decay=-0\.1\.$/],
  ["a patience of 0", ["--early-stopping", "0"], /^backprop: train: --early-stopping must be an integer ≥ 1\. Received: --early-stopping=0\.$/],
  ["a validation split of 0", ["--validation-split", "0"], /^backprop: train: --validation-split must be a number > 0 and ≤ 0\.5\. Received: --validation-split=0\.$/],
  ["an unknown metric", ["--metrics", "f1,auc"], new RegExp(`^backprop: train: --metrics must be a comma-separated list of ${METRIC_NAMES.join(", ")}\\. Received: --metrics=f1,auc \\(unknown "auc"\\)\\.$`)],
  ["an empty metric", ["--metrics", "f1,"], /^backprop: train: --metrics must be .*\. Received: --metrics=f1, \(an empty name\)\.$/],
];

describe("bad training flags", () => {
  it("a validation split that holds out no row is refused before training, naming the flag", async () => {
    const r = await runCli(["train", "--data", "xor", "--validation-split", "0.2"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("backprop: train: --validation-split must hold out at least one of the training rows and leave one. Received: --validation-split=0.2 of 4 training rows (0 held out).\n");
    expect(r.stdout).not.toMatch(/^Training/m);
  });

  it.each(errors)("%s: one line naming the flag, exit code 2, nothing trained", async (_what, flags, message) => {
    const r = await runCli(["train", "--data", "moons", ...flags]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr.trimEnd()).toMatch(message);
  });
});

describe("train --help", () => {
  

  it("has a line for each new flag and lists the names, wrapped to 80 columns", async () => {
    const help = (await runCli(["train", "--help"])).stdout;
    for (const flag of ["--optimizer <name>", "--activation <name>", "--loss <name>", "--dropout <rate>", "--batch-norm", "--schedule", "--clip-norm <n>", "--weight-decay <lambda>", "--early-stopping <patience>", "--validation-split <fraction>", "--metrics <a,b>"]) {
      expect(help).toContain(flag);
    }
    const flat = help.replace(/\s+/g, " ");
    for (const name of [...OPTIMIZER_NAMES, ...ACTIVATION_NAMES, ...LOSS_NAMES, ...METRIC_NAMES]) expect(flat).toContain(name);
    expect(flat).toContain("step:EVERY:FACTOR → lr·FACTOR^⌊e/EVERY⌋");
    const long = help.split("\n").filter((l) => l.length > 80 && !l.startsWith("  backprop "));
    expect(long).toEqual([]);
  });
});
