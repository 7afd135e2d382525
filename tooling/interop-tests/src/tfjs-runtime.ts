import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { TfjsArtifacts, TfjsModelJSON } from "@backprop/interop";
import type { Matrix } from "@backprop/linalg";
import * as tf from "@tensorflow/tfjs";

tf.setBackend("cpu");

/** An IOHandler over a directory written by `backprop export --format tfjs` (model.json + shards). */
export function directoryHandler(dir: string): tf.io.IOHandler {
  return {
    load: async () => {
      const json = JSON.parse(readFileSync(join(dir, "model.json"), "utf8")) as TfjsModelJSON;
      const group = json.weightsManifest[0] as TfjsModelJSON["weightsManifest"][number];
      const data = Buffer.concat(group.paths.map((p) => readFileSync(join(dir, p))));
      return { modelTopology: json.modelTopology as unknown as tf.io.ModelJSON["modelTopology"], weightSpecs: group.weights, weightData: data.buffer.slice(data.byteOffset, data.byteOffset + data.length) as ArrayBuffer, format: json.format };
    },
  };
}

/** TF.js's in-memory handler over artifacts from `toTfjs`. */
export function memoryHandler(a: TfjsArtifacts): tf.io.IOHandler {
  const bytes = Buffer.concat(a.weightFiles.map((f) => f.data));
  return tf.io.fromMemory({ modelTopology: a.modelJSON.modelTopology as never, weightSpecs: a.modelJSON.weightsManifest.flatMap((g) => g.weights), weightData: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer });
}

/** TF.js's prediction for `x` (as float32), back as float64. */
export function tfjsPredict(model: tf.LayersModel, x: Matrix): Float64Array {
  const input = tf.tensor2d(Float32Array.from(x.data), [x.rows, x.cols]);
  const output = model.predict(input) as tf.Tensor;
  const values = Float64Array.from(output.dataSync());
  tf.dispose([input, output]);
  return values;
}

/** What `model.save` hands a save handler, as the file layout `fromTfjs` reads. */
export async function saveToMemory(model: tf.LayersModel): Promise<{ modelJSON: Record<string, unknown>; weights: Uint8Array }> {
  let saved: tf.io.ModelArtifacts | undefined;
  await model.save(tf.io.withSaveHandler(async (artifacts) => {
    saved = artifacts;
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: "JSON" } };
  }));
  const a = saved as tf.io.ModelArtifacts;
  const modelJSON = { format: "layers-model", modelTopology: a.modelTopology, weightsManifest: [{ paths: ["weights.bin"], weights: a.weightSpecs }] };
  return { modelJSON, weights: new Uint8Array(a.weightData as ArrayBuffer) };
}

export { tf };
