import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseCsvTable } from "../csv/parse-csv-table.js";
import { SimpleImputer } from "../preprocessing/simple-imputer.js";
import { StandardScaler } from "../preprocessing/standard-scaler.js";
import { MinMaxScaler } from "../preprocessing/min-max-scaler.js";
import { OneHotEncoder } from "../preprocessing/one-hot-encoder.js";
import { ColumnTransformer } from "./column-transformer.js";

const fitted = new ColumnTransformer({
  transformers: [
    { name: "num", columns: ["w", "h"], steps: [new SimpleImputer({ strategy: "median" }), new StandardScaler(), new MinMaxScaler()] },
    { name: "cat", columns: ["color"], steps: [new SimpleImputer({ strategy: "constant" }), new OneHotEncoder({ handleUnknown: "ignore" })] },
  ],
}).fit(parseCsvTable("color,w,h\nred,1,2\nblue,,5\nNA,4,?\n"));
const valid = JSON.parse(JSON.stringify(fitted)) as unknown;

/** Every path (list of keys) into a JSON value. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}
const allPaths = paths(valid).slice(1);

/** A copy of `valid` with the value at `path` replaced (or the key deleted when `replacement` is undefined). */
function mutate(path: (string | number)[], replacement: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(valid)) as Record<string | number, unknown>;
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (replacement === undefined) delete node[last];
  else node[last] = replacement;
  return copy;
}

/** Loads `json`: it must load (and then transform a row or refuse it cleanly) or fail with the house wording. */
function loadsOrFailsCleanly(json: unknown): void {
  let ct: ColumnTransformer;
  try {
    ct = ColumnTransformer.fromJSON(json, "preprocessing");
  } catch (e) {
    expect(e instanceof TypeError || e instanceof RangeError, String(e)).toBe(true);
    expect((e as Error).message).toMatch(/^ColumnTransformer\.fromJSON: preprocessing[.\w[\]]* .+\. Received: .+\.$/s);
    expect((e as Error).message.length).toBeLessThan(400);
    return;
  }
  try {
    const out = ct.transformRows([new Array<string>(ct.inputColumns?.length ?? 0).fill("1")]);
    expect(out.cols).toBe(ct.featureNamesOut?.length);
  } catch (e) {
    expect(e instanceof TypeError || e instanceof RangeError, String(e)).toBe(true);
    expect((e as Error).message).toMatch(/^(ColumnTransformer|OneHotEncoder|SimpleImputer|StandardScaler|MinMaxScaler)\.\w+: /);
  }
}

describe("ColumnTransformer.fromJSON properties", () => {
  it("random JSON gives a clean error", () => {
    fc.assert(fc.property(fc.jsonValue(), (json) => loadsOrFailsCleanly(json)), { numRuns: 500 });
  }, 60_000);

  it("a valid file with one field replaced or deleted loads or gives a clean error naming a path", () => {
    const replacement = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom(undefined, -1, 0, 1e308, "", "__proto__", [], {}, [0], ["a"], null, "numeric", "categorical", "oneHotEncoder", "standardScaler"),
    );
    fc.assert(fc.property(fc.constantFrom(...allPaths), replacement, (path, r) => loadsOrFailsCleanly(mutate(path, r))), { numRuns: 2000 });
  }, 60_000);

  it("never lets a __proto__ key reach Object.prototype", () => {
    fc.assert(
      fc.property(fc.constantFrom(...allPaths.filter((p) => typeof p[p.length - 1] === "string")), (path) => {
        const text = JSON.stringify(mutate(path, { polluted: 1 })).replace(`"${String(path[path.length - 1])}":{"polluted":1}`, `"__proto__":{"polluted":1}`);
        expect(() => ColumnTransformer.fromJSON(JSON.parse(text))).toThrow(/(__proto__ is not an allowed key|must be|nothing \(the field is missing\))/);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
    );
  });
});
