import { describe, expect, it } from "vitest";
import { parseCsvTable } from "../csv/parse-csv-table.js";
import { OneHotEncoder } from "../preprocessing/one-hot-encoder.js";
import { SimpleImputer } from "../preprocessing/simple-imputer.js";
import { ColumnTransformer } from "./column-transformer.js";

describe("ColumnTransformer.transformRows reads a text cell as the CSV reader reads an unquoted one", () => {
  it('trims it, so "red " is the category "red" (output columns: size, blue, red)', () => {
    const ct = new ColumnTransformer({
      transformers: [
        { name: "num", columns: ["size"], steps: [] },
        { name: "cat", columns: ["color"], steps: [new SimpleImputer({ strategy: "most_frequent" }), new OneHotEncoder({ handleUnknown: "ignore" })] },
      ],
    });
    ct.fit(parseCsvTable("color,size\nred,1\nblue,2\nred,3\n"));
    expect(ct.transform(parseCsvTable("color,size\nred ,5\n", { header: true })).toArray()).toEqual([[5, 0, 1]]);
    expect(ct.transformRows([["red ", " 5 "], ["\tblue", "6"], [" NA ", "7"]]).toArray()).toEqual([[5, 0, 1], [6, 1, 0], [7, 0, 1]]);
  });
});
