import { readFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { onnxToModelJSON, tfjsToModelJSON } from "@backprop/interop";
import { Sequential } from "@backprop/network";
import type { Command } from "./command.js";
import { jsonFlag } from "./shared-flags.js";
import { writeFileAtomic } from "../io/atomic-write.js";
import { Output } from "../output/output.js";
import { UsageError, EXIT } from "../errors.js";

async function readBytes(path: string, what: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : String(code);
    throw new UsageError(`import: ${what} must exist and be readable. Received: ${path} (${why}).`);
  }
}

/** The shard files a TF.js model.json names, read from beside it; a path leaving that directory is refused. */
async function tfjsShards(file: string, json: unknown): Promise<Record<string, Uint8Array>> {
  const base = dirname(resolve(file));
  const groups = (json as { weightsManifest?: unknown }).weightsManifest;
  const files: Record<string, Uint8Array> = {};
  for (const group of Array.isArray(groups) ? groups : []) {
    const paths = (group as { paths?: unknown }).paths;
    for (const p of Array.isArray(paths) ? paths : []) {
      if (typeof p !== "string" || Object.hasOwn(files, p)) continue;
      const target = resolve(base, p);
      const rel = relative(base, target);
      if (rel.startsWith("..") || resolve(rel) === rel) throw new UsageError(`import: a weight path must stay beside model.json. Received: ${JSON.stringify(p)}.`);
      files[p] = await readBytes(target, "each weight file");
    }
  }
  return files;
}

/** `backprop import`: an ONNX dense network or a TF.js Layers model.json as a backprop model file. */
export const importCommand: Command = {
  spec: {
    name: "import",
    summary: "Read an ONNX dense network or a TF.js Layers model.json and save it as a backprop model file.",
    positionals: [{ name: "file", description: "An .onnx file, or a TF.js model.json (its weight files beside it).", required: true }],
    flags: [
      { name: "out", kind: "outputFile", required: true, valueName: "model.json", description: "Where to save the backprop model." },
      { name: "output", kind: "string", valueName: "name", description: "Which ONNX graph output to import (default: the probabilities, else the first)." },
      jsonFlag,
    ],
    examples: ["backprop import model.onnx --out model.json", "backprop import web-model/model.json --out model.json"],
    notes: ["ONNX: Gemm, MatMul + Add, activations, BatchNormalization, Identity/Dropout/Flatten/Cast/Reshape/ZipMap that change nothing. TF.js: Sequential models of Dense, Activation, LeakyReLU, ELU, Dropout and BatchNormalization."],
  },
  async run(args, io) {
    const f = args.flags;
    const out = new Output(io.stdout, io.stderr, Boolean(f.json));
    const file = args.positionals.file as string;
    const bytes = await readBytes(file, "the model file");
    const isJSON = bytes[0] === 0x7b || /^\s*\{/.test(new TextDecoder().decode(bytes.subarray(0, 64)));
    let json: Record<string, unknown>;
    try {
      if (isJSON) {
        const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
        json = tfjsToModelJSON(parsed, await tfjsShards(file, parsed));
      } else {
        json = onnxToModelJSON(bytes, f.output === undefined ? {} : { output: f.output as string });
      }
      json = Sequential.fromJSON(json).toJSON() as unknown as Record<string, unknown>;
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`import: ${file}: ${(error as Error).message}`);
    }
    writeFileAtomic(f.out as string, `${JSON.stringify(json)}\n`);
    const layers = (json.layers as { type: string }[]).map((l) => l.type);
    out.line(`wrote ${f.out as string}: ${layers.length} layers (${layers.join(", ")}) from ${isJSON ? "TF.js" : "ONNX"}`);
    out.result({ from: isJSON ? "tfjs" : "onnx", file, out: f.out, layers });
    return EXIT.ok;
  },
};
