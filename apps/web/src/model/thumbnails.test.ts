import { describe, expect, it } from "vitest";
import { makeThumbnails } from "./thumbnails.js";
import { DATASETS } from "../state/config.js";

describe("makeThumbnails", () => {
  it("gives every data set its points squeezed into [-1, 1]² with their labels", () => {
    const all = makeThumbnails();
    expect(Object.keys(all).sort()).toEqual([...DATASETS].sort());
    for (const name of DATASETS) {
      const t = all[name];
      expect(t.points.length).toBe(2 * t.labels.length);
      for (let c = 0; c < 2; c++) {
        const axis = t.points.filter((_, i) => i % 2 === c);
        expect(Math.min(...axis)).toBeCloseTo(-1, 12);
        expect(Math.max(...axis)).toBeCloseTo(1, 12);
      }
    }
    expect(all.iris.classes).toBe(3);
    expect(all.circles.classes).toBe(2);
  });
});
