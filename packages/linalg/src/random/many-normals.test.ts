import { describe, expect, it } from "vitest";
import { loadFixture } from "@backprop/testing";
import { RandomState } from "./random-state.js";

interface ManyNormals {
  seed: number;
  count: number;
  standardNormalBase64: string;
  nextRandomSample: number;
}
const fixture = loadFixture<ManyNormals>(import.meta.url, "many-normals.json");
const bytes = Buffer.from(fixture.standardNormalBase64, "base64");
const numpy = new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));

/** Distance in units in the last place between two doubles (the same sign assumed). */
function ulps(a: number, b: number): number {
  const view = new DataView(new ArrayBuffer(16));
  view.setFloat64(0, a);
  view.setFloat64(8, b);
  return Math.abs(Number(view.getBigInt64(0) - view.getBigInt64(8)));
}

describe(`6000 normals from RandomState(${fixture.seed}) against NumPy`, () => {
  const ours = new RandomState(fixture.seed);
  const draws = ours.standardNormal(fixture.count);
  const differing = Array.from(draws).filter((v, i) => v !== numpy[i]).length;

  // glibc's log (which NumPy calls) is not correctly rounded on about 1 input in 1,300; ours is.
  // Where the two logs differ by one ulp, sqrt(−2·ln(r²)/r²)·x can differ by up to two ulps
  // (this seed has two such pairs). Math.log instead is one ulp off on ~1 input in 20, which made
  // ~3% of the draws differ, some by three ulps.
  it("every value is within two ulps of NumPy's", () => {
    const worst = Math.max(...Array.from(draws, (v, i) => ulps(v, numpy[i] as number)));
    expect(worst).toBeLessThanOrEqual(2);
  });

  it("at most 0.1% of the values differ from NumPy in any bit", () => {
    expect(differing).toBeLessThanOrEqual(fixture.count / 1000);
  });

  it("the stream is still in step afterwards", () => {
    expect(ours.randomSample()).toBe(fixture.nextRandomSample);
  });
});
