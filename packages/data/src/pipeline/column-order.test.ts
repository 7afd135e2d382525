import { describe, expect, it } from "vitest";
import { loadFixture } from "@backprop/testing";
import type { TableColumn } from "../csv/table-column.js";
import { SimpleImputer } from "../preprocessing/simple-imputer.js";
import { StandardScaler } from "../preprocessing/standard-scaler.js";
import { MinMaxScaler } from "../preprocessing/min-max-scaler.js";
import { OneHotEncoder } from "../preprocessing/one-hot-encoder.js";
import { ColumnTransformer } from "./column-transformer.js";

interface Fixture {
  columns: Record<"a" | "b" | "c", (number | null)[]>;
  color: (string | null)[];
  featureNamesOut: string[];
  fitTransform: number[];
  shape: [number, number];
  statistics: Record<"med" | "mean" | "mm" | "one", number[]>;
  scalerMean: Record<"med" | "mean" | "one", number[]>;
  scalerVar: Record<"med" | "mean" | "one", number[]>;
}
const f = loadFixture<Fixture>(import.meta.url, "column-order.json");

describe("ColumnTransformer sums each chain's columns as scikit-learn 1.2.1 does (a Fortran-ordered block)", () => {
  it("140 rows, several-column mean and median chains: the same bits", () => {
    const table: TableColumn[] = [
      ...(["a", "b", "c"] as const).map((name) => ({ name, kind: "numeric" as const, values: Float64Array.from(f.columns[name], (v) => v ?? NaN) })),
      { name: "color", kind: "categorical", values: f.color },
    ];
    const ct = new ColumnTransformer({
      transformers: [
        { name: "med", columns: ["a", "b"], steps: [new SimpleImputer({ strategy: "median" }), new StandardScaler()] },
        { name: "mean", columns: ["a", "b", "c"], steps: [new SimpleImputer(), new StandardScaler()] },
        { name: "mm", columns: ["b", "c"], steps: [new SimpleImputer(), new MinMaxScaler()] },
        { name: "one", columns: ["c"], steps: [new SimpleImputer(), new StandardScaler()] },
        { name: "cat", columns: ["color"], steps: [new SimpleImputer({ strategy: "most_frequent" }), new OneHotEncoder()] },
      ],
    });
    const out = ct.fitTransform(table);
    expect(out.shape).toEqual(f.shape);
    expect(ct.featureNamesOut).toEqual(f.featureNamesOut);
    const step = (g: number, s: number): SimpleImputer | StandardScaler => ct.transformers[g]?.steps[s] as SimpleImputer | StandardScaler;
    (["med", "mean", "mm", "one"] as const).forEach((name, g) => expect(Array.from((step(g, 0) as SimpleImputer).statistics as Float64Array)).toEqual(f.statistics[name]));
    (["med", "mean", "one"] as const).forEach((name) => {
      const scaler = step(["med", "mean", "mm", "one"].indexOf(name), 1) as StandardScaler;
      expect(Array.from(scaler.mean as Float64Array)).toEqual(f.scalerMean[name]);
      expect(Array.from(scaler.variance as Float64Array)).toEqual(f.scalerVar[name]);
    });
    expect(Array.from(out.data)).toEqual(f.fitTransform);
  });
});
