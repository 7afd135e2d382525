import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCsv, loadCsvTable } from "./load-csv.js";

const dir = mkdtempSync(join(tmpdir(), "backprop-data-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("loadCsv (Node entry)", () => {
  it("reads and parses a file", async () => {
    const path = join(dir, "small.csv");
    writeFileSync(path, "a,b,label\n1,2,x\n3,4,y\n");
    const d = await loadCsv(path, { target: "label" });
    expect(d.x.toArray()).toEqual([[1, 2], [3, 4]]);
    expect(d.classes).toEqual(["x", "y"]);
  });

  it("starts its errors with the file path", async () => {
    const path = join(dir, "bad.csv");
    writeFileSync(path, "a,b\n1,2\n3,oops\n");
    await expect(loadCsv(path)).rejects.toThrow(`loadCsv ${path}: line 3, column "b": a numeric column must hold numbers. Received: "oops".`);
  });

  it("loadCsvTable reads typed columns with missing values, errors starting with the path", async () => {
    const path = join(dir, "table.csv");
    writeFileSync(path, "color;w\nred;1,5\n");
    await expect(loadCsvTable(path)).rejects.toThrow(`loadCsvTable ${path}: line 2, column "w": numbers must be plain decimals, without thousands separators or a decimal comma. Received: "1,5".`);
    writeFileSync(path, "color;w\nred;1.5\nNA;\n");
    const t = await loadCsvTable(path);
    expect(t.columns).toEqual([{ name: "color", kind: "categorical", values: ["red", null] }, { name: "w", kind: "numeric", values: Float64Array.of(1.5, NaN) }]);
  });
});
