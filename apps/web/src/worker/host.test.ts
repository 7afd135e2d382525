import { describe, expect, it } from "vitest";
import { createHost, type TrainingSession } from "./host.js";
import { defaultConfig, type PlaygroundConfig } from "../state/config.js";
import type { DatasetView, FromWorker, LossPoint, Snapshot } from "./protocol.js";

/** A session whose loss is `1 / (epoch + 1)`, or NaN from `divergeAt` on. */
function fakeSession(config: PlaygroundConfig, divergeAt = Infinity): TrainingSession {
  let epoch = 0;
  return {
    get epoch() { return epoch; },
    dataset: () => ({ classNames: ["a", "b"], extent: config.seed } as unknown as DatasetView),
    runEpoch(): LossPoint {
      epoch++;
      const loss = epoch >= divergeAt ? Number.NaN : 1 / (epoch + 1);
      return { epoch, train: loss, test: loss };
    },
    snapshot: (losses) => ({ epoch, losses } as unknown as Snapshot),
  };
}

/** A manual clock and task queue, so ticks run exactly when the test says. */
function setup({ epochMs = 4, budgetMs = 10, divergeAt = Infinity } = {}) {
  const sent: FromWorker[] = [];
  const queue: (() => void)[] = [];
  let clock = 0;
  const sessions: TrainingSession[] = [];
  const host = createHost({
    post: (m) => sent.push(m),
    createSession: (config) => {
      const s = fakeSession(config, divergeAt);
      const run = s.runEpoch.bind(s);
      s.runEpoch = () => { clock += epochMs; return run(); };
      sessions.push(s);
      return s;
    },
    scheduler: { later: (fn) => queue.push(fn), now: () => clock },
    budgetMs,
  });
  const runQueued = () => queue.splice(0).forEach((fn) => fn());
  const snapshots = () => sent.filter((m) => m.type === "snapshot").map((m) => (m as { snapshot: Snapshot }).snapshot);
  return { host, sent, runQueued, snapshots, sessions };
}

describe("worker host", () => {
  it("answers configure with the data set and an epoch-0 snapshot", () => {
    const { host, sent } = setup();
    host.receive({ type: "configure", config: { ...defaultConfig(), seed: 7 } });
    expect(sent.map((m) => m.type)).toEqual(["dataset", "snapshot"]);
    expect(sent[0]).toMatchObject({ dataset: { extent: 7 } });
    expect(sent[1]).toMatchObject({ snapshot: { epoch: 0, losses: [] } });
  });

  it("refuses play before any configure", () => {
    const { host, sent } = setup();
    host.receive({ type: "play" });
    expect(sent).toEqual([{ type: "error", message: 'worker: "play" needs a configuration first. Received: no "configure" message yet.' }]);
  });

  it("plays in ticks: epochs until the time budget is spent, one snapshot per tick with every epoch's losses", () => {
    const { host, sent, runQueued, snapshots } = setup({ epochMs: 4, budgetMs: 10 });
    host.receive({ type: "configure", config: defaultConfig() });
    host.receive({ type: "play" });
    expect(sent.at(-1)).toEqual({ type: "status", playing: true });
    runQueued();
    runQueued();
    // 4 ms per epoch against a 10 ms budget: epochs 1–3 in the first tick, 4–6 in the second.
    expect(snapshots().slice(1).map((s) => s.losses.map((l) => l.epoch))).toEqual([[1, 2, 3], [4, 5, 6]]);
  });

  it("pause stops the loop; step trains exactly one epoch", () => {
    const { host, sent, runQueued, snapshots } = setup();
    host.receive({ type: "configure", config: defaultConfig() });
    host.receive({ type: "play" });
    host.receive({ type: "pause" });
    expect(sent.at(-1)).toEqual({ type: "status", playing: false });
    runQueued();
    expect(snapshots()).toHaveLength(1);
    host.receive({ type: "step" });
    expect(snapshots().at(-1)).toMatchObject({ epoch: 1, losses: [{ epoch: 1 }] });
  });

  it("reset and configure start a new session and cancel the running loop", () => {
    const { host, runQueued, snapshots, sessions } = setup();
    host.receive({ type: "configure", config: defaultConfig() });
    host.receive({ type: "play" });
    host.receive({ type: "reset" });
    runQueued();
    expect(sessions).toHaveLength(2);
    expect(sessions[1]!.epoch).toBe(0);
    expect(snapshots().at(-1)).toMatchObject({ epoch: 0 });
  });

  it("pauses and reports the message when training throws", () => {
    const sent: FromWorker[] = [];
    const host = createHost({
      post: (m) => sent.push(m),
      createSession: (config) => ({ ...fakeSession(config), runEpoch: () => { throw new RangeError("fit: something broke."); } }),
      scheduler: { later: (fn) => fn(), now: () => 0 },
    });
    host.receive({ type: "configure", config: defaultConfig() });
    host.receive({ type: "play" });
    expect(sent.slice(-3)).toEqual([
      { type: "status", playing: true },
      { type: "status", playing: false },
      { type: "error", message: "Training stopped: fit: something broke." },
    ]);
  });

  it("pauses with a message suggesting a smaller learning rate when the loss stops being finite", () => {
    const { host, sent, runQueued } = setup({ divergeAt: 2, budgetMs: 1000 });
    host.receive({ type: "configure", config: defaultConfig() });
    host.receive({ type: "play" });
    runQueued();
    expect(sent.slice(-2)).toEqual([
      { type: "status", playing: false },
      { type: "error", message: "Training diverged at epoch 2 (the loss is no longer a finite number). Try a smaller learning rate, then reset." },
    ]);
    runQueued();
    expect(sent.filter((m) => m.type === "snapshot").at(-1)).toMatchObject({ snapshot: { epoch: 2 } });
  });

  it("shows the library's own reason when it stopped a run that blew up while the loss stayed finite", () => {
    const sent: FromWorker[] = [];
    const reason = "fit: training diverged at epoch 2: the weights' norm grew 3.1e+5× (limit 1000×). Likely cause: the learning rate is too large (3 with sgd); try 0.03 or smaller.";
    const host = createHost({
      post: (m) => sent.push(m),
      createSession: (config) => ({ ...fakeSession(config, 2), stopMessage: reason }),
      scheduler: { later: (fn) => fn(), now: () => 0 },
    });
    host.receive({ type: "configure", config: defaultConfig() });
    host.receive({ type: "play" });
    expect(sent.filter((m) => m.type === "error").at(-1)).toEqual({
      type: "error",
      message: "Training diverged at epoch 2: the weights' norm grew 3.1e+5× (limit 1000×). Likely cause: the learning rate is too large (3 with sgd); try 0.03 or smaller. Reset to start again.",
    });
  });
});
