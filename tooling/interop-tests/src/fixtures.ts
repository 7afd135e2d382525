import { readFileSync } from "node:fs";
import { Matrix } from "@backprop/linalg";

const DIR = new URL("./__fixtures__/", import.meta.url);

/** A committed framework fixture: the ONNX bytes, the inputs and what the framework predicted for them. */
export function frameworkFixture(name: string): { bytes: Uint8Array; x: Matrix; expected: Float64Array; extra: Record<string, unknown> } {
  const { inputs, outputs, ...extra } = JSON.parse(readFileSync(new URL(`${name}.json`, DIR), "utf8")) as { inputs: number[][]; outputs: number[][] } & Record<string, unknown>;
  return { bytes: new Uint8Array(readFileSync(new URL(`${name}.onnx`, DIR))), x: Matrix.from(inputs), expected: Float64Array.from(outputs.flat()), extra };
}
