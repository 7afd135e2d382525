import { describe, expect, it } from "vitest";
import { treeShakingLeaks } from "./tree-shaking.mjs";

describe("treeShakingLeaks", () => {
  const dropped = ["sigmoid", "tanh", "leakyRelu"];

  it("finds the names of other activations as string literals, in any quote style", () => {
    const code = 'var a={name:"relu"},b={name:`sigmoid`};throw new RangeError("tanh.forward: bad")';
    expect(treeShakingLeaks(code, { kept: "relu", dropped })).toEqual(["sigmoid", "tanh"]);
  });

  it("ignores the names inside longer identifiers or words", () => {
    const code = 'var leakyReluish=1,Math_tanh2=2;var a={name:"relu"};';
    expect(treeShakingLeaks(code, { kept: "relu", dropped })).toEqual([]);
  });

  it("refuses to pass a bundle that lacks the kept name (wrong bundle)", () => {
    expect(() => treeShakingLeaks("var a=1;", { kept: "relu", dropped })).toThrow(
      /^treeShakingLeaks: the bundle does not contain the kept name\. Received: kept="relu"\.$/,
    );
  });
});
