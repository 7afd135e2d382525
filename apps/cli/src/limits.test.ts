import { describe, expect, it } from "vitest";
import { checkLimit, denseParamCount, limitOf } from "./limits.js";

describe("limits", () => {
  it("counts a dense stack's weights and biases: Σ (nᵢ + 1)·nᵢ₊₁", () => {
    // 4-16-8-3: (4+1)·16 + (16+1)·8 + (8+1)·3 = 80 + 136 + 27
    expect(denseParamCount([4, 16, 8, 3])).toBe(243);
  });

  it("takes a limit from its environment variable, and refuses a bad one", () => {
    expect(limitOf("epochs", {})).toBe(10_000_000);
    expect(limitOf("epochs", { BACKPROP_MAX_EPOCHS: "2000000000" })).toBe(2_000_000_000);
    expect(() => limitOf("epochs", { BACKPROP_MAX_EPOCHS: "lots" })).toThrow(/^BACKPROP_MAX_EPOCHS must be a positive integer\. Received: BACKPROP_MAX_EPOCHS=lots\.$/);
  });

  it("names the flag, the value, the limit and how to raise it", () => {
    expect(() => checkLimit("train", "--epochs=1000000000", 1e9, "epochs")).toThrow(
      "train: --epochs=1000000000 is above the limit of 10,000,000 epochs. Received: 1,000,000,000 (raise the limit with BACKPROP_MAX_EPOCHS=N).",
    );
    expect(() => checkLimit("train", "--epochs=10000000", 1e7, "epochs")).not.toThrow();
  });
});
