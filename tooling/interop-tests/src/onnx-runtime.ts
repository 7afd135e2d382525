import type { Matrix } from "@backprop/linalg";
import * as ort from "onnxruntime-node";

/** Runs ONNX bytes in ONNX Runtime (CPU) on `x`, fed as `input` in `dtype`; returns `output` as float64. */
export async function runOnnx(bytes: Uint8Array, x: Matrix, dtype: "float32" | "float64" = "float32", names = { input: "input", output: "output" }): Promise<Float64Array> {
  const session = await ort.InferenceSession.create(bytes);
  const data = dtype === "float32" ? Float32Array.from(x.data) : Float64Array.from(x.data);
  const result = await session.run({ [names.input]: new ort.Tensor(dtype, data, [x.rows, x.cols]) });
  const out = result[names.output];
  if (out === undefined) throw new Error(`runOnnx: no output named ${names.output}`);
  return Float64Array.from(out.data as Float32Array | Float64Array);
}

/** The float32 rounding of `x` (what a float32 graph really sees). */
export function asFloat32(x: Matrix): Matrix {
  const copy = x.clone();
  copy.data.set(Float32Array.from(x.data));
  return copy;
}
