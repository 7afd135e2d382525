import { describe, expect, it } from "vitest";
import { createHost, FRAME_MS, type TrainingSession } from "./host.js";
import { defaultConfig, type PlaygroundConfig } from "../state/config.js";
import type { LiveSettings } from "../state/live.js";
import type { DatasetView, FromWorker, LossPoint, Snapshot } from "./protocol.js";

/** A session whose loss is `1 / (epoch + 1)`, or NaN from `divergeAt` on; its one "weight" is its epoch. */
function fakeSession(config: PlaygroundConfig, divergeAt = Infinity): TrainingSession & { applied: [number, LiveSettings][] } {
  let epoch = 0;
  const applied: [number, LiveSettings][] = [];
  return {
    applied,
    get epoch() { return epoch; },
    applyLive: (settings) => void applied.push([epoch, settings]),
    weights: () => Float64Array.of(epoch),
    snapshotWith: (weights) => ({ epoch, weights: [[[weights[0]]]] } as unknown as Snapshot),
    exportFile: async (format, at) => ({ fileName: `${format}-${at}`, data: format === "model" ? "{}" : new Uint8Array(2) }),
    dataset: () => ({ classNames: ["a", "b"], extent: config.seed } as unknown as DatasetView),
    runEpoch(): LossPoint {
      epoch++;
      const loss = epoch >= divergeAt ? Number.NaN : 1 / (epoch + 1);
      return { epoch, train: loss, test: loss };
    },
    snapshot: (losses) => ({ epoch, losses } as unknown as Snapshot),
  };
}

/** A seed whose run the fake `createSession` cannot build (as a split too small for the classes). */
const UNBUILDABLE = 13;

/** A manual clock and task queue, so ticks run exactly when the test says. */
function setup({ epochMs = 4, budgetMs = 10, divergeAt = Infinity, snapshotMs = 0 } = {}) {
  const sent: FromWorker[] = [];
  const queue: (() => void)[] = [];
  const delays: number[] = [];
  let clock = 0;
  const sessions: ReturnType<typeof fakeSession>[] = [];
  const host = createHost({
    post: (m) => sent.push(m),
    createSession: (config) => {
      if (config.seed === UNBUILDABLE) throw new RangeError("t.csv: the training and test sets each need a row of every class.");
      const s = fakeSession(config, divergeAt);
      const run = s.runEpoch.bind(s);
      s.runEpoch = () => { clock += epochMs; return run(); };
      sessions.push(s);
      return s;
    },
    scheduler: { later: (fn, ms = 0) => { queue.push(fn); delays.push(ms); }, now: () => clock },
    budgetMs,
    snapshotMs,
  });
  const runQueued = () => queue.splice(0).forEach((fn) => fn());
  const snapshots = () => sent.filter((m) => m.type === "snapshot").map((m) => (m as { snapshot: Snapshot }).snapshot);
  return { host, sent, runQueued, snapshots, sessions, delays };
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
    host.receive({ type: "speed", epochsPerFrame: null });
    host.receive({ type: "play" });
    expect(sent.at(-1)).toEqual({ type: "status", playing: true });
    runQueued();
    runQueued();
    // 4 ms per epoch against a 10 ms budget: epochs 1–3 in the first tick, 4–6 in the second.
    expect(snapshots().slice(1).map((s) => s.losses.map((l) => l.epoch))).toEqual([[1, 2, 3], [4, 5, 6]]);
  });

  it("while playing sends at most one snapshot per snapshotMs (2·snapshotMs at max), with every epoch's losses; pause sends the rest", () => {
    // At "max" the interval doubles: snapshotMs 15 → one snapshot per 30 ms.
    const { host, runQueued, snapshots } = setup({ epochMs: 4, budgetMs: 10, snapshotMs: 15 });
    host.receive({ type: "configure", config: defaultConfig() });
    host.receive({ type: "speed", epochsPerFrame: null });
    host.receive({ type: "play" });
    for (let i = 0; i < 5; i++) runQueued();
    // 12 ms a tick: the first tick posts (none sent yet while playing), then every third tick.
    expect(snapshots().slice(1).map((s) => s.losses.map((l) => l.epoch))).toEqual([[1, 2, 3], [4, 5, 6, 7, 8, 9, 10, 11, 12]]);
    host.receive({ type: "pause" });
    expect(snapshots().at(-1)!.losses.map((l) => l.epoch)).toEqual([13, 14, 15]);
    host.receive({ type: "pause" });
    expect(snapshots()).toHaveLength(4);
  });

  it("at a speed of n epochs per frame trains n epochs a tick and waits out the rest of the 1/60 s", () => {
    const { host, runQueued, snapshots, delays } = setup({ epochMs: 4, budgetMs: 100 });
    host.receive({ type: "configure", config: defaultConfig() });
    host.receive({ type: "play" });
    runQueued();
    // The default, TF Playground's pace: one epoch per frame.
    expect(snapshots().at(-1)!.losses.map((l) => l.epoch)).toEqual([1]);
    expect(delays.at(-1)).toBeCloseTo(FRAME_MS - 4, 9);
    host.receive({ type: "speed", epochsPerFrame: 3 });
    runQueued();
    expect(snapshots().at(-1)!.losses.map((l) => l.epoch)).toEqual([2, 3, 4]);
    expect(delays.at(-1)).toBeCloseTo(FRAME_MS - 12, 9);
    host.receive({ type: "speed", epochsPerFrame: 10 });
    runQueued();
    // 40 ms of training is more than a frame: no wait.
    expect(delays.at(-1)).toBe(0);
  });

  it("applies a live change at the next epoch without a new session, and sends the recorded change back", () => {
    const { host, sent, sessions } = setup();
    host.receive({ type: "configure", config: defaultConfig() });
    for (let i = 0; i < 3; i++) host.receive({ type: "step" });
    host.receive({ type: "live", patch: { learningRate: 0.003, batchSize: 5 } });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.applied).toEqual([[3, { learningRate: 0.003, regularization: "none", regRate: 0, dropout: 0, batchSize: 5 }]]);
    expect(sent.at(-1)).toEqual({
      type: "recorded", epoch: 3, patch: { learningRate: 0.003, batchSize: 5 }, run: 0, seq: 0,
      initial: { learningRate: 0.03, regularization: "none", regRate: 0, dropout: 0, batchSize: 10 },
      changes: [{ epoch: 3, learningRate: 0.003, batchSize: 5 }],
    });
    host.receive({ type: "step" });
    expect(sessions[0]!.epoch).toBe(4);
  });

  it("replays a configured run's recorded changes at their epochs", () => {
    const { host, sessions } = setup();
    host.receive({ type: "configure", config: { ...defaultConfig(), changes: [{ epoch: 2, learningRate: 0.1 }, { epoch: 4, dropout: 0.2 }] } });
    for (let i = 0; i < 5; i++) host.receive({ type: "step" });
    const rates = sessions[0]!.applied.map(([epoch, s]) => `${epoch}:${s.learningRate}/${s.dropout}`);
    expect(rates).toEqual(["0:0.03/0", "1:0.03/0", "2:0.1/0", "3:0.1/0", "4:0.1/0.2"]);
  });

  it("reset starts a new run with the settings in force and forgets the recorded changes", () => {
    const { host, sent, sessions } = setup();
    host.receive({ type: "configure", config: { ...defaultConfig(), changes: [{ epoch: 1, regularization: "l2", regRate: 0.01 }] } });
    host.receive({ type: "step" });
    host.receive({ type: "step" });
    host.receive({ type: "reset" });
    expect(sessions).toHaveLength(2);
    expect(sent.at(-1)).toEqual({ type: "recorded", epoch: 0, patch: {}, changes: [], run: 1, seq: 0, initial: { learningRate: 0.03, regularization: "l2", regRate: 0.01, dropout: 0, batchSize: 10 } });
  });

  it("replay pauses and draws the kept weights at or before the epoch asked for, with that epoch's losses", () => {
    const { host, sent, runQueued } = setup({ epochMs: 1, budgetMs: 1000 });
    host.receive({ type: "configure", config: defaultConfig() });
    host.receive({ type: "speed", epochsPerFrame: 500 });
    host.receive({ type: "play" });
    runQueued();
    host.receive({ type: "replay", epoch: 333 });
    expect(sent.at(-2)).toEqual({ type: "status", playing: false });
    const frame = sent.at(-1) as Extract<FromWorker, { type: "replay" }>;
    // 500 epochs in at most 200 frames: every 4th epoch is kept.
    expect(frame.snapshot).toMatchObject({ epoch: 332, trainLoss: 1 / 333, testLoss: 1 / 333, losses: [], weights: [[[332]]] });
    expect(frame.requested).toBe(333);
  });

  it("export sends the session's file", async () => {
    const { host, sent } = setup();
    host.receive({ type: "configure", config: defaultConfig() });
    host.receive({ type: "step" });
    host.receive({ type: "export", format: "model" });
    await new Promise((done) => setTimeout(done, 0));
    expect(sent.at(-1)).toEqual({ type: "export", format: "model", fileName: "model-1", data: "{}" });
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
    host.receive({ type: "speed", epochsPerFrame: null });
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

  it("tags every message about a run with the page's id for it, and drops a live change made for another run", () => {
    const { host, sent, sessions } = setup();
    host.receive({ type: "configure", config: defaultConfig(), run: 7 });
    host.receive({ type: "step" });
    host.receive({ type: "live", patch: { learningRate: 0.3 }, run: 7, seq: 1 });
    host.receive({ type: "configure", config: { ...defaultConfig(), activation: "relu" }, run: 8 });
    // Sent before the worker saw run 8 start, so made for run 7: run 8 must not take it.
    host.receive({ type: "live", patch: { learningRate: 0.1 }, run: 7, seq: 2 });
    expect(sent.filter((m) => m.type === "recorded")).toMatchObject([{ run: 7, seq: 1, patch: { learningRate: 0.3 } }]);
    expect(sent.filter((m) => m.type === "dataset" || m.type === "snapshot").map((m) => (m as { run: number }).run)).toEqual([7, 7, 7, 8, 8]);
    expect(sessions[1]!.applied).toEqual([]);
  });

  it("answers a setup it cannot build with refused, naming the run in force, which goes on", () => {
    const { host, sent, snapshots, sessions } = setup();
    host.receive({ type: "configure", config: defaultConfig(), run: 1 });
    host.receive({ type: "step" });
    host.receive({ type: "configure", config: { ...defaultConfig(), seed: UNBUILDABLE }, run: 2 });
    expect(sent.at(-1)).toEqual({
      type: "refused", run: 2, message: "t.csv: the training and test sets each need a row of every class.",
      inForce: { run: 1, config: defaultConfig() },
    });
    host.receive({ type: "step" });
    expect(sessions).toHaveLength(1);
    expect(snapshots().at(-1)).toMatchObject({ epoch: 2 });
    expect(sent.at(-1)).toMatchObject({ type: "snapshot", run: 1 });
  });

  it("with no run in force, Play says the setup could not be built and why (not the protocol's words)", () => {
    const { host, sent } = setup();
    host.receive({ type: "configure", config: { ...defaultConfig(), seed: UNBUILDABLE }, run: 1 });
    expect(sent.at(-1)).toMatchObject({ type: "refused", run: 1, inForce: null });
    host.receive({ type: "play" });
    expect(sent.at(-1)).toEqual({
      type: "error",
      message: "There is no run to play: the setup could not be built. t.csv: the training and test sets each need a row of every class.",
    });
  });

  it("after a divergence Play and Step train nothing and say why again, until a reset", () => {
    const { host, sent, runQueued, snapshots, sessions } = setup({ divergeAt: 3, budgetMs: 1000 });
    host.receive({ type: "configure", config: defaultConfig() });
    host.receive({ type: "speed", epochsPerFrame: null });
    host.receive({ type: "play" });
    runQueued();
    const diverged = "Training diverged at epoch 3 (the loss is no longer a finite number). Try a smaller learning rate, then reset.";
    expect(sent.filter((m) => m.type === "error")).toEqual([{ type: "error", message: diverged }]);
    // The NaN epoch is no point on the curve.
    expect(snapshots().flatMap((s) => s.losses.map((l) => l.epoch))).toEqual([1, 2]);
    const epochs = sessions[0]!.epoch;
    host.receive({ type: "play" });
    host.receive({ type: "step" });
    runQueued();
    expect(sessions[0]!.epoch).toBe(epochs);
    const again = { type: "error", message: `This run diverged, so Play and Step do not train it: lower the learning rate, then press Reset. ${diverged}` };
    expect(sent.filter((m) => m.type === "error").slice(1)).toEqual([again, again]);
    expect(sent.filter((m) => m.type === "status" && m.playing)).toHaveLength(1);
    host.receive({ type: "reset" });
    host.receive({ type: "step" });
    expect(snapshots().at(-1)).toMatchObject({ epoch: 1 });
  });
});
