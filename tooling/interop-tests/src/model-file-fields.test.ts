import { decodeOnnx, fromOnnx, fromTfjs, toOnnx, toTfjs } from "@backprop/interop";
import { BatchNorm, Dense, l1l2 } from "@backprop/layers";
import { Matrix, RandomState } from "@backprop/linalg";
import { Sequential } from "@backprop/network";
import { expectClose } from "@backprop/testing";
import { describe, expect, it } from "vitest";
import { randomRows } from "./models.js";
import { asFloat32, runOnnx } from "./onnx-runtime.js";
import { memoryHandler, saveToMemory, tf, tfjsPredict } from "./tfjs-runtime.js";

const F32 = { rtol: 1e-5, atol: 1e-6 };

describe("a model file's JSON exports with the settings backprop predicts with", () => {
  // hardSigmoid without activationConfig is α = 1/6, β = 0.5 (Keras 3 and PyTorch), not ONNX's or TF.js's 0.2.
  const file = { format: "backprop.network", version: 1, layers: [{ type: "dense", inputSize: 1, units: 1, activation: "hardSigmoid", weights: [[1]], bias: [0] }] };
  const z = Matrix.from([[-2], [1], [2.4], [-4], [3.5]]);
  const formula = Array.from(z.data, (x) => Math.max(0, Math.min(1, x / 6 + 0.5)));

  it("hardSigmoid with no activationConfig: ONNX Runtime computes clip(x/6 + 0.5, 0, 1) in float64 and float32", async () => {
    expectClose(await runOnnx(toOnnx(file, { dtype: "float64" }), z, "float64"), formula, { rtol: 1e-15, atol: 1e-16 });
    expectClose(await runOnnx(toOnnx(file), z), formula, F32);
  });

  it("and TF.js, whose hardSigmoid is 0.2·x + 0.5, refuses it", () => {
    expect(() => toTfjs(file)).toThrow(/^toTfjs: layers\[0\] uses activation "hardSigmoid" \(\{"alpha":0\.16666666666666666,"beta":0\.5\}\), which TF\.js Layers does not have\./);
  });
});

describe("batch norm momentum through ONNX", () => {
  const model = (): Sequential => {
    const rng = new RandomState(2);
    const bn = new BatchNorm(3, { momentum: 0.99, epsilon: 1e-3 });
    bn.runningMean.data.set([0.1, -0.2, 0.3]);
    bn.runningVar.data.set([0.5, 1.5, 2]);
    return new Sequential([new Dense(2, 3, { activation: "tanh", rng }), bn, new Dense(3, 1, { rng }), new BatchNorm(1, { momentum: 0.123456789 })], { rng });
  };
  it("comes back exactly in float32 and float64, and ONNX Runtime runs the float32 file whose BatchNormalization carries it", async () => {
    for (const dtype of ["float32", "float64"] as const) {
      const back = fromOnnx(toOnnx(model(), { dtype }));
      expect(back.layers.filter((l) => l.type === "batchNorm").map((l) => (l as BatchNorm).momentum)).toEqual([0.99, 0.123456789]);
    }
    const bytes = toOnnx(model());
    const bn = decodeOnnx(bytes).graph.nodes.find((n) => n.opType === "BatchNormalization");
    expect(bn?.attributes.find((a) => a.name === "momentum")?.f).toBe(Math.fround(0.99));
    const x = asFloat32(randomRows(8, 2, 1));
    expectClose(await runOnnx(bytes, x), model().predict(x).data, F32);
  });
});

/** TF.js's own penalty for a loaded Dense layer's kernel (`L1L2.apply`). */
function tfjsPenalty(layer: tf.layers.Layer): number {
  const reg = (layer as unknown as { kernelRegularizer?: { apply(x: tf.Tensor): tf.Scalar } }).kernelRegularizer;
  if (reg === undefined) throw new Error("no kernel regularizer");
  return reg.apply(layer.getWeights()[0] as tf.Tensor).dataSync()[0] as number;
}

describe("Dense regularizer, useBias: false and layer names through TF.js", () => {
  const model = (): Sequential => {
    const rng = new RandomState(4);
    return new Sequential([
      new Dense(3, 4, { activation: "relu", rng, name: "hidden", regularizer: l1l2({ l1: 0.001, l2: 0.01 }) }),
      new Dense(4, 2, { activation: "softmax", rng, name: "head", useBias: false }),
    ], { rng });
  };

  it("TF.js loads the export with backprop's names, no bias in the bias-free layer, and TF.js's L1L2 gives backprop's penalty", async () => {
    const m = model();
    const loaded = await tf.loadLayersModel(memoryHandler(toTfjs(m)));
    expect(loaded.layers.map((l) => l.name)).toEqual(["hidden", "head"]);
    expect(loaded.layers.map((l) => l.getWeights().length)).toEqual([2, 1]);
    const hidden = m.layers[0] as Dense;
    expectClose([tfjsPenalty(loaded.layers[0] as tf.layers.Layer)], [hidden.regularizer?.penalty(hidden.weights.value) as number], F32);
    const x = asFloat32(randomRows(6, 3, 2));
    expectClose(tfjsPredict(loaded, x), m.predict(x).data, F32);
  });

  it("a model TF.js builds with kernelRegularizer l1l2 and useBias false imports with the same penalty, no bias and its names", async () => {
    const net = tf.sequential({
      layers: [
        tf.layers.dense({ inputShape: [3], units: 4, activation: "tanh", name: "first", kernelRegularizer: tf.regularizers.l1l2({ l1: 0.002, l2: 0.03 }) }),
        tf.layers.dense({ units: 1, useBias: false, name: "last", kernelRegularizer: tf.regularizers.l2({ l2: 0.05 }) }),
      ],
    });
    const { modelJSON, weights } = await saveToMemory(net);
    const back = fromTfjs(modelJSON, { "weights.bin": weights });
    const [first, last] = back.layers as [Dense, Dense];
    expect([first.name, last.name, first.useBias, last.useBias]).toEqual(["first", "last", true, false]);
    expectClose([first.regularizer?.penalty(first.weights.value) as number, last.regularizer?.penalty(last.weights.value) as number], [tfjsPenalty(net.layers[0] as tf.layers.Layer), tfjsPenalty(net.layers[1] as tf.layers.Layer)], F32);
    const x = asFloat32(randomRows(5, 3, 9));
    expectClose(back.predict(x).data, tfjsPredict(net, x), F32);
  });
});

describe("fromTfjs with one buffer for a manifest of several weight groups", () => {
  it("reads the groups' bytes one after the other, as TF.js's io.fromMemory does", async () => {
    const rng = new RandomState(6);
    const m = new Sequential([new Dense(2, 3, { activation: "relu", rng }), new Dense(3, 2, { activation: "softmax", rng })], { rng });
    const a = toTfjs(m);
    const [group] = a.modelJSON.weightsManifest;
    const specs = group?.weights ?? [];
    const bytes = a.weightFiles[0]?.data as Uint8Array;
    const split = 4 * (2 * 3 + 3); // the first layer's kernel and bias
    const modelJSON = { ...a.modelJSON, weightsManifest: [{ paths: ["a.bin"], weights: specs.slice(0, 2) }, { paths: ["b.bin"], weights: specs.slice(2) }] };
    const tfModel = await tf.loadLayersModel(tf.io.fromMemory({ modelTopology: modelJSON.modelTopology as never, weightSpecs: specs, weightData: bytes.slice().buffer }));
    const x = asFloat32(randomRows(4, 2, 3));
    const expected = tfjsPredict(tfModel, x);
    expectClose(fromTfjs(modelJSON, bytes).predict(x).data, expected, F32);
    expectClose(fromTfjs(modelJSON, { "a.bin": bytes.slice(0, split), "b.bin": bytes.slice(split) }).predict(x).data, expected, F32);
  });
});
