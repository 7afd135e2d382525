import { describe, expect, it } from "vitest";
import { decodeState } from "./url-state.js";
import { MAX_SEED, nextSeed, parseSeed } from "./seed.js";

describe("the Seed field", () => {
  it("accepts whole numbers from 0 to 2**32 - 1, as the URL's seed does", () => {
    for (const text of ["0", "7", " 42 ", String(MAX_SEED)]) {
      const parsed = parseSeed(text);
      expect(parsed).toEqual({ seed: Number(text) });
      expect(decodeState(`#seed=${text.trim()}`).config.seed).toBe(Number(text));
    }
  });

  it("refuses negative, fractional, too large and non-numbers, naming what it received", () => {
    expect(parseSeed("-5")).toEqual({ error: "Seed: must be a whole number from 0 to 4294967295. Received: -5." });
    expect(parseSeed("2.5")).toEqual({ error: "Seed: must be a whole number from 0 to 4294967295. Received: 2.5." });
    expect(parseSeed("4294967296")).toEqual({ error: "Seed: must be a whole number from 0 to 4294967295. Received: 4294967296." });
    expect(parseSeed("1e3")).toEqual({ error: "Seed: must be a whole number from 0 to 4294967295. Received: 1e3." });
    // A number input reports text it cannot read as the empty string.
    expect(parseSeed("")).toEqual({ error: "Seed: must be a whole number from 0 to 4294967295. Received: nothing (or text that is not a number)." });
    for (const bad of ["-5", "2.5", "4294967296", "1e3"]) expect(decodeState(`#seed=${bad}`).problems).toHaveLength(1);
  });

  it("Regenerate goes to the next seed and wraps at the top", () => {
    expect(nextSeed(7)).toBe(8);
    expect(nextSeed(MAX_SEED)).toBe(0);
  });
});
