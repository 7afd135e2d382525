import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseCsv } from "./parse-csv.js";
import { parseCsvTable } from "./parse-csv-table.js";

/** Characters that stress a CSV reader: every delimiter, quotes, line breaks, padding, a BOM, missing tokens, digits. */
const tricky = fc.constantFrom(",", ";", "\t", "|", '"', '"', "\n", "\r\n", "\r", " ", "\ufeff", "a", "Z", "1", "0", ".", "-", "e", "NA", "?", "null", "é", "😀", "\u0000");
const text = fc.oneof(fc.array(tricky, { maxLength: 60 }).map((a) => a.join("")), fc.string({ unit: "binary", maxLength: 60 }));
const options = fc.record(
  {
    delimiter: fc.constantFrom(",", ";", "\t", "|"),
    header: fc.constantFrom(true, false, "auto" as const),
    missingValues: fc.array(fc.constantFrom("", "NA", "?", "x"), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

/** A clean error: the house wording, short, naming where. */
function expectCleanError(e: unknown, op: string): void {
  expect(e instanceof RangeError || e instanceof TypeError, String(e)).toBe(true);
  const message = (e as Error).message;
  expect(message.startsWith(`${op}: `), message).toBe(true);
  expect(message).toMatch(/\. Received: .+\.$/s);
  expect(message.length).toBeLessThan(400);
}

describe("CSV reader properties", () => {
  it("any text (random bytes, quotes, delimiters, BOM) gives a result or a clean error", () => {
    fc.assert(
      fc.property(text, options, (t, o) => {
        try {
          const table = parseCsvTable(t, o);
          for (const c of table.columns) {
            expect(c.values.length).toBe(table.nRows);
            if (c.kind === "numeric") for (const v of c.values) expect(Number.isFinite(v) || Number.isNaN(v)).toBe(true);
            else for (const v of c.values) expect(v === null || typeof v === "string").toBe(true);
          }
        } catch (e) {
          expectCleanError(e, "parseCsvTable");
        }
        try {
          const d = parseCsv(t, o);
          for (const v of d.x.data) expect(Number.isFinite(v)).toBe(true);
        } catch (e) {
          expectCleanError(e, "parseCsv");
        }
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it("reads back a written table: numbers, quoted text with delimiters, quotes and line breaks, missing cells, a BOM, any line ending", () => {
    const cellText = fc.array(tricky, { maxLength: 6 }).map((a) => `t${a.join("")}`);
    const column = fc.oneof(
      fc.array(fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { freq: 4 }), { minLength: 1, maxLength: 8 }).map((v) => ({ kind: "numeric" as const, v })),
      fc.array(fc.option(cellText, { freq: 4 }), { minLength: 1, maxLength: 8 }).map((v) => ({ kind: "categorical" as const, v })),
    );
    const table = fc.tuple(fc.array(column, { minLength: 2, maxLength: 5 }), fc.integer({ min: 1, max: 8 })).map(([cols, n]) =>
      cols.map((c) => ({ kind: c.kind, v: Array.from({ length: n }, (_, i) => c.v[i % c.v.length] ?? null) })),
    );
    fc.assert(
      fc.property(table, fc.constantFrom(",", ";", "\t", "|"), fc.boolean(), fc.constantFrom("\n", "\r\n", "\r"), (cols, delimiter, bom, eol) => {
        fc.pre(cols.every((c) => c.kind === "numeric" || c.v.some((v) => v !== null)));
        const n = cols[0]!.v.length;
        const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;
        const lines = [cols.map((_, j) => `c${j}`).join(delimiter)];
        for (let i = 0; i < n; i++) lines.push(cols.map((c) => (c.v[i] === null ? (i % 2 ? "NA" : "") : c.kind === "numeric" ? String(c.v[i]) : quote(c.v[i] as string))).join(delimiter));
        const csv = (bom ? "\ufeff" : "") + lines.join(eol) + eol;
        const t = parseCsvTable(csv);
        expect(t.delimiter).toBe(delimiter);
        expect(t.columns.map((c) => c.name)).toEqual(cols.map((_, j) => `c${j}`));
        t.columns.forEach((c, j) => {
          expect(c.kind).toBe(cols[j]!.kind);
          // String(-0) is "0"
          expect(Array.from(c.values as ArrayLike<unknown>)).toEqual(cols[j]!.v.map((v) => (v === null && c.kind === "numeric" ? NaN : Object.is(v, -0) ? 0 : v)));
        });
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});
