import { describe, expect, it } from "vitest";
import { createReport, StepFailed } from "./steps.mjs";

describe("createReport", () => {
  it("records a failed step and goes on, unless the step is critical", async () => {
    const report = createReport(() => {});
    await report.step("fails", async () => {
      throw new Error("boom");
    });
    await expect(report.step("critical", async () => {
      throw new Error("bang");
    }, { critical: true })).rejects.toBeInstanceOf(StepFailed);
    expect(report.steps.map((s) => [s.name, s.ok, s.detail])).toEqual([["fails", false, "boom"], ["critical", false, "bang"]]);
    expect(report.ok).toBe(false);
  });

  it("after stop(), runs no further step: the next one throws and is recorded as not run", async () => {
    const report = createReport(() => {});
    await report.step("before", async () => "done");
    report.stop("SIGINT received");
    report.stop("SIGTERM received");
    let ran = false;
    await expect(report.step("after", async () => {
      ran = true;
    })).rejects.toBeInstanceOf(StepFailed);
    expect(ran).toBe(false);
    expect(report.steps.at(-1)).toMatchObject({ name: "after", ok: false, detail: "not run: SIGINT received" });
    expect(report.ok).toBe(false);
  });
});
