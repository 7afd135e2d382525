import { describe, expect, it } from "vitest";
import { Sequential } from "@backprop/network";
import { Matrix } from "@backprop/linalg";
import { StandardScaler } from "@backprop/data";
import { buildModel } from "@backprop/network";
import { preprocessingFromJSON, preprocessingJSON } from "./preprocessing.js";

const model = (): Sequential => buildModel({ inputSize: 2, task: "regression", outputs: 1, seed: 1 });
const target = new StandardScaler().fit(new Matrix(3, 1, Float64Array.of(10, 20, 60)));
const features = new StandardScaler().fit(new Matrix(2, 2, Float64Array.of(1, 2, 3, 5)));

describe("a regression's preprocessing in the model file", () => {
  it("round-trips the feature step and the target scaler through Sequential.fromJSON", () => {
    const m = model();
    m.preprocessing = preprocessingJSON(features, target);
    const loaded = Sequential.fromJSON(JSON.parse(JSON.stringify(m.toJSON())));
    const back = preprocessingFromJSON(loaded.preprocessing);
    expect(Array.from(back.target?.mean ?? [])).toEqual([30]);
    // σ = √((20² + 10² + 30²)/3), the population standard deviation
    expect(back.target?.scale?.[0]).toBeCloseTo(Math.sqrt(1400 / 3), 12);
    expect(Array.from((back.features as StandardScaler).mean ?? [])).toEqual([2, 3.5]);
  });

  it("refuses a target scaler of two columns, an unknown field and a nested targetScaler, naming them", () => {
    const m = model();
    const json = m.toJSON() as unknown as Record<string, unknown>;
    const two = { ...json, preprocessing: { type: "targetScaler", target: features.toJSON() } };
    expect(() => Sequential.fromJSON(two)).toThrow(/^Sequential\.fromJSON: preprocessing is not valid: targetScaler: preprocessing\.target must scale one column\. Received: 2 columns\.$/);
    const extra = { ...json, preprocessing: { type: "targetScaler", target: target.toJSON(), inverse: true } };
    expect(() => Sequential.fromJSON(extra)).toThrow(/targetScaler: preprocessing\.inverse is not a field\. Expected only: type, features, target\./);
    const nested = { ...json, preprocessing: { type: "targetScaler", features: { type: "targetScaler", target: target.toJSON() }, target: target.toJSON() } };
    expect(() => Sequential.fromJSON(nested)).toThrow(/preprocessing\.features must be a standardScaler, minMaxScaler or columnTransformer\. Received: features\.type="targetScaler"\./);
  });
});
