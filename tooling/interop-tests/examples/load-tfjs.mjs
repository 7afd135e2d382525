// Load a `backprop export --format tfjs` directory in TensorFlow.js and predict.
// Usage: node examples/load-tfjs.mjs web-model
import { Buffer } from "node:buffer";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as tf from "@tensorflow/tfjs";

const dir = process.argv[2] ?? "web-model";
await tf.setBackend("cpu"); // in a browser: "webgl" or "webgpu" (with @tensorflow/tfjs-backend-webgpu)
const json = JSON.parse(readFileSync(join(dir, "model.json"), "utf8"));
const [group] = json.weightsManifest;
const weights = Buffer.concat(group.paths.map((p) => readFileSync(join(dir, p))));
const model = await tf.loadLayersModel(tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs: group.weights, weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.length) }));
// The TF.js graph has no scaler: scale rows as the model file's preprocessing says.
const { mean, scale } = json.userDefinedMetadata.preprocessing;
const row = [6.1, 2.8, 4.7, 1.2].map((v, j) => (v - mean[j]) / scale[j]);
const p = await model.predict(tf.tensor2d([row])).data();
console.log(`backend ${tf.getBackend()}, layers ${model.layers.map((l) => l.getClassName()).join(", ")}`);
console.log(json.userDefinedMetadata.classNames[p.indexOf(Math.max(...p))], Array.from(p, (v) => v.toFixed(4)).join(" "));
