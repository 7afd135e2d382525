import { describe, expect, it } from "vitest";
import { MAX_TRAIN_COLUMNS, reconcileChoice, type CsvSummary } from "./csv-choice.js";

const column = (name: string, feature = true) => ({ name, kind: feature ? "numeric" as const : "text" as const, missing: 0, feature, labelProblem: null, targetProblem: null, rowNumber: false });
const classification = { file: "f.csv", label: "kind", features: ["a", "b", "c", "d"], plotX: "a", plotY: "b" };
const summary: CsvSummary = {
  file: "f.csv", rows: 10,
  columns: [column("a"), column("b"), column("c"), column("d"), column("kind", false)],
  defaultChoice: classification,
  regressionChoice: { file: "f.csv", label: "d", features: ["a", "b", "c"], plotX: "a", plotY: "b" },
  problem: "classification",
};

describe("reconcileChoice", () => {
  it("keeps a consistent choice as it is", () => {
    expect(reconcileChoice(summary, classification)).toEqual(classification);
  });

  it("a new label leaves the features and the plot, which takes the next columns", () => {
    expect(reconcileChoice(summary, { ...classification, label: "a" })).toEqual({ file: "f.csv", label: "a", features: ["b", "c", "d"], plotX: "c", plotY: "b" });
  });

  it("a plotted column is always trained on; features stay in file order", () => {
    expect(reconcileChoice(summary, { ...classification, features: ["d"], plotX: "c" })).toEqual({ file: "f.csv", label: "kind", features: ["b", "c", "d"], plotX: "c", plotY: "b" });
  });

  it("keeps at most the limit, plotted columns first", () => {
    const names = Array.from({ length: MAX_TRAIN_COLUMNS + 4 }, (_, i) => `x${i}`);
    const wide: CsvSummary = { ...summary, columns: [...names.map((n) => column(n)), column("kind", false)] };
    const choice = reconcileChoice(wide, { file: "f.csv", label: "kind", features: names, plotX: names.at(-1)!, plotY: "x0" })!;
    expect(choice.features).toHaveLength(MAX_TRAIN_COLUMNS);
    expect(choice.features).toContain(names.at(-1));
    expect(choice.features.slice(0, 3)).toEqual(["x0", "x1", "x2"]);
  });

  it("is null when fewer than two numeric columns remain besides the label", () => {
    const narrow: CsvSummary = { ...summary, columns: [column("a"), column("b"), column("kind", false)] };
    expect(reconcileChoice(narrow, { file: "f.csv", label: "a", features: ["b"], plotX: "b", plotY: "a" })).toBeNull();
  });
});
