// Train a small Iris classifier, export it to ONNX and TF.js, and import both back.
import { fromOnnx, fromTfjs, toOnnx, toTfjs, decodeOnnx } from "@backprop/interop";
import { StandardScaler, loadIris } from "@backprop/data";
import { fit, sequential } from "@backprop/network";

const { x, y, targetNames } = loadIris();
const scaler = new StandardScaler();
const model = sequential([4, 8, 3], { seed: 0 });
fit(model, scaler.fitTransform(x), y, { epochs: 200, optimizer: "adam", learningRate: 0.01 });
model.preprocessing = scaler.toJSON();
model.classNames = targetNames;

const bytes = toOnnx(model, { withPreprocessing: true }); // float32; takes raw rows
const graph = decodeOnnx(bytes).graph;
console.log(`ONNX: ${bytes.length} bytes, nodes ${graph.nodes.map((n) => n.opType).join(" → ")}`);

const { modelJSON, weightFiles } = toTfjs(model);
console.log(`TF.js: ${modelJSON.modelTopology.config.layers.map((l) => l.class_name).join(", ")}; ${weightFiles.map((f) => `${f.path} (${f.data.length} bytes)`).join(", ")}`);

const fromO = fromOnnx(toOnnx(model, { dtype: "float64" }));
const fromT = fromTfjs(modelJSON, Object.fromEntries(weightFiles.map((f) => [f.path, f.data])));
const scaled = scaler.transform(x);
const first = (m) => Array.from(m.predict(scaled).row(100), (p) => p.toFixed(6)).join(" ");
console.log("backprop      :", first(model));
console.log("via ONNX f64  :", first(fromO));
console.log("via TF.js f32 :", first(fromT));
