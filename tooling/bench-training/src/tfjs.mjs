// TF.js's side: the same layers, loss, batch size and plain SGD through `model.fit` (verbose 0),
// on the CPU backend (pure JS) and the WASM backend, whose .wasm files are read from node_modules.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import * as tf from "@tensorflow/tfjs";
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";

const require = createRequire(import.meta.url);
const wasmDir = join(dirname(require.resolve("@tensorflow/tfjs-backend-wasm/package.json")), "dist") + "/";
setWasmPaths(wasmDir);

/** Switches TF.js to `name` ("cpu" or "wasm") and returns the backend's name as TF.js reports it. */
export async function useBackend(name) {
  const ok = await tf.setBackend(name);
  if (!ok) throw new Error(`tfjs: the ${name} backend did not initialise. Received: backend=${tf.getBackend()}`);
  await tf.ready();
  return tf.getBackend();
}

function tensors(c) {
  const [rows, cols] = c.x.shape;
  const x = tf.tensor2d(Float32Array.from(c.x.data), [rows, cols]);
  const k = c.sizes[c.sizes.length - 1];
  const labels = Array.from(c.y);
  const y = k === 1 ? tf.tensor2d(labels, [rows, 1]) : tf.oneHot(tf.tensor1d(labels, "int32"), k).toFloat();
  return { x, y, rows };
}

function model(c) {
  const m = tf.sequential();
  for (let i = 1; i < c.sizes.length; i++) {
    const activation = c.activations[i - 1];
    m.add(tf.layers.dense({ units: c.sizes[i], activation, kernelInitializer: activation === "relu" ? "heNormal" : "glorotNormal", ...(i === 1 ? { inputShape: [c.sizes[0]] } : {}) }));
  }
  m.compile({ optimizer: tf.train.sgd(c.learningRate), loss: c.loss === "categoricalCrossEntropy" ? "categoricalCrossentropy" : "binaryCrossentropy" });
  return m;
}

/**
 * Seconds `fit` takes for the configuration's full epoch count on the current backend: one warm-up
 * epoch (kernel set-up, first allocations), then `c.tfEpochs` timed epochs scaled by epochs / tfEpochs.
 */
export async function tfjsSeconds(c) {
  const { x, y, rows } = tensors(c);
  const m = model(c);
  const batchSize = c.batchSize ?? rows;
  await m.fit(x, y, { epochs: 1, batchSize, verbose: 0 });
  const start = performance.now();
  await m.fit(x, y, { epochs: c.tfEpochs, batchSize, verbose: 0 });
  const seconds = (performance.now() - start) / 1000;
  m.dispose();
  x.dispose();
  y.dispose();
  return (seconds * c.epochs) / c.tfEpochs;
}
