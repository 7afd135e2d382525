import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { generateCode } from "./generate-code.js";
import { createSession } from "../model/session.js";
import { defaultConfig, type PlaygroundConfig } from "../state/config.js";

/** Compiles the generated TypeScript, runs it with Node for `epochs` epochs and returns its log lines. */
function runGenerated(code: string, epochs: number): string[] {
  const short = code.replace("const EPOCHS = 100;", `const EPOCHS = ${epochs};`).replace("const LOG_EVERY = 10;", "const LOG_EVERY = 1;");
  const js = ts.transpileModule(short, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  // Written inside apps/web so that `@backprop/*` resolve from its node_modules, as for a user.
  const file = fileURLToPath(new URL(`../../generated-${process.pid}.mjs`, import.meta.url));
  writeFileSync(file, js);
  try {
    return execFileSync(process.execPath, [file], { encoding: "utf8" }).trim().split("\n");
  } finally {
    rmSync(file, { force: true });
  }
}

function expectedLines(config: PlaygroundConfig, epochs: number): string[] {
  const session = createSession(config);
  return Array.from({ length: epochs }, () => {
    const p = session.runEpoch();
    return `epoch ${p.epoch}: training loss ${p.train.toFixed(4)}, test loss ${p.test.toFixed(4)}`;
  });
}

describe("generateCode", () => {
  it.each<[string, Partial<PlaygroundConfig>]>([
    ["the default setup", {}],
    ["the spiral with extra features, L2 and dropout", { dataset: "spiral", features: ["x1", "x2", "x1x2", "sinx1"], regularization: "l2", regRate: 0.001, dropout: 0.2, hidden: [5, 3], noise: 20, seed: 9 }],
    ["Iris with momentum, L1 and MSE", { dataset: "iris", optimizer: "momentum", regularization: "l1", regRate: 0.0001, loss: "mse", trainRatio: 70, batchSize: 7, activation: "relu" }],
  ])("prints code that reproduces %s epoch for epoch", (_name, patch) => {
    const config = { ...defaultConfig(), ...patch };
    expect(runGenerated(generateCode(config), 3)).toEqual(expectedLines(config, 3));
  });

  it("names the seed, the layers and the optimizer settings of the run", () => {
    const code = generateCode({ ...defaultConfig(), seed: 42, hidden: [3], optimizer: "rmsprop", learningRate: 0.1 });
    expect(code).toMatch(/^const SEED = 42;$/m);
    expect(code).toMatch(/new Dense\(2, 3, \{ activation: "tanh", rng, name: "hidden_1" \}\)/);
    expect(code).toMatch(/new Dense\(3, 1, \{ activation: "sigmoid", rng, name: "output" \}\)/);
    expect(code).toMatch(/optimizer: "rmsprop", learningRate: 0.1, batchSize: 10/);
  });
});
