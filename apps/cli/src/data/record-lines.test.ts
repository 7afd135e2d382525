import { describe, expect, it } from "vitest";
import { parseCsvTable } from "@backprop/data";
import { recordLines } from "./record-lines.js";

describe("recordLines", () => {
  it("gives each record's first line, past blank lines and quoted line breaks", () => {
    expect(recordLines('a,b\n\n"x\ny",1\n2,3\n', ",")).toEqual([1, 3, 5]);
    expect(recordLines("a;b\r\n1;2\r\n   \r\n3;4", ";")).toEqual([1, 2, 4]);
  });

  it("counts as many records as parseCsvTable reads (header included)", () => {
    const text = 'h1,h2\n1,"two\nlines"\n\n3,four\n"5",""\n';
    const table = parseCsvTable(text);
    expect(recordLines(text, table.delimiter)).toHaveLength(table.nRows + 1);
  });
});
