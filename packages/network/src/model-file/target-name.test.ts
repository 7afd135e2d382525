import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { Sequential } from "../sequential.js";
import { sequential } from "../sequential-factory.js";

const schema = JSON.parse(readFileSync(new URL("../../model-file.schema.json", import.meta.url), "utf8")) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

describe("the model file's targetName", () => {
  it("round-trips through toJSON and fromJSON, and the schema accepts it", () => {
    const m = sequential([2, 1], { seed: 0 });
    m.targetName = "price";
    const json = JSON.parse(JSON.stringify(m.toJSON())) as Record<string, unknown>;
    expect(json.targetName).toBe("price");
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(Sequential.fromJSON(json).targetName).toBe("price");
  });

  it("is absent from a file without it, which reads as before", () => {
    const json = sequential([2, 1], { seed: 0 }).toJSON();
    expect("targetName" in json).toBe(false);
    expect(Sequential.fromJSON(json).targetName).toBeUndefined();
  });

  it("is refused unless it is a string, by the reader, the writer and the schema", () => {
    const json = { ...sequential([2, 1], { seed: 0 }).toJSON(), targetName: 3 };
    expect(() => Sequential.fromJSON(json)).toThrow(/^Sequential\.fromJSON: targetName must be a string \(the target column's name\)\. Received: 3\.$/);
    expect(validate(json)).toBe(false);
    const m = sequential([2, 1], { seed: 0 });
    (m as { targetName: unknown }).targetName = null;
    expect(() => m.toJSON()).toThrow(/^toJSON: model\.targetName must be a string \(the target column's name\)\. Received: null\.$/);
  });
});
