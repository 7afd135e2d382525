import { describe, expect, it } from "vitest";
import { brailleLineChart } from "./braille-chart.js";
import { lossSparkline } from "./sparkline.js";

/** Dot coordinates (x, y) set in the plot part of the lines (after the `gutter`). */
function dots(lines: string[], gutter: number): Array<[number, number]> {
  const bits = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]];
  const out: Array<[number, number]> = [];
  lines.forEach((line, r) => {
    [...line].slice(gutter).forEach((ch, c) => {
      const v = ch.charCodeAt(0) - 0x2800;
      for (let dx = 0; dx < 2; dx++) for (let dy = 0; dy < 4; dy++) if (v & bits[dx]![dy]!) out.push([2 * c + dx, 4 * r + dy]);
    });
  });
  return out;
}

describe("brailleLineChart", () => {
  it("returns `height` lines of exactly `width` characters, labelled with max and min", () => {
    const values = Array.from({ length: 300 }, (_, i) => Math.exp(-i / 50));
    const lines = brailleLineChart(values, { width: 60, height: 8 });
    expect(lines).toHaveLength(8);
    for (const line of lines) expect([...line]).toHaveLength(60);
    expect(lines[0]).toMatch(/^ {6}1┤/);
    // min = e^(−299/50) = 0.0025295…, shown to three significant digits.
    expect(lines[7]).toMatch(/^0\.00253┤/);
  });

  it("puts the first value top-left and the last bottom-right for a falling line", () => {
    const lines = brailleLineChart([4, 3, 2, 1, 0], { width: 12, height: 3 });
    const gutter = [...lines[0]!].indexOf("┤") + 1;
    const set = dots(lines, gutter);
    const width = (12 - gutter) * 2;
    expect(set).toContainEqual([0, 0]);
    expect(set).toContainEqual([width - 1, 11]);
    // Connected: every dot column has at least one dot.
    for (let x = 0; x < width; x++) expect(set.some(([dx]) => dx === x)).toBe(true);
  });

  it("labels a log chart with the real values", () => {
    const lines = brailleLineChart([1, 0.1, 0.001], { width: 20, height: 4, logScale: true });
    expect(lines[0]).toMatch(/^ {4}1┤/);
    expect(lines[3]).toMatch(/^0\.001┤/);
  });

  it("rejects sizes too small for the labels", () => {
    expect(() => brailleLineChart([1, 2], { width: 3, height: 4 })).toThrow(/^brailleLineChart: width must be an integer ≥ 4\. Received: width=3\.$/);
    expect(() => brailleLineChart([1, 2], { width: 30, height: 1 })).toThrow(/^brailleLineChart: height must be an integer ≥ 2\. Received: height=1\.$/);
  });
});

describe("terminal charts with extreme input", () => {
  const BLANK = "\u2800";

  it("brailleLineChart draws every point when the span overflows (−1e308 … 1e308)", () => {
    // width 10 = gutter 8 ("-1e+308" + 1) + 2 columns: 4 dots across, 16 down.
    const lines = brailleLineChart([-1e308, 1e308, 0], { width: 10, height: 4 });
    expect(lines).toHaveLength(4);
    for (const line of lines) expect([...line]).toHaveLength(10);
    // Point 0 at dot (0, 15): bottom-left cell; point 2 at dot (3, 8): third row, last cell.
    expect([...(lines[3] as string)][8]).not.toBe(BLANK);
    expect([...(lines[2] as string)][9]).not.toBe(BLANK);
  });

  it("takes 200,000 values (no Math.min spread)", () => {
    const values = Array.from({ length: 200_000 }, (_, i) => 1 / (i + 1));
    expect(brailleLineChart(values, { width: 40, height: 5 })).toHaveLength(5);
  });

  it("lossSparkline returns exactly width glyphs when 7·(max − min) overflows, and for width 200,000", () => {
    expect(lossSparkline([0, 5e307], 4)).toBe("▁▁██");
    expect(lossSparkline([-1e308, 0, 1e308], 3)).toBe("▁▅█");
    expect([...lossSparkline([3, 1, 2], 200_000)]).toHaveLength(200_000);
  });
});
