import { describe, expect, it } from "vitest";
import { Matrix } from "@backprop/linalg";
import { MinMaxScaler, StandardScaler, trainTestSplit } from "../index.js";

const rows = [[1, 10], [2, 20], [4, 40], [7, 80]];

describe("the scalers and trainTestSplit take number[][] as they take a Matrix", () => {
  it("StandardScaler and MinMaxScaler: the same statistics and outputs, bit for bit", () => {
    for (const make of [() => new StandardScaler(), () => new MinMaxScaler()]) {
      const a = make().fit(rows);
      const b = make().fit(Matrix.from(rows));
      expect(a.toJSON()).toEqual(b.toJSON());
      expect(Array.from(a.transform(rows).data)).toEqual(Array.from(b.transform(Matrix.from(rows)).data));
      expect(Array.from(a.inverseTransform([[0, 0]]).data)).toEqual(Array.from(b.inverseTransform(Matrix.from([[0, 0]])).data));
      expect(Array.from(make().fitTransform(rows).data)).toEqual(Array.from(make().fitTransform(Matrix.from(rows)).data));
    }
  });

  it("trainTestSplit: the same split", () => {
    const a = trainTestSplit(rows, [0, 1, 0, 1], { testSize: 0.5, randomState: 0 });
    const b = trainTestSplit(Matrix.from(rows), [0, 1, 0, 1], { testSize: 0.5, randomState: 0 });
    expect(a.xTrain.toArray()).toEqual(b.xTrain.toArray());
    expect(Array.from(a.testIndices)).toEqual(Array.from(b.testIndices));
  });

  it("keeps the errors: ragged rows and strings", () => {
    expect(() => new StandardScaler().fit([[1, 2], [3]])).toThrow(/^StandardScaler\.fit: every row of x must have 2 values, as the first\. Received: x\[1\] has 1 values\.$/);
    expect(() => new StandardScaler().fit([[1, "2"]] as never)).toThrow(/^StandardScaler\.fit: x must hold numbers\. Received: x\[0\]\[1\]="2"\.$/);
    expect(() => new StandardScaler().fit(null as never)).toThrow(/^StandardScaler\.fit: x must be a Matrix/);
  });
});
