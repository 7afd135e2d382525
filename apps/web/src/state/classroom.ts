import type { UrlProblem } from "./url-state.js";

/** The URL key of classroom mode: `#…&hide=optimizer,loss,features,code,health`. */
export const HIDE_KEY = "hide";

/**
 * What classroom mode can hide, as TF Playground's `hide…` flags: one name per control or panel.
 * A hidden control keeps its value (the URL still sets it), so a teacher can fix a setup and
 * show only what the exercise is about.
 */
export const HIDEABLE = [
  "intro", "data", "datasets", "upload", "trainRatio", "noise", "batch", "seed",
  "learningRate", "activation", "loss", "optimizer", "regularization", "dropout", "problem",
  "features", "layers", "speed", "stepThrough", "replay",
  "lossChart", "testData", "discretize", "confusion", "health", "callouts", "code", "download",
] as const;
export type HideName = (typeof HIDEABLE)[number];

/** One line per name for the README and the notice: what each hides. */
export const HIDE_DESCRIPTIONS: Record<HideName, string> = {
  intro: "the line under the title",
  data: "the whole Data panel",
  datasets: "the data set buttons and Upload CSV",
  upload: "Upload CSV and its column choice",
  trainRatio: "Training data %",
  noise: "Noise",
  batch: "Batch size",
  seed: "Seed and Regenerate",
  learningRate: "Learning rate",
  activation: "Activation",
  loss: "Loss",
  optimizer: "Optimizer",
  regularization: "Regularization and its rate",
  dropout: "Dropout",
  problem: "Problem type",
  features: "the input features not in use (the used ones stay, and cannot be toggled)",
  layers: "the buttons that add or remove layers and neurons",
  speed: "Speed",
  stepThrough: "Step through",
  replay: "Replay",
  lossChart: "the loss curve",
  testData: "Show test data",
  discretize: "Discretize output",
  confusion: "the confusion matrix",
  health: "Gradient health",
  callouts: "the explanatory callouts",
  code: "Copy as code",
  download: "Download model",
};

export interface DecodedHide {
  hide: HideName[];
  problems: UrlProblem[];
}

/**
 * Reads `hide=` from URL parameters: known names are kept (in {@link HIDEABLE} order, each once);
 * unknown ones are reported like any invalid parameter; a repeated key uses its first value.
 * @example
 * decodeHide(new URLSearchParams("hide=loss,bogus,optimizer")).hide; // ["loss", "optimizer"]
 */
export function decodeHide(params: URLSearchParams): DecodedHide {
  const [raw, ...later] = params.getAll(HIDE_KEY);
  if (raw === undefined) return { hide: [], problems: [] };
  const expected = `comma-separated names from ${HIDEABLE.join("|")}`;
  const problems: UrlProblem[] = [];
  if (later.length > 0) problems.push({ key: HIDE_KEY, value: raw, expected, ignored: later });
  const names = raw.split(",").map((n) => n.trim()).filter((n) => n !== "");
  const unknown = names.filter((n) => !(HIDEABLE as readonly string[]).includes(n));
  if (unknown.length > 0) problems.push({ key: HIDE_KEY, value: unknown.join(","), expected: `${expected}; the others are hidden` });
  return { hide: HIDEABLE.filter((n) => names.includes(n)), problems };
}

/** Writes `hide=` when something is hidden, so the focused exercise survives every URL update. */
export function encodeHide(hide: readonly HideName[] | undefined, params: URLSearchParams): void {
  if (hide !== undefined && hide.length > 0) params.set(HIDE_KEY, HIDEABLE.filter((n) => hide.includes(n)).join(","));
}
