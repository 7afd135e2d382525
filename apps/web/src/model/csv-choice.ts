import type { ProblemType } from "../state/config.js";

/** The most columns one run trains on (each is one input node in the network picture). */
export const MAX_TRAIN_COLUMNS = 16;
/** The largest file the page reads: 1 MB (checked on the page before reading, and again in the worker). */
export const MAX_CSV_BYTES = 1_000_000;
/** Data rows after the header: more would slow every epoch and every picture. */
export const MAX_CSV_ROWS = 5_000;
export const MAX_CSV_COLUMNS = 50;
/** Classes the label may hold: the pictures have this many class colours. */
export const MAX_CLASSES = 6;

/** The file name as error messages start: at most 40 characters. */
export function csvSource(file: string): string {
  return file.length > 40 ? `${file.slice(0, 39)}…` : file || "Upload CSV";
}

/** The error for a file over {@link MAX_CSV_BYTES} (the page says it before reading the file). */
export function tooLargeMessage(file: string, bytes: number): string {
  return `${csvSource(file)}: a file may hold at most ${MAX_CSV_BYTES.toLocaleString("en-US")} bytes (1 MB). Received: ${bytes.toLocaleString("en-US")} bytes.`;
}

/**
 * Which columns of the uploaded CSV a run uses: `label` holds the classes (or, in a regression
 * run, the numeric target), `features` are the numeric columns trained on (in file order),
 * `plotX`/`plotY` the two of them the plane shows. Lives in the config (not in the URL: the file
 * stays in the browser); the config's problem type says whether `label` is classes or a target.
 */
export interface CsvChoice {
  file: string;
  label: string;
  features: string[];
  plotX: string;
  plotY: string;
}

/** One column of the uploaded file, as the page's column chooser needs it. */
export interface CsvColumnSummary {
  name: string;
  kind: "numeric" | "text";
  /** Blank (missing) cells in the column. */
  missing: number;
  /** Numeric and not entirely blank: can be plotted and trained on. */
  feature: boolean;
  /** `null` when the column can be the label; otherwise why not (the rule and what it holds). */
  labelProblem: string | null;
  /** `null` when the column can be a regression target (numeric, 2 or more different values); otherwise why not. */
  targetProblem: string | null;
  /** Consecutive whole numbers in file order (1, 2, 3, …): a row number, left out of the default features. */
  rowNumber: boolean;
}

/** What the worker tells the page about a file it has read. */
export interface CsvSummary {
  file: string;
  rows: number;
  columns: CsvColumnSummary[];
  /**
   * For classification: the last column that can be the label, every other numeric column but a
   * row number (up to the limit), the first two plotted; null when no column can be a label.
   */
  defaultChoice: CsvChoice | null;
  /**
   * For regression: the last numeric column that can be a target (not a row number), with the
   * features chosen the same way; null when none can. At least one of the two choices is set.
   */
  regressionChoice: CsvChoice | null;
  /**
   * The problem the file suggests: the one whose default predicts the last column (by convention,
   * what the file is about), classification when both do; else the one that has a default.
   */
  problem: ProblemType;
}

/**
 * Makes a choice consistent after one of its parts changed: the label is never a feature, the
 * plotted columns are two different features (a plotted column is always trained on), and at
 * most {@link MAX_TRAIN_COLUMNS} features, in file order. Returns null when fewer than two
 * numeric columns are left besides the label.
 * @example
 * reconcileChoice(summary, { ...choice, label: "x1" }); // x1 leaves the features and the plot
 */
export function reconcileChoice(summary: CsvSummary, choice: CsvChoice): CsvChoice | null {
  const usable = summary.columns.filter((c) => c.feature && c.name !== choice.label).map((c) => c.name);
  if (usable.length < 2) return null;
  const wanted = new Set(choice.features);
  const plotX = usable.includes(choice.plotX) ? choice.plotX : usable.find((n) => n !== choice.plotY)!;
  const plotY = usable.includes(choice.plotY) && choice.plotY !== plotX ? choice.plotY : usable.find((n) => n !== plotX)!;
  wanted.add(plotX).add(plotY);
  const features = usable.filter((n) => wanted.has(n));
  // Over the limit: keep the plotted columns and the earliest of the others.
  const kept = features.filter((n) => n === plotX || n === plotY || features.indexOf(n) < MAX_TRAIN_COLUMNS);
  for (let i = kept.length - 1; kept.length > MAX_TRAIN_COLUMNS && i >= 0; i--) if (kept[i] !== plotX && kept[i] !== plotY) kept.splice(i, 1);
  return { ...choice, features: kept, plotX, plotY };
}
