import { describe, expect, it } from "vitest";
import { loadCsv } from "./csv-dataset.js";
import { prepareCsvData } from "./csv-prepare.js";
import { defaultConfig } from "../state/config.js";

/** A regression table whose target is `scale` times a varying number: 40 rows, two inputs. */
function scaledTable(scale: number): { text: string; targets: number[] } {
  const targets = Array.from({ length: 40 }, (_, i) => scale * (1 + ((i * 7) % 11) / 4));
  const lines = ["x1,x2,y", ...targets.map((t, i) => `${(i % 9) - 4},${((i * 5) % 13) - 6},${t}`)];
  return { text: lines.join("\n") + "\n", targets };
}

/** The note's training mean and standard deviation, read back as numbers. */
function noted(note: string): { mean: number; sd: number } {
  const m = /training mean (\S+), standard deviation (\S+)\)/.exec(note);
  if (m === null) throw new Error(`no statistics in the note. Received: ${note}`);
  return { mean: Number(m[1]!.replace(/,/g, "")), sd: Number(m[2]!.replace(/,/g, "")) };
}

describe("the regression note's target statistics", () => {
  for (const scale of [1e-8, 1e20, 1e140]) {
    it(`gives the training rows' mean and standard deviation to 4 digits for a target around ${scale}`, () => {
      const { text, targets } = scaledTable(scale);
      const loaded = loadCsv("t.csv", text);
      const data = prepareCsvData({ ...defaultConfig(), problem: "regression", csv: loaded.summary.regressionChoice! }, loaded);
      // By hand, from the rows the page marks as training rows (population standard deviation, as StandardScaler).
      const train = targets.filter((_, i) => data.view.isTrain[i] === 1);
      const mean = train.reduce((a, b) => a + b, 0) / train.length;
      const sd = Math.sqrt(train.reduce((a, b) => a + (b - mean) ** 2, 0) / train.length);
      const shown = noted(data.view.note!);
      expect(shown.sd).not.toBe(0);
      expect(Math.abs(shown.mean - mean) / mean).toBeLessThan(5e-4);
      expect(Math.abs(shown.sd - sd) / sd).toBeLessThan(5e-4);
      // Never a long run of digits: at most 4 significant ones, in exponent form far from 1.
      expect(data.view.note).toMatch(/training mean \d\.\d{0,3}e[+-]\d+, standard deviation \d\.\d{0,3}e[+-]\d+\)/);
    });
  }
});
