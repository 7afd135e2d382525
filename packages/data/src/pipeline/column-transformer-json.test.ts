import { describe, expect, it } from "vitest";
import { parseCsvTable } from "../csv/parse-csv-table.js";
import { SimpleImputer } from "../preprocessing/simple-imputer.js";
import { StandardScaler } from "../preprocessing/standard-scaler.js";
import { OneHotEncoder } from "../preprocessing/one-hot-encoder.js";
import { ColumnTransformer } from "./column-transformer.js";
import type { ColumnTransformerJSON } from "./column-transformer-json.js";

const fitted = (): ColumnTransformerJSON =>
  new ColumnTransformer({
    transformers: [
      { name: "num", columns: ["w"], steps: [new SimpleImputer(), new StandardScaler()] },
      { name: "cat", columns: ["color"], steps: [new SimpleImputer({ strategy: "most_frequent" }), new OneHotEncoder()] },
    ],
  })
    .fit(parseCsvTable("color,w\nred,1\nblue,\nNA,4\n"))
    .toJSON();
const load = (edit: (j: ColumnTransformerJSON) => void): (() => ColumnTransformer) => {
  const json = JSON.parse(JSON.stringify(fitted())) as ColumnTransformerJSON;
  edit(json);
  return () => ColumnTransformer.fromJSON(json, "preprocessing");
};
const step = (j: ColumnTransformerJSON, g: number, s: number): Record<string, unknown> => j.transformers[g]?.steps[s] as unknown as Record<string, unknown>;

describe("ColumnTransformer.fromJSON checks every field and names its path", () => {
  it("reads back what toJSON wrote", () => {
    const ct = ColumnTransformer.fromJSON(fitted());
    expect(ct.transformRows([["red", "2.5"]]).toArray()).toEqual([[0, 0, 1]]);
  });

  it.each<[string, (j: ColumnTransformerJSON) => void, RegExp]>([
    ["a number where a category string belongs", (j) => ((step(j, 1, 1).categories as unknown[][])[0]![1] = 3), /^ColumnTransformer\.fromJSON: preprocessing\.transformers\[1\]\.steps\[1\]\.categories\[0\]\[1\] must be a string\. Received: 3\.$/],
    ["a negative scale", (j) => ((step(j, 0, 1).scale as number[])[0] = -1), /^ColumnTransformer\.fromJSON: preprocessing\.transformers\[0\]\.steps\[1\]\.scale\[0\] must be a finite number > 0\. Received: -1\.$/],
    ["a scaler wider than the column it follows", (j) => (step(j, 0, 1).mean = [1, 2]), /preprocessing\.transformers\[0\]\.steps\[1\]\.mean must be an array of 1 finite numbers \(one per input column\)\. Received: an array of 2\.$/],
    ["an imputer of the wrong kind", (j) => (step(j, 1, 0).kind = "numeric"), /steps\[0\]\.statistics\[0\] must be a finite number\. Received: "blue"\./],
    ["a scaler on text", (j) => j.transformers[1]!.steps.splice(1, 0, step(j, 0, 1) as never), /preprocessing\.transformers\[1\]\.steps\[1\]\.type must be a text step \(simpleImputer or oneHotEncoder\) while the columns hold text\. Received: "standardScaler"\./],
    ["a chain that ends in text", (j) => j.transformers[1]!.steps.pop(), /preprocessing\.transformers\[1\]\.steps must end in numbers/],
    ["an unknown column", (j) => (j.transformers[0]!.columns[0] = "z"), /preprocessing\.transformers\[0\]\.columns\[0\] must name one of the columns\. Received: "z"\./],
    ["a wrong output name", (j) => (j.featureNamesOut[2] = "cat__color_green"), /preprocessing\.featureNamesOut\[2\] must be "cat__color_red", as the steps give\. Received: "cat__color_green"\./],
    ["an unknown version", (j) => ((j as { version: number }).version = 2), /preprocessing\.version must be 1\. Received: 2\./],
    ["an unknown field", (j) => Object.assign(j, { remainder: "drop" }), /preprocessing has an unknown field "remainder"/],
    ["a missing field", (j) => delete (j as Partial<ColumnTransformerJSON>).missingValues, /preprocessing\.missingValues must be an array\. Received: nothing \(the field is missing\)\./],
  ])("refuses %s", (_, edit, message) => {
    expect(load(edit)).toThrow(message);
  });

  it("refuses __proto__ and constructor keys without polluting Object.prototype", () => {
    const text = JSON.stringify(fitted()).replace('"type":"columnTransformer"', '"type":"columnTransformer","__proto__":{"polluted":true}');
    expect(() => ColumnTransformer.fromJSON(JSON.parse(text))).toThrow(/^ColumnTransformer\.fromJSON: __proto__ is not an allowed key\. Received: "__proto__"\.$/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const ctor = JSON.parse(JSON.stringify(fitted()).replace('"kind":"numeric"}', '"kind":"numeric","constructor":1}'));
    expect(() => ColumnTransformer.fromJSON(ctor, "p")).toThrow(/^ColumnTransformer\.fromJSON: p\.columns\[1\]\.constructor is not an allowed key/);
  });

  it("bounds the array entries a document may hold (maxItems, default 1e6) before reading them", () => {
    const json = fitted() as unknown as { missingValues: string[] };
    json.missingValues = new Array<string>(1_000_001).fill("x");
    expect(() => ColumnTransformer.fromJSON(json)).toThrow(/^ColumnTransformer\.fromJSON: missingValues would take the document past 1000000 array entries \(pass a larger maxItems to load it\)\. Received: an array of 1000001\.$/);
    expect(ColumnTransformer.fromJSON(json, "", { maxItems: 2e6 }).missingValues).toHaveLength(1_000_001);
    expect(() => ColumnTransformer.fromJSON(fitted(), "", { maxItems: 5 })).toThrow(/would take the document past 5 array entries/);
  });
});
