import { extent } from "../input/points.js";
import { fraction } from "../scale/fraction.js";
import { checkSize } from "../plots/options.js";
import { checkedValues } from "./resample.js";

/** Options of {@link brailleLineChart}. */
export interface BrailleChartOptions {
  /** Characters per line, y labels included (e.g. `process.stdout.columns`). */
  width: number;
  /** Lines of text. */
  height: number;
  /** Log-10 y axis; labels show the real values. Default false. */
  logScale?: boolean;
}

// Bit of the dot at (column dx ∈ {0,1}, row dy ∈ {0..3}) inside one braille cell (U+2800 + bits).
const DOT = [
  [0x01, 0x02, 0x04, 0x40],
  [0x08, 0x10, 0x20, 0x80],
];

/**
 * A line chart in braille dots (2×4 per character): `height` lines, each exactly `width`
 * characters — a right-aligned y label (max on the first line, min on the last) and `┤`/`│`,
 * then the plot, the points joined by straight segments.
 * @throws RangeError for an empty series, a non-finite value, or a size too small for labels.
 * @example
 * brailleLineChart([3, 1, 2], { width: 12, height: 2 }); // ["3┤⠑⠢⣀…", "1┤…"]
 */
export function brailleLineChart(values: ArrayLike<number>, options: BrailleChartOptions): string[] {
  const where = "brailleLineChart";
  const { width, height, logScale = false } = options;
  checkSize(where, "height", height, 2);
  const ys = checkedValues(where, values, logScale);
  const [lo, hi] = extent(ys);
  const label = (v: number): string => {
    const real = logScale ? Math.pow(10, v) : v;
    return String(Number(real.toPrecision(3)));
  };
  const labels: [string, string] = [label(hi), label(lo)];
  const gutter = Math.max(labels[0].length, labels[1].length) + 1;
  checkSize(where, "width", width, gutter + 2);
  const cols = width - gutter;
  const dotsX = cols * 2;
  const dotsY = height * 4;
  const cells = new Uint8Array(cols * height);
  const plot = (px: number, py: number): void => {
    const c = px >> 1;
    const r = py >> 2;
    cells[r * cols + c] = (cells[r * cols + c] as number) | (DOT[px & 1]?.[py & 3] as number);
  };
  const toDot = (i: number): [number, number] => [
    ys.length === 1 ? 0 : Math.round((i * (dotsX - 1)) / (ys.length - 1)),
    // (hi − y)/(hi − lo) as a fraction of [−hi, −lo], so a span past 1.8e308 does not overflow.
    hi === lo ? dotsY >> 1 : Math.round(fraction(-(ys[i] as number), -hi, -lo) * (dotsY - 1)),
  ];
  let [x0, y0] = toDot(0);
  plot(x0, y0);
  for (let i = 1; i < ys.length; i++) {
    const [x1, y1] = toDot(i);
    const steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
    for (let s = 1; s <= steps; s++) plot(Math.round(x0 + ((x1 - x0) * s) / steps), Math.round(y0 + ((y1 - y0) * s) / steps));
    [x0, y0] = [x1, y1];
  }
  const lines: string[] = [];
  for (let r = 0; r < height; r++) {
    const text = r === 0 ? labels[0] : r === height - 1 ? labels[1] : "";
    const axis = r === 0 || r === height - 1 ? "┤" : "│";
    let row = (text as string).padStart(gutter - 1) + axis;
    for (let c = 0; c < cols; c++) row += String.fromCharCode(0x2800 + (cells[r * cols + c] as number));
    lines.push(row);
  }
  return lines;
}
