import { describe, expect, it } from "vitest";
import { codeSubpaths, esmEntry, isReexportOnly, readmeSizeLine, sizeLine, withSizeLine } from "./size.mjs";

describe("esmEntry", () => {
  it("follows exports['.'].import.default, then a plain import string, then module", () => {
    expect(esmEntry({ exports: { ".": { import: { types: "./a.d.ts", default: "./a.js" }, require: "./a.cjs" } } })).toBe("./a.js");
    expect(esmEntry({ exports: { ".": { import: "./b.js" } } })).toBe("./b.js");
    expect(esmEntry({ exports: "./c.js" })).toBe("./c.js");
    expect(esmEntry({ module: "./d.js" })).toBe("./d.js");
  });

  it("says which package has no ESM entry", () => {
    expect(() => esmEntry({ name: "x", main: "./x.cjs" })).toThrow(/^esmEntry: x has no ESM main entry\./);
  });

  it("resolves a subpath the same way, without falling back to module", () => {
    const manifest = { name: "x", module: "./m.js", exports: { ".": "./i.js", "./wine": { import: { types: "./w.d.ts", default: "./w.js" }, require: "./w.cjs" }, "./cjs": { require: "./c.cjs" } } };
    expect(esmEntry(manifest, "./wine")).toBe("./w.js");
    expect(() => esmEntry(manifest, "./cjs")).toThrow(/^esmEntry: x has no ESM entry for \.\/cjs\./);
    expect(() => esmEntry(manifest, "./missing")).toThrow(/^esmEntry: x has no ESM entry for \.\/missing\./);
  });
});

describe("codeSubpaths", () => {
  it("lists the subpaths besides the main entry, package.json and patterns", () => {
    const exports = { ".": "./i.js", "./node": "./n.js", "./digits": "./d.js", "./package.json": "./package.json", "./extra/*": "./e/*.js" };
    expect(codeSubpaths({ exports })).toEqual(["./node", "./digits"]);
  });

  it("gives none for a package without subpaths", () => {
    expect(codeSubpaths({ exports: "./i.js" })).toEqual([]);
    expect(codeSubpaths({ exports: { import: "./i.js", require: "./i.cjs" } })).toEqual([]);
    expect(codeSubpaths({ main: "./i.cjs" })).toEqual([]);
  });
});

describe("sizeLine and withSizeLine", () => {
  it("writes both figures for a package with dependencies", () => {
    expect(sizeLine({ total: 12_300, own: 3_140 }, true)).toBe(
      "Size: 12.3 kB min+gzip with its dependencies, 3.1 kB on its own (measured by `pnpm size`).",
    );
    expect(sizeLine({ total: 7_700, own: 7_700 }, false)).toBe("Size: 7.7 kB min+gzip (measured by `pnpm size`).");
  });

  it("replaces an existing size line in place", () => {
    const readme = "# a\n\nSize: 1.0 kB min+gzip (old).\n\n## API\n";
    expect(withSizeLine(readme, "Size: 2.0 kB min+gzip.")).toBe("# a\n\nSize: 2.0 kB min+gzip.\n\n## API\n");
  });

  it("appends the line after the last paragraph when there is none", () => {
    expect(withSizeLine("# a\n\ntext\n\n\n", "Size: 2.0 kB min+gzip.")).toBe("# a\n\ntext\n\nSize: 2.0 kB min+gzip.\n");
  });
});

describe("readmeSizeLine", () => {
  it("finds the size line wherever it is, and null when there is none", () => {
    expect(readmeSizeLine("# a\n\ntext\n\nSize: 4.6 kB min+gzip (measured by `pnpm size`).\n\n## API\n")).toBe(
      "Size: 4.6 kB min+gzip (measured by `pnpm size`).",
    );
    expect(readmeSizeLine("# a\n\nThe size of the data: 150 rows.\n")).toBeNull();
  });
});

describe("isReexportOnly", () => {
  it("recognises an umbrella entry of export-star lines and comments", () => {
    expect(isReexportOnly('export * from "@backprop/linalg";\nexport * from \'@backprop/data\';\n//# sourceMappingURL=index.js.map')).toBe(true);
  });

  it("accepts named re-exports that resolve a clash between two export-star lines", () => {
    expect(isReexportOnly('export * from "a";\nexport * from "b";\nexport { x } from \'b\';\n')).toBe(true);
  });

  it("rejects an entry with any code of its own, and an empty one", () => {
    expect(isReexportOnly('export * from "a";\nexport const b = 1;\n')).toBe(false);
    expect(isReexportOnly("")).toBe(false);
  });
});
