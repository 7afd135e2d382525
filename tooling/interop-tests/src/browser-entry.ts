// Bundled by browser.e2e.test.ts for Chromium: the round trip runs in the page.
import { fromOnnx, fromTfjs, toOnnx, toTfjs } from "@backprop/interop";
import { Matrix } from "@backprop/linalg";
import { Sequential } from "@backprop/network";

(globalThis as unknown as Record<string, unknown>).interopRoundTrip = (modelJSON: unknown, rows: number[][]) => {
  const model = Sequential.fromJSON(modelJSON);
  const x = Matrix.from(rows);
  const onnx = toOnnx(model, { dtype: "float64" });
  const tfjs = toTfjs(model);
  const files = Object.fromEntries(tfjs.weightFiles.map((f) => [f.path, f.data]));
  return {
    onnxBytes: onnx.length,
    userAgent: (globalThis as unknown as { navigator: { userAgent: string } }).navigator.userAgent,
    hasProcess: typeof (globalThis as { process?: unknown }).process !== "undefined",
    viaOnnx: fromOnnx(onnx).predict(x).toArray(),
    viaTfjs: fromTfjs(JSON.parse(JSON.stringify(tfjs.modelJSON)), files).predict(x).toArray(),
  };
};
