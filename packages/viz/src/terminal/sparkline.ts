import { extent } from "../input/points.js";
import { fraction } from "../scale/fraction.js";
import { checkSize } from "../plots/options.js";
import { checkedValues, resample } from "./resample.js";

const BARS = "▁▂▃▄▅▆▇█";

/** Options of {@link lossSparkline}. */
export interface SparklineOptions {
  /** Scale heights by `log10(value)` (losses falling over decades). Default false. */
  logScale?: boolean;
}

/**
 * One line of exactly `width` bar glyphs `▁▂▃▄▅▆▇█`: the series resampled to `width` columns,
 * glyph `⌊7·(v − min)/(max − min) + ½⌋`, so the lowest column is `▁` and the highest `█`
 * (a flat series is all `▄`).
 * @throws RangeError for an empty series, a non-finite value or a width below 1.
 * @example
 * lossSparkline([0.9, 0.5, 0.3, 0.2, 0.1], 5); // "█▅▃▂▁"
 */
export function lossSparkline(values: ArrayLike<number>, width: number, options: SparklineOptions = {}): string {
  checkSize("lossSparkline", "width", width);
  const columns = resample(checkedValues("lossSparkline", values, options.logScale ?? false), width);
  const [lo, hi] = extent(columns);
  // 7·(v − lo) overflows for spans past ~2.6e307: scale the fraction in [0, 1] instead.
  return columns.map((v) => (hi === lo ? "▄" : BARS[Math.floor(7 * fraction(v, lo, hi) + 0.5)])).join("");
}
