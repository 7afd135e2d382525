import { describe, expect, it } from "vitest";
import { RandomState } from "./random-state.js";
import { loadFixture } from "@backprop/testing";

interface StateCase {
  seed: number;
  before: string;
  key: number[];
  pos: number;
  hasGauss: boolean;
  gauss: number;
  afterNormals: number[];
  afterUniforms: number[];
}
const fixture = loadFixture<{ numpy: string; cases: StateCase[] }>(import.meta.url, "random-state-state.json");

function advance(rng: RandomState, before: string): void {
  if (before === "randn3") rng.randn(3);
  else if (before === "rand5") rng.randomSample(5);
  else rng.randn(1000);
}

describe("RandomState.getState / fromState against NumPy's get_state()", () => {
  for (const c of fixture.cases) {
    it(`seed ${c.seed} after ${c.before}: the same key, position and cached normal`, () => {
      const rng = new RandomState(c.seed);
      advance(rng, c.before);
      const state = rng.getState();
      expect(state.key).toEqual(c.key);
      expect(state.pos).toBe(c.pos);
      expect(state.hasGauss).toBe(c.hasGauss);
      if (c.hasGauss) expect(Math.abs(state.gauss - c.gauss)).toBeLessThanOrEqual(Math.abs(c.gauss) * 4.5e-16);
    });

    it(`seed ${c.seed} after ${c.before}: fromState continues with NumPy's next draws`, () => {
      const rng = RandomState.fromState({ seed: c.seed, key: c.key, pos: c.pos, hasGauss: c.hasGauss, gauss: c.gauss });
      const normals = Array.from(rng.randn(3));
      normals.forEach((v, i) => expect(Math.abs(v - (c.afterNormals[i] as number))).toBeLessThanOrEqual(Math.abs(c.afterNormals[i] as number) * 4.5e-16));
      expect(Array.from(rng.randomSample(3))).toEqual(c.afterUniforms);
    });
  }

  it("a restored generator and the original draw the same from then on", () => {
    const rng = new RandomState(5);
    rng.randn(7);
    const copy = RandomState.fromState(JSON.parse(JSON.stringify(rng.getState())));
    expect(Array.from(copy.randn(11))).toEqual(Array.from(rng.randn(11)));
    expect(Array.from(copy.permutation(20))).toEqual(Array.from(rng.permutation(20)));
  });

  it("refuses a malformed state, naming the field", () => {
    const good = new RandomState(1).getState();
    expect(() => RandomState.fromState({ ...good, key: good.key.slice(1) })).toThrow(/^RandomState\.fromState: state\.key must be an array of 624 integers\. Received: an array of length 623\.$/);
    expect(() => RandomState.fromState({ ...good, key: [...good.key.slice(1), -1] })).toThrow(/state\.key\[623\] must be an integer in \[0, 2\*\*32 - 1\]\. Received: -1\./);
    expect(() => RandomState.fromState({ ...good, pos: 625 })).toThrow(/state\.pos must be an integer in \[0, 624\]\. Received: 625\./);
    expect(() => RandomState.fromState({ ...good, gauss: Number.NaN })).toThrow(/state\.gauss must be a finite number/);
    expect(() => RandomState.fromState({ ...good, key: new Array<number>(624).fill(0) })).toThrow(/must not be all zeros/);
  });
});
