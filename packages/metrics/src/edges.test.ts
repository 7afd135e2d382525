import { describe, expect, it } from "vitest";
import { loadFixture } from "@backprop/testing";
import type { Outcome } from "./fixture-types.js";
import { classificationReport, type ClassificationReportOptions, type Label } from "./index.js";

// Edge cases from a differential review against scikit-learn 1.2.1 (scripts/make-fixtures.py, edges.json).
interface Edges {
  reports: { name: string; yTrue: Label[]; yPred: Label[]; options: ClassificationReportOptions; text: Outcome<string> }[];
}
const fx = loadFixture<Edges>(import.meta.url, "edges.json");

describe("classificationReport prints what scikit-learn prints", () => {
  it.each(fx.reports)("$name", (c) => {
    expect(classificationReport(c.yTrue, c.yPred, c.options)).toBe(c.text.value);
  });
});
