import { pyFixed } from "../format/python-format.js";
import type { DemoReport } from "./run-demo.js";

/** What a tutorial's own Python code prints at the end, at `np.random.seed(42)`. */
interface TutorialFigure {
  loss: number;
  trainAccuracy: number;
  testAccuracy: number | null;
  /** Said beside the figure when it looks like a failure but is what the tutorial itself gets. */
  remark?: string;
}

/**
 * The tutorials' results at seed 42, from running their Python code (scripts/tutorial_00*.py via
 * scripts/make-fixtures.py; the same numbers are in test/__fixtures__/demos.json, where
 * demo-parity.test.ts checks them against ours).
 */
export const TUTORIAL_FIGURES: Readonly<Record<string, TutorialFigure>> = {
  classification: { loss: 0.18049162944731328, trainAccuracy: 0.91375, testAccuracy: 0.91 },
  xor: { loss: 0.0019268614882869363, trainAccuracy: 1, testAccuracy: null },
  iris: { loss: 0.001062086950364557, trainAccuracy: 1, testAccuracy: 1 },
  "xor-mse": { loss: 0.20364392866177855, trainAccuracy: 0.75, testAccuracy: null, remark: "the tutorial's own result, not a failure" },
};

/** The seed the tutorial figures were made with. */
export const TUTORIAL_SEED = 42;

const pct = (x: number): string => `${pyFixed(x * 100, 2)}%`;
const accuracies = (train: number, test: number | null): string => (test === null ? pct(train) : `${pct(train)} / ${pct(test)}`);

function tutorialCell(name: string, seed: number): string {
  const t = TUTORIAL_FIGURES[name];
  if (t === undefined) return "— (not from a tutorial)";
  if (seed !== TUTORIAL_SEED) return `— (figures are for seed ${TUTORIAL_SEED})`;
  const remark = t.remark ? ` (${t.remark})` : "";
  return `${pyFixed(t.loss, 6)}, ${accuracies(t.trainAccuracy, t.testAccuracy)}${remark}`;
}

/**
 * The table `backprop demo` ends with: each demo's final loss and accuracy (train / test), and
 * beside it the tutorial's own figure at seed 42 (xor-mse's 75 % is marked as the tutorial's own
 * result; the extra 2-D demos have no tutorial).
 * @example
 * summaryTable([{ demo: "xor", loss: [0.5, 0.0019], trainAccuracy: 1, testAccuracy: null, ... }], 42);
 * // ["Summary (seed 42):", "demo  final loss  accuracy  tutorial (seed 42)", "xor   0.001900    100.00%   0.001927, 100.00%"] (aligned)
 */
export function summaryTable(reports: readonly DemoReport[], seed: number): string[] {
  const rows = [
    ["demo", "final loss", "accuracy (train / test)", `tutorial's own (seed ${TUTORIAL_SEED})`],
    ...reports.map((r) => {
      const last = r.loss.at(-1);
      return [r.demo, last === undefined ? "n/a" : pyFixed(last, 6), accuracies(r.trainAccuracy, r.testAccuracy), tutorialCell(r.demo, seed)];
    }),
  ];
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((row) => (row[c] as string).length)));
  const lines = rows.map((row) => row.map((cell, c) => (c < 3 ? cell.padEnd(widths[c] as number) : cell)).join("  ").trimEnd());
  return [`Summary (seed ${seed}):`, ...lines];
}
