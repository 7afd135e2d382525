import { describe, expect, it } from "vitest";
import { expectClose, loadFixture } from "@backprop/testing";
import { makeClassification } from "./make-classification.js";
import { makeCircles } from "./make-circles.js";
import { makeMoons } from "./make-moons.js";
import { makeBlobs } from "./make-blobs.js";
import { spiral } from "./spiral.js";

interface Case {
  kwargs: Record<string, unknown>;
  shape?: [number, number];
  x: number[];
  y: number[];
  centers?: number[];
}
const fixture = loadFixture<Record<"makeClassification" | "makeCircles" | "makeMoons" | "makeBlobs" | "spiral", Case[]>>(import.meta.url, "generators.json");

/** scikit-learn's keyword arguments as our options: snake_case → camelCase, random_state → randomState. */
function options(kwargs: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(kwargs)) {
    if (k === "return_centers") continue;
    out[k.replace(/_(\w)/g, (_, c: string) => c.toUpperCase())] = v;
  }
  return out;
}

// Normal draws may differ from NumPy's in the last ulp (NumPy calls the C library's log), and
// values built from them (x·A sums, cos/sin of evenly spaced angles) inherit that: compare to
// 1e-12 relative, with a 1e-13 absolute floor for entries that cancel to about zero.
const TOL = { rtol: 1e-12, atol: 1e-13 };

describe("makeClassification matches scikit-learn 1.2", () => {
  it.each(fixture.makeClassification.map((c) => [JSON.stringify(c.kwargs).slice(0, 120), c] as const))("%s", (_, c) => {
    const { x, y } = makeClassification(options(c.kwargs));
    expect(x.shape).toEqual(c.shape);
    expect(Array.from(y)).toEqual(c.y);
    expectClose(x, c.x, TOL);
  });
});

describe.each([
  ["makeCircles", makeCircles],
  ["makeMoons", makeMoons],
] as const)("%s matches scikit-learn 1.2", (name, make) => {
  it.each(fixture[name].map((c) => [JSON.stringify(c.kwargs), c] as const))("%s", (_, c) => {
    const { x, y } = make(options(c.kwargs));
    expect(x.shape).toEqual(c.shape);
    expect(Array.from(y)).toEqual(c.y);
    expectClose(x, c.x, TOL);
  });
});

describe("makeBlobs matches scikit-learn 1.2", () => {
  it.each(fixture.makeBlobs.map((c) => [JSON.stringify(c.kwargs), c] as const))("%s", (_, c) => {
    const { x, y, centers } = makeBlobs(options(c.kwargs));
    expect(x.shape).toEqual(c.shape);
    expect(Array.from(y)).toEqual(c.y);
    expectClose(x, c.x, TOL);
    if (c.centers) expect(Array.from(centers.data)).toEqual(c.centers);
  });

  it("reproduces the labels printed in scikit-learn's docstring", () => {
    expect(Array.from(makeBlobs({ nSamples: 10, centers: 3, nFeatures: 2, randomState: 0 }).y)).toEqual([0, 0, 1, 0, 2, 2, 2, 1, 1, 0]);
    expect(Array.from(makeBlobs({ nSamples: [3, 3, 4], nFeatures: 2, randomState: 0 }).y)).toEqual([0, 1, 2, 0, 2, 2, 2, 1, 1, 0]);
  });
});

describe("spiral matches the NumPy code of CS231n", () => {
  it.each(fixture.spiral.map((c) => [JSON.stringify(c.kwargs), c] as const))("%s", (_, c) => {
    const { seed, N, K, noise } = c.kwargs as { seed: number; N: number; K: number; noise: number };
    const { x, y } = spiral({ nSamplesPerClass: N, nClasses: K, noise, randomState: seed });
    expect(Array.from(y)).toEqual(c.y);
    expectClose(x, c.x, TOL);
  });
});
