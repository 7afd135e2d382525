import { describe, expect, it } from "vitest";
import demos from "../../test/__fixtures__/demos.json" with { type: "json" };
import { summaryTable, TUTORIAL_FIGURES } from "./summary-table.js";
import type { DemoReport } from "./run-demo.js";

const report = (demo: string, loss: number, trainAccuracy: number, testAccuracy: number | null): DemoReport => ({
  demo, seed: 42, epochs: 1, loss: [1, loss], trainAccuracy, testAccuracy, seconds: 0, interrupted: false,
});

describe("summaryTable", () => {
  it("uses the tutorials' own figures at seed 42, as the Python fixtures record them", () => {
    type Case = { demo: string; seed: number; epochs: number; loss: Record<string, number>; trainAccuracy: number; testAccuracy: number | null };
    for (const c of (demos as unknown as { cases: Case[] }).cases.filter((c) => c.seed === 42)) {
      const t = TUTORIAL_FIGURES[c.demo];
      expect([t?.loss, t?.trainAccuracy, t?.testAccuracy]).toEqual([c.loss[String(c.epochs - 1)], c.trainAccuracy, c.testAccuracy]);
    }
  });

  it("puts each demo's loss and accuracy beside the tutorial's, marking xor-mse's 75 % as the tutorial's own", () => {
    const lines = summaryTable([report("iris", 0.0011, 1, 1), report("xor-mse", 0.2036, 0.75, null), report("moons", 0.05, 0.98, 0.96)], 42);
    expect(lines[0]).toBe("Summary (seed 42):");
    expect(lines[1]).toMatch(/^demo +final loss +accuracy \(train \/ test\) +tutorial's own \(seed 42\)$/);
    expect(lines[2]).toMatch(/^iris +0\.001100 +100\.00% \/ 100\.00% +0\.001062, 100\.00% \/ 100\.00%$/);
    expect(lines[3]).toMatch(/^xor-mse +0\.203600 +75\.00% +0\.203644, 75\.00% \(the tutorial's own result, not a failure\)$/);
    expect(lines[4]).toMatch(/^moons +0\.050000 +98\.00% \/ 96\.00% +— \(not from a tutorial\)$/);
    expect(summaryTable([report("iris", 0.0011, 1, 1)], 7)[2]).toMatch(/— \(figures are for seed 42\)$/);
  });
});
