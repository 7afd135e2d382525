import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RandomState } from "@backprop/linalg";
import { BatchNorm, Dense, Dropout } from "@backprop/layers";
import { StandardScaler } from "@backprop/data";
import { Sequential } from "../sequential.js";

/** A compiled, trained model with every built-in layer type and a preprocessing step: a rich file to mutate. */
function richFile(): Record<string, unknown> {
  const rng = new RandomState(4);
  const m = new Sequential([new Dense(3, 4, { activation: "relu", rng }), new BatchNorm(4), new Dropout(0.2), new Dense(4, 2, { activation: "softmax", rng })], { rng });
  const x = rng.randn(16, 3) as never;
  m.preprocessing = new StandardScaler().fit(x).toJSON();
  m.compile({ optimizer: "adam", metrics: ["accuracy"] });
  m.fit(x, Int32Array.from({ length: 16 }, (_, i) => i % 2), { epochs: 1, batchSize: 8 });
  return JSON.parse(JSON.stringify(m.toJSON())) as Record<string, unknown>;
}

/** Every path to a value inside `value` (objects and arrays), as key lists. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.slice(0, 6).forEach((v, i) => paths(v, [...prefix, i], out));
  else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

function setAt(root: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = replacement;
  return copy;
}

const hostileValue = fc.oneof(
  fc.constantFrom(null, undefined, true, -1, 0, 1e9, 2 ** 53, Number.MAX_VALUE, "", "__proto__", "constructor", [], {}, [[]], { __proto__: { polluted: 1 } }),
  fc.jsonValue({ maxDepth: 3 }),
);

describe("Sequential.fromJSON on hostile files (property-based)", () => {
  const file = richFile();
  const allPaths = paths(file);

  it("one field replaced by anything: a model, or a TypeError/RangeError naming the reader — never a crash, a pollution or a huge allocation", () => {
    fc.assert(
      fc.property(fc.constantFrom(...allPaths), hostileValue, (path, value) => {
        const mutated = setAt(file, path, value);
        try {
          const model = Sequential.fromJSON(mutated);
          expect(model.layers.length).toBeGreaterThan(0);
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          expect((error as Error).message).toMatch(/^(Sequential\.fromJSON|[A-Za-z.]+): /);
          expect((error as Error).message.length).toBeLessThan(600);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  it("random JSON text and truncated files give a clean error", () => {
    const text = JSON.stringify(file);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.nat({ max: text.length }).map((n) => text.slice(0, n)), fc.jsonValue().map((v) => JSON.stringify(v))), (input) => {
        try {
          Sequential.fromJSON(input);
        } catch (error) {
          expect((error as Error).message).toMatch(/^Sequential\.fromJSON: /);
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
