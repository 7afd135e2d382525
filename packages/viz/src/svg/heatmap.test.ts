import { describe, expect, it } from "vitest";
import { byClass, parseSvg } from "../__fixtures__/parse-svg.js";
import { svgDocument } from "./document.js";
import { renderHeatmap } from "./heatmap.js";

const frame = { left: 10, top: 20, width: 40, height: 20 };
const render = (nx: number, ny: number, colors: string[]) =>
  byClass(parseSvg(svgDocument({ width: 100, height: 100, title: "t", desc: "d", body: renderHeatmap(frame, nx, ny, colors) })), "cell-runs");

describe("renderHeatmap", () => {
  it("merges a uniform grid into one run per row", () => {
    const [path] = render(4, 2, new Array(8).fill("#abcdef"));
    // Rows are 10 px high; the first overlaps the second by half a pixel.
    expect(path?.getAttribute("d")).toBe("M10 20h40v10.5h-40zM10 30h40v10h-40z");
  });

  it("splits a row where the colour changes, one path per colour", () => {
    const paths = render(4, 1, ["#000000", "#000000", "#ffffff", "#000000"]);
    expect(paths.map((p) => [p.getAttribute("fill"), p.getAttribute("data-runs")])).toEqual([["#000000", "2"], ["#ffffff", "1"]]);
    expect(paths[0]?.getAttribute("d")).toBe("M10 20h20.5v20h-20.5zM40 20h10v20h-10z");
  });
});
