import { describe, expect, it } from "vitest";
import { defaultConfig } from "./config.js";
import { isLivePatch, MAX_CHANGES, recordChange, settingsAt } from "./live.js";
import { decodeState, encodeState } from "./url-state.js";

describe("recorded mid-run changes", () => {
  const base = defaultConfig();

  it("settingsAt folds in every change made up to the epoch", () => {
    const config = { ...base, changes: [{ epoch: 40, learningRate: 0.003 }, { epoch: 100, batchSize: 5, dropout: 0.2 }] };
    expect(settingsAt(config, 39)).toEqual({ learningRate: 0.03, regularization: "none", regRate: 0, dropout: 0, batchSize: 10 });
    expect(settingsAt(config, 40)).toMatchObject({ learningRate: 0.003, batchSize: 10 });
    expect(settingsAt(config, 500)).toEqual({ learningRate: 0.003, regularization: "none", regRate: 0, dropout: 0.2, batchSize: 5 });
  });

  it("recordChange drops later changes, merges one epoch's, leaves out no-ops, and at epoch 0 changes the start", () => {
    let config = recordChange(base, 40, { learningRate: 0.003 });
    config = recordChange(config, 100, { batchSize: 5 });
    expect(config.changes).toEqual([{ epoch: 40, learningRate: 0.003 }, { epoch: 100, batchSize: 5 }]);
    config = recordChange(config, 60, { dropout: 0.1 });
    expect(config.changes).toEqual([{ epoch: 40, learningRate: 0.003 }, { epoch: 60, dropout: 0.1 }]);
    config = recordChange(config, 60, { learningRate: 0.1 });
    expect(config.changes).toEqual([{ epoch: 40, learningRate: 0.003 }, { epoch: 60, dropout: 0.1, learningRate: 0.1 }]);
    // Back to the rate in force before epoch 60: that field is no change any more.
    config = recordChange(config, 60, { learningRate: 0.003 });
    expect(config.changes).toEqual([{ epoch: 40, learningRate: 0.003 }, { epoch: 60, dropout: 0.1 }]);
    expect(recordChange(config, 70, { dropout: 0.1 }).changes).toHaveLength(2);
    const restarted = recordChange(config, 0, { learningRate: 1 });
    expect(restarted).toMatchObject({ learningRate: 1, changes: [] });
  });

  it("keeps at most MAX_CHANGES: the first ones and the latest", () => {
    let config = base;
    for (let e = 1; e <= MAX_CHANGES + 5; e++) config = recordChange(config, e, { batchSize: (e % 30) + 1 });
    expect(config.changes).toHaveLength(MAX_CHANGES);
    expect(config.changes.at(-1)).toEqual({ epoch: MAX_CHANGES + 5, batchSize: ((MAX_CHANGES + 5) % 30) + 1 });
    expect(config.changes.at(-2)?.epoch).toBe(MAX_CHANGES - 1);
  });

  it("isLivePatch tells the settings a run takes live from those that need a new network", () => {
    expect(isLivePatch({ learningRate: 0.1, batchSize: 3 })).toBe(true);
    expect(isLivePatch({ regularization: "l2", regRate: 0.001 })).toBe(true);
    expect(isLivePatch({ learningRate: 0.1, hidden: [2] })).toBe(false);
    expect(isLivePatch({ optimizer: "sgd" })).toBe(false);
    expect(isLivePatch({})).toBe(false);
  });
});

describe("changes in the URL", () => {
  it("round-trips as one compact parameter, epoch:key:value in epoch order", () => {
    const config = { ...defaultConfig(), changes: [{ epoch: 40, learningRate: 0.003 }, { epoch: 100, regularization: "l2" as const, regRate: 0.001, batchSize: 5 }] };
    const hash = encodeState(config);
    expect(hash).toMatch(/&changes=40:lr:0\.003,100:reg:l2,100:regRate:0\.001,100:batch:5$/);
    expect(decodeState(hash)).toEqual({ config, problems: [] });
    expect(decodeState(hash.replaceAll(":", "%3A")).config.changes).toEqual(config.changes);
  });

  it("leaves the parameter out when nothing changed mid-run", () => {
    expect(encodeState(defaultConfig())).not.toMatch(/changes/);
  });

  it.each([
    ["40:lr:0.07", "a rate not in the menu"],
    ["0:lr:0.003", "epoch 0"],
    ["40:speed:3", "an unknown key"],
    ["50:lr:0.003,40:batch:5", "epochs out of order"],
    ["40:lr:0.003,40:lr:0.01", "a key twice at one epoch"],
    ["40:batch:31", "a batch size over 30"],
    ["40-lr-0.003", "no colons"],
    [Array.from({ length: MAX_CHANGES + 1 }, (_, i) => `${i + 1}:batch:2`).join(","), "too many changes"],
  ])("refuses %s (%s) and runs without changes, saying so", (raw) => {
    const { config, problems } = decodeState(`#lr=0.1&changes=${raw}`);
    expect(config.changes).toEqual([]);
    expect(config.learningRate).toBe(0.1);
    expect(problems).toEqual([{ key: "changes", value: raw, expected: expect.stringMatching(/^up to 100 comma-separated EPOCH:KEY:VALUE in epoch order/) as unknown }]);
  });
});
