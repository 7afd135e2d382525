import { describe, expect, it } from "vitest";
import { internalRangeProblems, workspaceRanges } from "./manifest.mjs";

describe("workspaceRanges", () => {
  it("finds workspace: ranges in every dependency field", () => {
    const manifest = {
      dependencies: { "@backprop/linalg": "workspace:^", "left-pad": "^1.0.0" },
      devDependencies: { "@backprop/testing": "workspace:*" },
      peerDependencies: { "@backprop/layers": "workspace:~" },
    };
    expect(workspaceRanges(manifest)).toEqual([
      "dependencies.@backprop/linalg=workspace:^",
      "peerDependencies.@backprop/layers=workspace:~",
      "devDependencies.@backprop/testing=workspace:*",
    ]);
  });

  it("accepts a manifest with real ranges or no dependencies", () => {
    expect(workspaceRanges({ dependencies: { "@backprop/linalg": "^0.2.0" } })).toEqual([]);
    expect(workspaceRanges({})).toEqual([]);
  });
});

describe("internalRangeProblems", () => {
  const published = new Map([
    ["@backprop/linalg", "0.2.0"],
    ["@backprop/activations", "1.0.1"],
  ]);

  it("accepts caret ranges on the versions published together", () => {
    const manifest = { name: "@backprop/layers", dependencies: { "@backprop/linalg": "^0.2.0", "@backprop/activations": "^1.0.1" } };
    expect(internalRangeProblems(manifest, published)).toEqual([]);
  });

  it("names a range that points at another version", () => {
    const manifest = { name: "@backprop/layers", dependencies: { "@backprop/linalg": "^0.1.0", other: "1.0.0" } };
    expect(internalRangeProblems(manifest, published)).toEqual([
      '@backprop/layers: dependencies.@backprop/linalg is "^0.1.0", expected "^0.2.0" (the version published with it)',
    ]);
  });
});
