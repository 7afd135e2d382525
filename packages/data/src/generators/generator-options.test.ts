import { describe, expect, it } from "vitest";
import { Matrix } from "@backprop/linalg";
import { makeBlobs } from "./make-blobs.js";
import { makeCircles } from "./make-circles.js";
import { makeClassification } from "./make-classification.js";
import { makeMoons } from "./make-moons.js";
import { gaussianClusters } from "./gaussian-clusters.js";
import { spiral } from "./spiral.js";
import { xor } from "./xor.js";
import { MAX_MAGNITUDE, MAX_SAMPLES } from "./generator-options.js";

const allFinite = (x: Matrix): boolean => x.data.every(Number.isFinite);

describe("options that would make non-finite data are refused, naming the option", () => {
  it("noise past 1e100", () => {
    expect(() => makeMoons({ noise: 1e308 })).toThrow(RangeError);
    expect(() => makeMoons({ noise: 1e308 })).toThrow(/^makeMoons: noise must be ≤ 1e100 \(larger values overflow the data to Infinity\)\. Received: noise=1e\+308\.$/);
    expect(() => makeCircles({ noise: 1e101 })).toThrow(/^makeCircles: noise must be ≤ 1e100 .*Received: noise=1e\+101\.$/);
    expect(() => spiral({ noise: 1e200 })).toThrow(/^spiral: noise must be ≤ 1e100 .*Received: noise=1e\+200\.$/);
    expect(() => makeMoons({ noise: Infinity })).toThrow(/^makeMoons: noise must be a finite number ≥ 0\. Received: noise=Infinity\.$/);
    expect(() => makeMoons({ noise: NaN })).toThrow(/^makeMoons: noise must be a finite number ≥ 0\. Received: noise=NaN\.$/);
  });

  it("standard deviations, centers, shifts and scales past ±1e100", () => {
    expect(() => gaussianClusters({ std: 1e300 })).toThrow(/^gaussianClusters: std must be ≤ 1e100 .*Received: std=1e\+300\.$/);
    expect(() => gaussianClusters({ centers: [[0, 0], [1, -1e101]] })).toThrow(/^gaussianClusters: centers\[1\]\[1\] must be between -1e100 and 1e100 .*Received: centers\[1\]\[1\]=-1e\+101\.$/);
    expect(() => makeBlobs({ clusterStd: [1, 1e150, 1] })).toThrow(/^makeBlobs: clusterStd\[1\] must be ≤ 1e100 .*Received: clusterStd\[1\]=1e\+150\.$/);
    expect(() => makeBlobs({ centerBox: [-1e308, 1e308] })).toThrow(/^makeBlobs: centerBox\[0\] must be between -1e100 and 1e100 .*Received: centerBox\[0\]=-1e\+308\.$/);
    expect(() => makeBlobs({ centers: [[1e200, 0]] })).toThrow(/^makeBlobs: centers\[0\]\[0\] must be between -1e100 and 1e100/);
    expect(() => makeClassification({ classSep: 1e200 })).toThrow(/^makeClassification: classSep must be between -1e100 and 1e100 .*Received: classSep=1e\+200\.$/);
    expect(() => makeClassification({ scale: 1e300 })).toThrow(/^makeClassification: scale must be between -1e100 and 1e100 .*Received: scale=1e\+300\.$/);
    expect(() => makeClassification({ nFeatures: 4, shift: [0, 0, -1e101, 0] })).toThrow(/^makeClassification: shift\[2\] must be between/);
  });

  it("at the limit, every generator's data is still finite (the bound holds)", () => {
    const M = MAX_MAGNITUDE;
    expect(M).toBe(1e100);
    expect(allFinite(makeMoons({ nSamples: 400, noise: M, randomState: 1 }).x)).toBe(true);
    expect(allFinite(makeCircles({ nSamples: 400, noise: M, randomState: 2 }).x)).toBe(true);
    expect(allFinite(spiral({ nSamplesPerClass: 200, noise: M, randomState: 3 }).x)).toBe(true);
    expect(allFinite(gaussianClusters({ nSamples: 400, centers: [[M, -M], [-M, M]], std: M, randomState: 4 }).x)).toBe(true);
    expect(allFinite(makeBlobs({ nSamples: 400, centerBox: [-M, M], clusterStd: M, randomState: 5 }).x)).toBe(true);
    const c = makeClassification({ nSamples: 400, nFeatures: 30, nInformative: 10, nRedundant: 10, nRepeated: 5, classSep: M, shift: M, scale: M, randomState: 6 });
    expect(allFinite(c.x)).toBe(true);
    expect(allFinite(makeClassification({ nSamples: 400, hypercube: false, classSep: -M, shift: null, scale: -M, randomState: 7 }).x)).toBe(true);
  });
});

describe("unknown options are refused", () => {
  it.each([
    ["makeMoons", () => makeMoons({ nSample: 10 } as never), "nSample", "nSamples, shuffle, noise, randomState, maxSamples"],
    ["makeCircles", () => makeCircles({ seed: 1 } as never), "seed", "nSamples, shuffle, noise, factor, randomState, maxSamples"],
    ["makeBlobs", () => makeBlobs({ std: 1 } as never), "std", "nSamples, nFeatures, centers, clusterStd, centerBox, shuffle, randomState, maxSamples"],
    ["makeClassification", () => makeClassification({ n_samples: 10 } as never), "n_samples", "nSamples, nFeatures, nInformative, "],
    ["spiral", () => spiral({ nSamples: 10 } as never), "nSamples", "nSamplesPerClass, nClasses, noise, randomState, maxSamples"],
    ["xor", () => xor({ nsamples: 10 } as never), "nsamples", "nSamples, noise, randomState, maxSamples"],
    ["gaussianClusters", () => gaussianClusters({ clusterStd: 1 } as never), "clusterStd", "nSamples, centers, std, randomState, maxSamples"],
  ])("%s", (name, run, key, expected) => {
    expect(run).toThrow(TypeError);
    const escaped = expected.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    expect(run).toThrow(new RegExp(`^${name}: unknown option \\["${key}"\\]\\. Expected one of: ${escaped}`));
  });

  it("options must be an object", () => {
    expect(() => makeMoons(null as never)).toThrow(/^makeMoons: options must be an object\. Received: null\.$/);
    expect(() => spiral(5 as never)).toThrow(/^spiral: options must be an object\. Received: 5 \(number\)\.$/);
    expect(() => xor([] as never)).toThrow(/^xor: options must be an object\. Received: an array\.$/);
  });

  it("flags are booleans, and xor's noise needs nSamples", () => {
    expect(() => makeMoons({ shuffle: "no" as never })).toThrow(/^makeMoons: shuffle must be true or false\. Received: shuffle="no"\.$/);
    expect(() => makeClassification({ hypercube: 0 as never })).toThrow(/^makeClassification: hypercube must be true or false\. Received: hypercube=0\.$/);
    expect(() => xor({ noise: 0.2 })).toThrow(/^xor: noise needs nSamples \(the 4-row truth table has no noise\)\. Received: noise=0\.2, nSamples=undefined\.$/);
  });
});

describe("sample counts are bounded before anything is allocated", () => {
  it("by MAX_SAMPLES = 10⁷ by default", () => {
    expect(MAX_SAMPLES).toBe(1e7);
    expect(() => makeMoons({ nSamples: 1e15 })).toThrow(RangeError);
    expect(() => makeMoons({ nSamples: 1e15 })).toThrow(
      /^makeMoons: nSamples must be ≤ maxSamples=10000000 \(raise the maxSamples option to go past it\)\. Received: nSamples=1000000000000000\.$/,
    );
    expect(() => makeCircles({ nSamples: [1e7, 1] })).toThrow(/^makeCircles: nSamples\[0\] \+ nSamples\[1\] must be ≤ maxSamples=10000000 .*Received: nSamples\[0\] \+ nSamples\[1\]=10000001\.$/);
    expect(() => xor({ nSamples: 1e7 + 1 })).toThrow(/^xor: nSamples must be ≤ maxSamples=10000000/);
    expect(() => spiral({ nSamplesPerClass: 5e6, nClasses: 3 })).toThrow(/^spiral: nSamplesPerClass × nClasses must be ≤ maxSamples=10000000 .*=15000000\.$/);
    expect(() => gaussianClusters({ nSamples: 2e7 })).toThrow(/^gaussianClusters: nSamples must be ≤ maxSamples=10000000/);
    expect(() => makeBlobs({ nSamples: 2e7 })).toThrow(/^makeBlobs: nSamples must be ≤ maxSamples=10000000/);
    expect(() => makeBlobs({ nSamples: [5e6, 5e6, 1] })).toThrow(/^makeBlobs: the sum of nSamples must be ≤ maxSamples=10000000 .*=10000001\.$/);
    expect(() => makeBlobs({ centers: 1e8 })).toThrow(/^makeBlobs: centers must be ≤ maxSamples=10000000 .*Received: centers=100000000\.$/);
    expect(() => makeClassification({ nSamples: 1e9 })).toThrow(/^makeClassification: nSamples must be ≤ maxSamples=10000000/);
  });

  it("and the maxSamples option moves the limit", () => {
    expect(() => makeMoons({ nSamples: 6, maxSamples: 5 })).toThrow(/^makeMoons: nSamples must be ≤ maxSamples=5 .*Received: nSamples=6\.$/);
    expect(makeMoons({ nSamples: 5, maxSamples: 5, randomState: 0 }).x.rows).toBe(5);
    expect(() => makeMoons({ maxSamples: 0 })).toThrow(/^makeMoons: maxSamples must be an integer ≥ 1\. Received: maxSamples=0\.$/);
    // Raised past 10⁷, the count is still bounded by what one matrix may hold.
    expect(() => xor({ nSamples: 2e8, maxSamples: 1e9 })).toThrow(/^xor: samples × features must be ≤ MAX_ELEMENTS=268435456 .*Received: nSamples=200000000, 2 features \(400000000 values\)\.$/);
  });

  it("samples × features must fit one matrix (linalg's MAX_ELEMENTS)", () => {
    expect(() => makeClassification({ nSamples: 1e7, nFeatures: 100 })).toThrow(
      /^makeClassification: samples × features must be ≤ MAX_ELEMENTS=268435456 \(one matrix of 2 GiB\)\. Received: nSamples=10000000, 100 features \(1000000000 values\)\.$/,
    );
    expect(() => makeBlobs({ nSamples: 1e7, nFeatures: 50, centers: 2 })).toThrow(/^makeBlobs: samples × features must be ≤ MAX_ELEMENTS/);
  });

  it("makeClassification refuses mixing matrices that would take minutes to draw", () => {
    expect(() => makeClassification({ nSamples: 100, nFeatures: 20, nInformative: 20, nRedundant: 0, nClasses: 2 ** 20, nClustersPerClass: 1 })).toThrow(
      /^makeClassification: nClasses × nClustersPerClass × nInformative² must be ≤ MAX_ELEMENTS=268435456 \(one mixing matrix is drawn per cluster\)\. Received: 1048576 clusters, nInformative=20\.$/,
    );
  });
});
