import { describe, expect, it } from "vitest";
import { besidePath } from "./beside-path.js";

describe("besidePath", () => {
  it("puts the tag before the extension, in the same directory", () => {
    expect(besidePath("models/keep.json", "diverged")).toBe("models/keep.diverged.json");
    expect(besidePath("dir.v2/keep", "diverged")).toBe("dir.v2/keep.diverged");
    expect(besidePath("/tmp/a.b.json", "diverged")).toBe("/tmp/a.b.diverged.json");
  });
});
