// Serve an exported backprop model with ONNX Runtime: raw Iris rows in, class probabilities out.
// Usage: node examples/serve-onnx.mjs model.onnx
import { readFileSync } from "node:fs";
import { decodeOnnx } from "@backprop/interop";
import * as ort from "onnxruntime-node";

const path = process.argv[2] ?? "model.onnx";
const session = await ort.InferenceSession.create(path);
const classNames = JSON.parse(decodeOnnx(readFileSync(path)).metadata.classNames ?? "[]");
const rows = [[5.1, 3.5, 1.4, 0.2], [6.1, 2.8, 4.7, 1.2], [6.7, 3.0, 5.2, 2.3]];
const input = new ort.Tensor("float32", Float32Array.from(rows.flat()), [rows.length, 4]);
const { output } = await session.run({ input });
console.log(`inputs ${session.inputNames}, outputs ${session.outputNames}, output dims [${output.dims}]`);
for (let i = 0; i < rows.length; i++) {
  const p = Array.from(output.data.slice(i * 3, i * 3 + 3));
  console.log(rows[i].join(","), "→", classNames[p.indexOf(Math.max(...p))], p.map((v) => v.toFixed(4)).join(" "));
}
