import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { irVersionFor, toOnnx, toTfjs, ONNX_OPSET } from "@backprop/interop";
import type { Command } from "./command.js";
import { jsonFlag, modelFlag } from "./shared-flags.js";
import { loadModel } from "../engine/model-file.js";
import { writeFileAtomic } from "../io/atomic-write.js";
import { outputFileProblem } from "../io/output-path.js";
import { assertDistinctPaths } from "../io/path-collisions.js";
import { Output } from "../output/output.js";
import { UsageError, EXIT } from "../errors.js";

/** The library's refusals (an activation a format lacks, no saved scaler) are the user's to fix. */
function asUsage<T>(f: () => T): T {
  try {
    return f();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** `--out DIR` for TF.js: made when missing (its parent must exist), refused when it is a file. */
function outputDirectory(dir: string): void {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    const problem = outputFileProblem(join(dir, "x"));
    if (problem !== undefined && !problem.startsWith("no directory")) throw new UsageError(`export: --out must be a directory that can be written. Received: ${dir} (${problem}).`);
    try {
      mkdirSync(dir);
      isDir = true;
    } catch (error) {
      throw new UsageError(`export: --out must be a directory whose parent exists. Received: ${dir} (${(error as { code?: string }).code ?? "cannot create"}).`);
    }
  }
  if (!isDir) throw new UsageError(`export: --out for --format tfjs must be a directory. Received: ${dir} (a file).`);
}

/** `backprop export`: a saved model as ONNX bytes or a TF.js Layers directory. */
export const exportCommand: Command = {
  spec: {
    name: "export",
    summary: "Write a saved model as ONNX (for ONNX Runtime, PyTorch converters) or TF.js Layers (model.json + weights).",
    flags: [
      modelFlag,
      { name: "format", kind: "choice", choices: ["onnx", "tfjs"], required: true, valueName: "onnx|tfjs", description: "The exchange format." },
      { name: "out", kind: "string", required: true, valueName: "FILE.onnx|DIR", description: "The ONNX file, or the directory that receives model.json and its weight files." },
      { name: "dtype", kind: "choice", choices: ["float32", "float64"], default: "float32", valueName: "float32|float64", description: "Element type of the ONNX graph (TF.js is always float32)." },
      { name: "opset", kind: "integer", min: 13, max: ONNX_OPSET, default: ONNX_OPSET, valueName: "n", description: "The ai.onnx opset of the ONNX graph (the IR version follows it)." },
      { name: "with-preprocessing", kind: "boolean", description: "Put the model's saved scaler in the ONNX graph, so that it takes raw rows." },
      jsonFlag,
    ],
    examples: [
      "backprop export --model model.json --format onnx --out model.onnx",
      "backprop export --model model.json --format onnx --dtype float64 --with-preprocessing --out model.onnx",
      "backprop export --model model.json --format tfjs --out web-model",
    ],
    notes: [`ONNX files use opset ${ONNX_OPSET} (IR version ${irVersionFor(ONNX_OPSET)}) unless --opset says otherwise, with input "input" and output "output" of shape [N, features].`],
  },
  async run(args, io) {
    const f = args.flags;
    const out = new Output(io.stdout, io.stderr, Boolean(f.json));
    const path = f.out as string;
    const dtype = f.dtype as "float32" | "float64";
    if (f.format === "tfjs" && (dtype !== "float32" || f.withPreprocessing === true || f.opset !== ONNX_OPSET)) {
      const given = `${dtype !== "float32" ? ` --dtype ${dtype}` : ""}${f.withPreprocessing === true ? " --with-preprocessing" : ""}${f.opset !== ONNX_OPSET ? ` --opset ${String(f.opset)}` : ""}`;
      throw new UsageError(`export: --dtype float64, --opset and --with-preprocessing apply to --format onnx only. Received: --format tfjs${given}.`);
    }
    const modelPath = f.model as string;
    // TF.js's file is always model.json, so `--out .` beside a saved model.json would replace it.
    assertDistinctPaths("export", [["--out", f.format === "onnx" ? path : join(path, "model.json")]], [["--model", modelPath]]);
    if (f.format === "onnx") {
      const problem = outputFileProblem(path);
      if (problem !== undefined) throw new UsageError(`export: --out must be a file path in an existing, writable directory. Received: ${path} (${problem}).`);
    }
    const { model } = await loadModel("export", modelPath);
    if (f.format === "onnx") {
      const opset = f.opset as number;
      const bytes = asUsage(() => toOnnx(model, { dtype, opset, withPreprocessing: f.withPreprocessing === true }));
      writeFileAtomic(path, bytes);
      out.line(`wrote ${path}: ONNX IR ${irVersionFor(opset)}, opset ${opset}, ${dtype}, ${bytes.length} bytes`);
      out.result({ format: "onnx", out: path, dtype, irVersion: irVersionFor(opset), opset, bytes: bytes.length, withPreprocessing: f.withPreprocessing === true });
      return EXIT.ok;
    }
    const { modelJSON, weightFiles } = asUsage(() => toTfjs(model));
    assertDistinctPaths("export", weightFiles.map((w) => ["--out", join(path, w.path)] as const), [["--model", modelPath]]);
    outputDirectory(path);
    for (const w of weightFiles) writeFileAtomic(join(path, w.path), w.data);
    writeFileAtomic(join(path, "model.json"), `${JSON.stringify(modelJSON)}\n`);
    const files = ["model.json", ...weightFiles.map((w) => w.path)];
    out.line(`wrote ${path}: ${files.join(", ")}`);
    out.result({ format: "tfjs", out: path, files });
    return EXIT.ok;
  },
};
