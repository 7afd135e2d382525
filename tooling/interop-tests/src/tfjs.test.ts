import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fromTfjs, toTfjs } from "@backprop/interop";
import { tanh, type Activation } from "@backprop/activations";
import { Matrix } from "@backprop/linalg";
import { loadIris } from "@backprop/data";
import { expectClose } from "@backprop/testing";
import { afterAll, describe, expect, it } from "vitest";
import { ACTIVATIONS, activationModel, irisModel, randomRows, tfjsRefuses } from "./models.js";
import { asFloat32 } from "./onnx-runtime.js";
import { directoryHandler, memoryHandler, saveToMemory, tf, tfjsPredict } from "./tfjs-runtime.js";

// TF.js computes in float32: backprop's prediction on the float32-rounded input is the reference, within 1e-5.
const TOL = { rtol: 1e-5, atol: 1e-6 };
const dir = mkdtempSync(join(tmpdir(), "interop-tfjs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("TF.js Layers export loaded by tf.loadLayersModel", () => {
  for (const { name, spec } of ACTIVATIONS) {
    it(`${name}: TF.js predicts what backprop predicts`, async () => {
      const model = activationModel(spec, 4);
      if (tfjsRefuses(spec)) {
        expect(() => toTfjs(model)).toThrow(new RegExp(`uses activation "${name}" .*which TF\\.js Layers does not have`));
        return;
      }
      const loaded = await tf.loadLayersModel(memoryHandler(toTfjs(model)));
      const x = asFloat32(randomRows(32, 4, 8));
      expectClose(tfjsPredict(loaded, x), model.predict(x).data, TOL);
    });
  }

  it("batch norm and dropout, from model.json and shards in a directory (small shards, so several)", async () => {
    const { model } = irisModel();
    const { modelJSON, weightFiles } = toTfjs(model, { shardBytes: 64 });
    expect(weightFiles.length).toBeGreaterThan(3);
    writeFileSync(join(dir, "model.json"), JSON.stringify(modelJSON));
    for (const f of weightFiles) writeFileSync(join(dir, f.path), f.data);
    const loaded = await tf.loadLayersModel(directoryHandler(dir));
    expect(loaded.layers.map((l) => l.getClassName())).toEqual(["Dense", "BatchNormalization", "Dropout", "Dense"]);
    const x = asFloat32(randomRows(40, 4, 3));
    expectClose(tfjsPredict(loaded, x), model.predict(x).data, TOL);
  });

  it("refuses an activation TF.js lacks, naming it", () => {
    const mine: Activation = { ...tanh, name: "myCustom" };
    expect(() => toTfjs(activationModel(mine, 1))).toThrow(/^toTfjs: layers\[0\] uses activation "myCustom" \(\{\}\), which TF\.js Layers does not have\. Received: activation="myCustom"\.$/);
  });
});

describe("TF.js Layers import of a model TF.js trained", () => {
  it("imports, predicts what TF.js predicts, and exports back to the same predictions", { timeout: 60_000 }, async () => {
    const { x, y } = loadIris();
    const xs = tf.tensor2d(Float32Array.from(x.data), [150, 4]);
    const ys = tf.oneHot(tf.tensor1d(Array.from(y), "int32"), 3);
    const net = tf.sequential({
      layers: [
        tf.layers.dense({ inputShape: [4], units: 10, activation: "relu" }),
        tf.layers.batchNormalization(),
        tf.layers.dropout({ rate: 0.1 }),
        tf.layers.dense({ units: 6 }),
        tf.layers.leakyReLU({ alpha: 0.2 }),
        tf.layers.dense({ units: 3 }),
        tf.layers.activation({ activation: "softmax" }),
      ],
    });
    net.compile({ optimizer: tf.train.adam(0.02), loss: "categoricalCrossentropy" });
    await net.fit(xs, ys, { epochs: 15, batchSize: 16, verbose: 0 });
    const { modelJSON, weights } = await saveToMemory(net);
    const model = fromTfjs(modelJSON, { "weights.bin": weights });
    expect(model.layers.map((l) => l.type)).toEqual(["dense", "batchNorm", "dropout", "dense", "dense"]);
    // Iris rows moved off the training points (TF.js's own initial weights are not seeded, so TF.js itself is the reference)
    const probe = asFloat32(Matrix.from(Array.from({ length: 30 }, (_, i) => Array.from(x.row(i * 5), (v, j) => v + 0.1 * j))));
    const expected = tfjsPredict(net, probe);
    expectClose(model.predict(probe).data, expected, TOL);
    const again = await tf.loadLayersModel(memoryHandler(toTfjs(model)));
    expectClose(tfjsPredict(again, probe), expected, TOL);
  });
});

describe("malformed TF.js files give clean errors", () => {
  const good = (): { modelJSON: Record<string, unknown>; files: Record<string, Uint8Array> } => {
    const a = toTfjs(irisModel().model);
    return { modelJSON: JSON.parse(JSON.stringify(a.modelJSON)) as Record<string, unknown>, files: Object.fromEntries(a.weightFiles.map((f) => [f.path, f.data])) };
  };
  it("a functional model, a missing shard, a short shard, a quantized weight, an unknown layer", () => {
    const a = good();
    (a.modelJSON.modelTopology as { class_name: string }).class_name = "Model";
    expect(() => fromTfjs(a.modelJSON, a.files)).toThrow(/^fromTfjs: modelTopology\.class_name must be "Sequential"; functional models are not read\. Received: class_name="Model"\.$/);
    const b = good();
    expect(() => fromTfjs(b.modelJSON, {})).toThrow(/weightsManifest\[0\] names a shard that was not given\. Received: path="group1-shard1of1\.bin"\./);
    const c = good();
    expect(() => fromTfjs(c.modelJSON, { "group1-shard1of1.bin": new Uint8Array(10) })).toThrow(/weight dense_1\/kernel runs past the end of its shards \(10 bytes\)/);
    const d = good();
    const specs = (d.modelJSON.weightsManifest as { weights: Record<string, unknown>[] }[])[0]?.weights ?? [];
    (specs[0] as Record<string, unknown>).quantization = { dtype: "uint8" };
    expect(() => fromTfjs(d.modelJSON, d.files)).toThrow(/is quantized, which is not read/);
    const e = good();
    ((e.modelJSON.modelTopology as { config: { layers: { class_name: string }[] } }).config.layers[1] as { class_name: string }).class_name = "Conv2D";
    expect(() => fromTfjs(e.modelJSON, e.files)).toThrow(/^fromTfjs: layers\[1\] \(Conv2D batchNorm\) is not a layer backprop reads\. Supported: InputLayer, Dense, .*Received: class_name="Conv2D"\.$/);
    expect(() => fromTfjs("{", {})).toThrow(/model\.json must be an object/);
    expect(() => fromTfjs({ modelTopology: { class_name: "Sequential", config: { layers: [] } } }, {})).toThrow(/layers must be a non-empty array/);
  });
});
