import { describe, expect, it } from "vitest";
import { RandomState } from "@backprop/linalg";
import { expectClose, loadFixture } from "@backprop/testing";
import { getInitializer, initializers, normal, uniform } from "./initializers.js";

interface Case {
  seed: number;
  fanIn: number;
  fanOut: number;
  values: Record<string, number[][]>;
}
const cases = loadFixture<Case[]>(import.meta.url, "initializers.json");

describe("initializers draw in NumPy's order", () => {
  const named = ["he", "xavier", "glorotNormal", "heUniform", "xavierUniform", "glorotUniform"] as const;
  for (const c of cases) {
    for (const name of named) {
      it(`${name} seed ${c.seed} ${c.fanIn}×${c.fanOut}`, () => {
        const w = initializers[name](c.fanIn, c.fanOut, new RandomState(c.seed));
        expect(w.shape).toEqual([c.fanIn, c.fanOut]);
        // Normals may differ from NumPy by an ulp (its log comes from the C library).
        expectClose(w, (c.values[name] as number[][]).flat(), { rtol: 1e-14 });
      });
    }
    it(`normal(0.5) seed ${c.seed} equals seed 002's randn * 0.5`, () => {
      expectClose(normal(0.5)(c.fanIn, c.fanOut, new RandomState(c.seed)), (c.values["normal0.5"] as number[][]).flat(), { rtol: 1e-14 });
    });
  }

  it("aliases resolve to the same function", () => {
    expect(getInitializer("heNormal")).toBe(initializers.he);
    expect(getInitializer("xavierNormal")).toBe(initializers.xavier);
    expect(getInitializer("glorot")).toBe(initializers.glorotUniform);
  });

  it("zeros draws nothing from the generator", () => {
    const rng = new RandomState(1);
    expect(Array.from(getInitializer("zeros")(2, 3, rng).data)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(rng.randomSample()).toBe(new RandomState(1).randomSample());
  });

  it("uniform(limit) stays inside [−limit, limit)", () => {
    const w = uniform(0.1)(50, 50, new RandomState(0));
    expect(Math.max(...w.data)).toBeLessThan(0.1);
    expect(Math.min(...w.data)).toBeGreaterThanOrEqual(-0.1);
  });

  it("rejects unknown names, listing the known ones", () => {
    expect(() => getInitializer("hee" as never)).toThrow(/^getInitializer: unknown initializer "hee". Expected one of: he, heNormal, .*zeros, or normal\(std\)\.$/);
  });

  it("rejects a negative or non-finite std", () => {
    expect(() => normal(-1)).toThrow(/^normal: std must be a number in \[0, .*\]\. Received: std=-1\.$/);
    expect(() => normal(Number.NaN)).toThrow(RangeError);
  });
});
