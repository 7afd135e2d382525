import { describe, expect, it } from "vitest";
import { Dense, Dropout, l2 } from "@backprop/layers";
import { buildModel, Sequential, TrainingSession as LibrarySession } from "@backprop/network";
import { StandardScaler } from "@backprop/data";
import { decodeOnnx } from "@backprop/interop";
import { createHost } from "./host.js";
import { createSession } from "../model/session.js";
import { buildLiveModel } from "../model/live-model.js";
import { lossName, modelSpec } from "../model/build-model.js";
import { prepareData } from "../model/prepare-data.js";
import { defaultConfig, type PlaygroundConfig } from "../state/config.js";
import type { FromWorker, LossPoint, Snapshot } from "./protocol.js";

const settled = () => new Promise((done) => setTimeout(done, 50));

/** A worker host on the real session, driven by `step` messages. */
function realHost(config: PlaygroundConfig) {
  const sent: FromWorker[] = [];
  const host = createHost({ post: (m) => sent.push(m), createSession, scheduler: { later: () => {}, now: () => 0 } });
  host.receive({ type: "configure", config });
  const steps = (n: number) => { for (let i = 0; i < n; i++) host.receive({ type: "step" }); };
  const losses = (): LossPoint[] => sent.flatMap((m) => (m.type === "snapshot" ? (m.snapshot as Snapshot).losses : []));
  return { host, sent, steps, losses };
}

/** The same run on the library alone: build, train, and at `at` epochs change what the page changed. */
function libraryRun(config: PlaygroundConfig, epochs: number, at: number, change: (model: Sequential, session: LibrarySession) => void): LossPoint[] {
  const data = prepareData(config);
  const model = buildModel(modelSpec(config, data.xTrain.cols, 1));
  const session = new LibrarySession(model, data.xTrain, data.yTrain, { batchSize: config.batchSize, epochs: 1e9 });
  const loss = lossName(config, 1);
  const out: LossPoint[] = [];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    if (epoch - 1 === at) change(model, session);
    session.runEpoch();
    out.push({ epoch, train: model.evaluate(data.xTrain, data.yTrain, { loss }).loss, test: model.evaluate(data.xTest, data.yTest, { loss }).loss });
  }
  return out;
}

describe("live changes on the real session", () => {
  const config: PlaygroundConfig = { ...defaultConfig(), dataset: "moons", dropout: 0.1, noise: 20 };
  const patch = { learningRate: 0.003, batchSize: 4, dropout: 0.3, regularization: "l2" as const, regRate: 0.01 };

  it("learning rate, batch size, dropout and L2 changed after epoch 5 = the library run changing them at epoch 5 (bit for bit)", () => {
    const page = realHost(config);
    page.steps(5);
    page.host.receive({ type: "live", patch });
    page.steps(5);
    const change = (model: Sequential, session: LibrarySession) => {
      session.setLearningRate(0.003);
      session.setBatchSize(4);
      for (const layer of model.layers) {
        if (layer instanceof Dropout) layer.setRate(0.3);
        if (layer instanceof Dense) layer.setRegularizer(l2(0.01));
      }
    };
    const expected = libraryRun(config, 10, 5, change);
    expect(page.losses()).toEqual(expected);
    // The optimizer kept its state: the same change with Adam's moments forgotten is another run.
    const forgetful = libraryRun(config, 10, 5, (model, session) => { change(model, session); model.optimizer?.reset(); });
    expect(forgetful.slice(0, 5)).toEqual(expected.slice(0, 5));
    expect(forgetful[5]!.train).not.toBe(expected[5]!.train);
  });

  it("the URL's recorded change replays the run: the same losses as the live change", () => {
    const live = realHost(config);
    live.steps(5);
    live.host.receive({ type: "live", patch });
    live.steps(7);
    const recorded = live.sent.find((m) => m.type === "recorded") as Extract<FromWorker, { type: "recorded" }>;
    expect(recorded.changes).toEqual([{ epoch: 5, ...patch }]);
    const replayed = realHost({ ...config, ...recorded.initial, changes: recorded.changes });
    replayed.steps(12);
    expect(replayed.losses()).toEqual(live.losses());
  });

  it("dropout layers built at rate 0 (so dropout can be switched on mid-run) leave the run bit for bit as without them", () => {
    const plain = { ...defaultConfig(), dataset: "spiral" as const, hidden: [6, 5] };
    const data = prepareData(plain);
    const train = (model: Sequential) => {
      const session = new LibrarySession(model, data.xTrain, data.yTrain, { batchSize: 10, epochs: 6 });
      while (!session.done) session.runEpoch();
      return session.history.loss;
    };
    const live = buildLiveModel(plain, data.xTrain.cols, 3);
    expect(live.layers.filter((l) => l instanceof Dropout)).toHaveLength(2);
    expect(train(live)).toEqual(train(buildModel(modelSpec(plain, data.xTrain.cols, 3))));
  });

  it("the downloaded model file loads with Sequential.fromJSON and predicts what the session predicts", async () => {
    const page = realHost({ ...defaultConfig(), features: ["x1", "x2", "x1x2"] });
    page.steps(4);
    page.host.receive({ type: "export", format: "model" });
    await settled();
    const file = page.sent.at(-1) as Extract<FromWorker, { type: "export" }>;
    expect(file.fileName).toBe("backprop-circles-epoch-4.model.json");
    const model = Sequential.fromJSON(JSON.parse(file.data as string));
    expect(model.layers.map((l) => l.type)).toEqual(["dense", "dense", "dense"]);
    expect(model.featureNames).toEqual(["x₁", "x₂", "x₁x₂"]);
    const data = prepareData({ ...defaultConfig(), features: ["x1", "x2", "x1x2"] });
    // Its preprocessing is the page's scaler: standardized inputs from the file's own statistics.
    const scaler = StandardScaler.fromJSON(model.preprocessing);
    const snapshot = page.sent.filter((m) => m.type === "snapshot").at(-1) as Extract<FromWorker, { type: "snapshot" }>;
    const test = model.evaluate(data.xTest, data.yTest).loss;
    expect(test).toBe(snapshot.snapshot.testLoss);
    expect(Array.from(model.predictClasses(data.xAll))).toEqual(Array.from(snapshot.snapshot.predictions));
    expect(scaler.mean).toEqual(data.scaler.mean);
  });

  it("the ONNX file is an ONNX model's bytes", async () => {
    const page = realHost(defaultConfig());
    page.steps(1);
    page.host.receive({ type: "export", format: "onnx" });
    await settled();
    const file = page.sent.at(-1) as Extract<FromWorker, { type: "export" }>;
    expect(file.fileName).toBe("backprop-circles-epoch-1.onnx");
    expect(file.data).toBeInstanceOf(Uint8Array);
    const onnx = decodeOnnx(file.data as Uint8Array);
    expect(onnx.graph.inputs[0]?.shape).toEqual(["N", 2]);
    expect(onnx.graph.nodes.filter((n) => n.opType === "Gemm")).toHaveLength(3);
  });
});
