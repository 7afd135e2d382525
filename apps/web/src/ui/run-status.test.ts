import { describe, expect, it } from "vitest";
import { liveStatus, rebuildStatus } from "./run-status.js";
import { defaultConfig } from "../state/config.js";

describe("the status line", () => {
  it("names what needed a new network", () => {
    const before = defaultConfig();
    expect(rebuildStatus(before, { activation: "relu" })).toBe("The activation changed: that needs a new network, so training starts again at epoch 0.");
    expect(rebuildStatus(before, { hidden: [4, 4, 4] })).toMatch(/^The layers changed/);
    // A patch that repeats a value names the field that did change.
    expect(rebuildStatus(before, { dataset: "circles", seed: 2 })).toMatch(/^The seed changed/);
  });

  it("says a live change goes on from the next epoch, or sets the start at epoch 0", () => {
    expect(liveStatus("Learning rate 0.003", 40)).toBe("Learning rate 0.003 from epoch 41 on, without a reset (the optimizer keeps its state).");
    expect(liveStatus("Dropout 0.2", 0)).toBe("Dropout 0.2: set for the start of the run.");
  });
});
