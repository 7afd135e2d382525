import { decodeOnnx, fromOnnx, fromTfjs, toOnnx, toTfjs } from "@backprop/interop";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frameworkFixture } from "./fixtures.js";
import { irisModel } from "./models.js";

/** Runs `f`; it must return or throw an Error with a message, never anything else, and never blow the stack. */
function clean(f: () => unknown): boolean {
  try {
    f();
    return true;
  } catch (error) {
    if (!(error instanceof Error) || error.message.length === 0) return false;
    return !/call stack|out of memory|Invalid typed array length|Array buffer allocation failed/i.test(error.message);
  }
}

const seeds = [toOnnx(irisModel().model), toOnnx(irisModel("minMax").model, { dtype: "float64", withPreprocessing: true }), frameworkFixture("torch_sequential").bytes, frameworkFixture("sklearn_mlp_classifier").bytes, frameworkFixture("sklearn_mlp_binary").bytes];

/** A valid file with a few bytes overwritten, inserted, deleted, or cut short. */
const mutated = fc.tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom("set", "insert", "delete")), { minLength: 1, maxLength: 8 }), fc.option(fc.nat())).map(([seed, edits, cut]) => {
  const bytes = Array.from(seed);
  for (const [at, value, kind] of edits) {
    const i = at % (bytes.length + 1);
    if (kind === "set") bytes[Math.min(i, bytes.length - 1)] = value;
    else if (kind === "insert") bytes.splice(i, 0, value);
    else bytes.splice(i, 1);
  }
  return Uint8Array.from(cut === null ? bytes : bytes.slice(0, cut % (bytes.length + 1)));
});

describe("untrusted ONNX bytes", () => {
  it("random bytes give a result or a clean Error", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => clean(() => fromOnnx(bytes))), { numRuns: 3000, seed: 1 });
  });

  it("mutated real models give a result or a clean Error", () => {
    fc.assert(fc.property(mutated, (bytes) => clean(() => fromOnnx(bytes))), { numRuns: 3000, seed: 2 });
  });

  it("a tiny file declaring a huge tensor or a huge length is refused without allocating it", () => {
    // graph { initializer { dims: [1e9, 1e9], data_type: FLOAT } }
    const tensor = [0x0a, 0x0a, 0x80, 0x94, 0xeb, 0xdc, 0x03, 0x80, 0x94, 0xeb, 0xdc, 0x03, 0x10, 0x01];
    const graph = [0x2a, tensor.length, ...tensor];
    expect(() => decodeOnnx(Uint8Array.from([0x3a, graph.length, ...graph]))).toThrow(/has more than 67108864 elements/);
    // graph field claiming 2^40 bytes
    expect(() => decodeOnnx(Uint8Array.of(0x3a, 0x80, 0x80, 0x80, 0x80, 0x80, 0x20))).toThrow(/a length of 1099511627776 bytes runs past the end \(0 left\)/);
  });
});

describe("untrusted TF.js files", () => {
  const { modelJSON, weightFiles } = toTfjs(irisModel().model);
  const files = Object.fromEntries(weightFiles.map((f) => [f.path, f.data]));
  const text = JSON.stringify(modelJSON);

  it("JSON with values replaced at random gives a result or a clean Error", () => {
    const anything = fc.oneof(fc.constant(null), fc.integer(), fc.double(), fc.string(), fc.constant([]), fc.constant({}), fc.constant([null, 1e9]), fc.constant(-1));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), anything), { minLength: 1, maxLength: 4 }), (edits) => {
        const json = JSON.parse(text) as unknown;
        for (const [at, value] of edits) {
          const slots: [Record<string, unknown>, string][] = [];
          const walk = (v: unknown): void => {
            if (v !== null && typeof v === "object") for (const [k, c] of Object.entries(v)) { slots.push([v as Record<string, unknown>, k]); walk(c); }
          };
          walk(json);
          const [obj, key] = slots[at % slots.length] as [Record<string, unknown>, string];
          obj[key] = structuredClone(value);
        }
        return clean(() => fromTfjs(json, files));
      }),
      { numRuns: 1500, seed: 3 },
    );
  });

  it("shape claiming 2^40 weights is refused before reading", () => {
    const json = JSON.parse(text) as { weightsManifest: { weights: { shape: number[] }[] }[] };
    (json.weightsManifest[0]?.weights[0] as { shape: number[] }).shape = [2 ** 20, 2 ** 20];
    expect(() => fromTfjs(json, files)).toThrow(/^fromTfjs: the model has more than 67108864 weights\. Received: dense_1\/kernel with shape \[1048576,1048576\]\.$/);
  });
});
