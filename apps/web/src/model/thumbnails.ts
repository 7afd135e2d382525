import { generateData } from "./datasets.js";
import { DATASETS, defaultConfig, type DatasetName } from "../state/config.js";

/** A data set's points squeezed into `[-1, 1]²`, for the small picture on its button. */
export interface Thumbnail {
  points: Float64Array;
  labels: Int32Array;
  classes: number;
}

/**
 * One thumbnail per data set, from the default seed without noise (they show the shape of each
 * problem, not the current run). Iris shows petal length against petal width.
 */
export function makeThumbnails(): Record<DatasetName, Thumbnail> {
  const out = {} as Record<DatasetName, Thumbnail>;
  for (const dataset of DATASETS) {
    const { x, y, classNames } = generateData({ ...defaultConfig(), dataset });
    const [cx, cy] = dataset === "iris" ? [2, 3] : [0, 1];
    const points = new Float64Array(2 * x.rows);
    const scale = [cx, cy].map((c) => {
      let lo = Infinity;
      let hi = -Infinity;
      for (let i = 0; i < x.rows; i++) {
        lo = Math.min(lo, x.get(i, c));
        hi = Math.max(hi, x.get(i, c));
      }
      return { mid: (lo + hi) / 2, half: (hi - lo) / 2 || 1 };
    });
    for (let i = 0; i < x.rows; i++) {
      points[2 * i] = (x.get(i, cx) - scale[0]!.mid) / scale[0]!.half;
      points[2 * i + 1] = (x.get(i, cy) - scale[1]!.mid) / scale[1]!.half;
    }
    out[dataset] = { points, labels: y, classes: classNames.length };
  }
  return out;
}
