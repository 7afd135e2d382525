import { describe, expect, it } from "vitest";
import { decodeState, describeProblems, encodeState } from "./url-state.js";
import { DEFAULT_CONFIG, defaultConfig, type PlaygroundConfig } from "./config.js";

describe("decodeState", () => {
  it("gives the default setup (circles, 2×4 tanh, batch 10) for an empty hash", () => {
    const { config, problems } = decodeState("");
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(config).toMatchObject({ dataset: "circles", hidden: [4, 4], activation: "tanh", batchSize: 10 });
    expect(problems).toEqual([]);
  });

  it("reads every parameter it wrote (round trip)", () => {
    const custom: PlaygroundConfig = {
      dataset: "spiral", noise: 15, trainRatio: 70, batchSize: 3, seed: 4294967295, hidden: [8, 6, 1],
      activation: "relu", learningRate: 0.003, optimizer: "rmsprop", loss: "mse", regularization: "l1",
      regRate: 0.001, dropout: 0.2, features: ["x1", "x2", "x1x2", "sinx2"], irisX: 0, irisY: 3,
      changes: [{ epoch: 40, learningRate: 0.3 }, { epoch: 41, regularization: "l2", regRate: 0.01, dropout: 0, batchSize: 30 }],
    };
    const hash = encodeState(custom);
    expect(hash.startsWith("#")).toBe(true);
    expect(decodeState(hash)).toEqual({ config: custom, problems: [] });
  });

  it("accepts zero hidden layers and a query string as well as a hash", () => {
    expect(decodeState("?layers=&data=xor").config).toMatchObject({ hidden: [], dataset: "xor" });
  });

  it("replaces each bad parameter by its default and reports it, keeping the good ones", () => {
    const { config, problems } = decodeState("#data=spiral&layers=9,9,9&lr=0.07&act=rleu&seed=-1&noise=abc");
    expect(config.dataset).toBe("spiral");
    expect(config.hidden).toEqual(DEFAULT_CONFIG.hidden);
    expect(config.learningRate).toBe(DEFAULT_CONFIG.learningRate);
    expect(config.activation).toBe(DEFAULT_CONFIG.activation);
    expect(config.seed).toBe(DEFAULT_CONFIG.seed);
    expect(config.noise).toBe(DEFAULT_CONFIG.noise);
    expect(problems.map((p) => p.key).sort()).toEqual(["act", "layers", "lr", "noise", "seed"]);
  });

  it.each([
    ["layers=1,2,3,4,5,6,7", "layers"], ["layers=0", "layers"], ["layers=4,,4", "layers"], ["batch=31", "batch"],
    ["batch=2.5", "batch"], ["train=95", "train"], ["features=", "features"], ["features=x1,x1", "features"],
    ["features=x3", "features"], ["dropout=0.9", "dropout"], ["seed=4294967296", "seed"], ["bogus=1", "bogus"],
  ])("rejects %s", (query, key) => {
    const { config, problems } = decodeState(`#${query}`);
    expect(problems.map((p) => p.key)).toEqual([key]);
    expect(config).toEqual(defaultConfig());
  });

  it("puts features in canonical order so equal sets build equal networks", () => {
    expect(decodeState("#features=sinx1,x2,x1").config.features).toEqual(["x1", "x2", "sinx1"]);
  });

  it("refuses the same Iris feature on both axes", () => {
    const { config, problems } = decodeState("#irisX=1&irisY=1");
    expect([config.irisX, config.irisY]).toEqual([DEFAULT_CONFIG.irisX, DEFAULT_CONFIG.irisY]);
    expect(problems[0]).toMatchObject({ key: "irisY", value: "1" });
  });
});

describe("describeProblems", () => {
  it("names each ignored parameter, its value and what was expected", () => {
    const text = describeProblems(decodeState("#layers=99&opt=lbfgs").problems);
    expect(text).toMatch(/^Some link parameters were not valid and were replaced by defaults: /);
    expect(text).toMatch(/layers="99" \(expected up to 6 comma-separated sizes 1–8\)/);
    expect(text).toMatch(/opt="lbfgs" \(expected sgd\|momentum\|nesterov\|adam\|adamw\|rmsprop\|adagrad\)/);
    expect(describeProblems(decodeState("#colour=red").problems)).toMatch(/colour="red" \(expected a known parameter: data, noise, train, batch, seed, layers, act, lr/);
  });
});

describe("long and repeated values in the notice", () => {
  it("cuts a 200,000-character value to 40 characters and an ellipsis, saying how long it was", () => {
    const long = "9".repeat(200_000);
    const text = describeProblems(decodeState(`#layers=${long}&${"k".repeat(100)}=1`).problems);
    expect(text).toContain(`layers="${"9".repeat(40)}"… (200,000 characters) (expected up to 6`);
    expect(text).toContain(`${"k".repeat(40)}…="1"`);
    // What is left is fixed text (the list of known keys), whatever the input's size.
    expect(text.length).toBeLessThan(600);
    // A value of exactly 40 characters is shown whole.
    expect(describeProblems(decodeState(`#opt=${"a".repeat(40)}`).problems)).toContain(`opt="${"a".repeat(40)}" (expected`);
  });

  it("a repeated key: the first value counts, and the notice says which values were ignored", () => {
    const { config, problems } = decodeState("#seed=3&data=xor&seed=5&seed=7");
    expect(config.seed).toBe(3);
    expect(config.dataset).toBe("xor");
    expect(problems).toEqual([{ key: "seed", value: "3", expected: "0–4294967295", ignored: ["5", "7"] }]);
    expect(describeProblems(problems)).toBe('Some link parameters were repeated: seed appears 3 times; the first, seed="3", counts and "5", "7" were ignored.');
  });

  it("a repeated key whose first value is invalid: default, reported both ways", () => {
    const { config, problems } = decodeState("#act=rleu&act=relu");
    expect(config.activation).toBe(DEFAULT_CONFIG.activation);
    expect(describeProblems(problems)).toBe(
      'Some link parameters were not valid and were replaced by defaults: act="rleu" (expected tanh|relu|sigmoid|leakyRelu|linear). ' +
      'Some link parameters were repeated: act appears 2 times; the first, act="rleu", counts and "relu" was ignored.',
    );
  });
});
