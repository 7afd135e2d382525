import {
  MAX_CLASSES, MAX_CSV_COLUMNS, MAX_CSV_ROWS, MAX_TRAIN_COLUMNS, reconcileChoice, tooLargeMessage, MAX_CSV_BYTES,
  type CsvChoice, type CsvSummary,
} from "../model/csv-choice.js";
import { problemOf, type PlaygroundConfig, type ProblemType } from "../state/config.js";
import type { DatasetView } from "../worker/protocol.js";
import { h, labelledSelect } from "./dom.js";
import { drawPoints } from "./heatmap.js";

export interface UploadEvents {
  /** The file's text, for the worker to read (it goes nowhere else). */
  upload(file: string, text: string): void;
  /** Train on these columns ("Your data"), as a classification or a regression run. */
  choose(choice: CsvChoice, problem: ProblemType): void;
  notice(text: string): void;
}

const SCALING = "Trained-on columns are standardised (mean 0, standard deviation 1 over the training rows); the axes use those units. " +
  "Rows with a blank label (or target) or a blank trained-on cell are dropped.";
const LINK = "A shared link keeps the network and settings, not your file: it opens on the built-in data set it names. " +
  "The same file, columns and seed give the same run.";

/** The summary's default choice for `problem` (null when the file has no column for it). */
function defaultFor(summary: CsvSummary, problem: ProblemType): CsvChoice | null {
  return problem === "regression" ? summary.regressionChoice : summary.defaultChoice;
}

/** Whether the column `name` can hold what `problem` predicts: classes, or a numeric target. */
function canPredict(summary: CsvSummary, problem: ProblemType, name: string): boolean {
  const column = summary.columns.find((c) => c.name === name);
  return column !== undefined && (problem === "regression" ? column.targetProblem : column.labelProblem) === null;
}

/**
 * "Your data": the "Upload CSV" file input, the "Your data" data set button once a file is read,
 * and the column choice (label, or target for regression; the two plotted columns; the columns
 * trained on). The file is read here and its text posted to the worker; nothing is sent over the
 * network. The Problem type decides what the file predicts: a class column or a numeric one.
 */
export function createUploadPanel(events: UploadEvents) {
  let summary: CsvSummary | null = null;
  let choice: CsvChoice | null = null;
  let active = false;
  let problem: ProblemType = "classification";

  /** The choice for problem type `p`: the current one while its column suits `p`, else the file's default for `p` (null: none). */
  function choiceFor(from: CsvSummary, p: ProblemType): CsvChoice | null {
    if (choice && choice.file === from.file && canPredict(from, p, choice.label)) return choice;
    return defaultFor(from, p);
  }

  /** What "Your data" trains on: the choice for the problem type in use or, when the file has no column for it, the other one's. */
  function choiceAndProblem(from: CsvSummary): [CsvChoice, ProblemType] {
    const kept = choiceFor(from, problem);
    if (kept !== null) return [kept, problem];
    const other: ProblemType = problem === "regression" ? "classification" : "regression";
    return [defaultFor(from, other)!, other];
  }

  const thumb = h("canvas", { width: 56, height: 56, class: "thumb", "aria-hidden": "true" });
  const button = h("button", { type: "button", class: "dataset", id: "data-upload", "aria-pressed": "false", hidden: true,
    onclick: () => {
      if (!summary) return;
      const [kept, used] = choiceAndProblem(summary);
      choice = kept;
      events.choose(kept, used);
    } }, thumb, h("span", {}, "Your data"));
  const input = h("input", { id: "upload-csv", name: "upload-csv", type: "file", accept: ".csv,.tsv,.txt,text/csv,text/plain" });
  const status = h("p", { class: "hint upload-status", role: "status" });
  const label = labelledSelect<string>("csv-label", "Label column", []);
  const labelText = label.wrap.querySelector("label")!;
  const plotX = labelledSelect<string>("csv-x", "Plot horizontally", []);
  const plotY = labelledSelect<string>("csv-y", "Plot vertically", []);
  const boxes = h("div", { class: "checks" });
  const note = h("p", { class: "hint", id: "csv-note" });
  const chooser = h("div", { class: "csv-columns", hidden: true },
    label.wrap, plotX.wrap, plotY.wrap,
    h("fieldset", { class: "train-on" }, h("legend", {}, `Train on (up to ${MAX_TRAIN_COLUMNS})`), boxes),
    note,
    h("p", { class: "hint" }, SCALING),
    h("p", { class: "hint" }, LINK),
  );
  const root = h("div", { class: "upload" },
    button,
    h("div", { class: "field file" }, h("label", { for: "upload-csv" }, "Upload CSV"), input),
    h("p", { class: "hint" }, `Stays in this browser (read here, sent nowhere). Up to 1 MB, ${MAX_CSV_ROWS.toLocaleString("en-US")} rows, ${MAX_CSV_COLUMNS} columns; a label of 2–${MAX_CLASSES} classes, text or whole numbers, or (Problem type: Regression) a numeric target.`),
    status,
    chooser,
  );

  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_CSV_BYTES) {
      status.textContent = `${file.name} was not read.`;
      events.notice(tooLargeMessage(file.name, file.size));
      return;
    }
    status.textContent = `Reading ${file.name}…`;
    file.text().then((text) => events.upload(file.name, text), (error: Error) => {
      status.textContent = `${file.name} could not be read.`;
      events.notice(`${file.name}: the browser could not read the file. Received: ${error.message}`);
    });
  });

  const change = (patch: Partial<CsvChoice>) => {
    if (!summary || !choice) return;
    const next = reconcileChoice(summary, { ...choice, ...patch });
    if (next === null) return events.notice(`${summary.file}: with ${JSON.stringify(patch.label)} as the ${problem === "regression" ? "target" : "label"}, fewer than two numeric columns are left to plot.`);
    choice = next;
    events.choose(next, problem);
  };
  label.select.addEventListener("change", () => change({ label: label.select.value }));
  // Picking the other axis's column swaps the two (as the Iris axes do).
  plotX.select.addEventListener("change", () => choice && change({ plotX: plotX.select.value, ...(plotX.select.value === choice.plotY ? { plotY: choice.plotX } : {}) }));
  plotY.select.addEventListener("change", () => choice && change({ plotY: plotY.select.value, ...(plotY.select.value === choice.plotX ? { plotX: choice.plotY } : {}) }));

  const options = (select: HTMLSelectElement, names: string[]) =>
    select.replaceChildren(...names.map((n) => h("option", { value: n }, n)));

  function fill(current: CsvChoice): void {
    if (!summary) return;
    options(label.select, summary.columns.filter((c) => canPredict(summary!, problem, c.name)).map((c) => c.name));
    const numeric = summary.columns.filter((c) => c.feature && c.name !== current.label).map((c) => c.name);
    options(plotX.select, numeric);
    options(plotY.select, numeric);
    boxes.replaceChildren(...numeric.map((name, i) => {
      const box = h("input", { type: "checkbox", id: `csv-use-${i}`, "data-column": name, onchange: () => {
        const features = box.checked ? [...(choice?.features ?? []), name] : (choice?.features ?? []).filter((f) => f !== name);
        change({ features: numeric.filter((n) => features.includes(n)) });
      } });
      return h("div", { class: "field checkbox" }, box, h("label", { for: `csv-use-${i}` }, name));
    }));
  }

  return {
    root,
    /** The worker's answer to an upload: show the columns and train on the default choice, or say why not. */
    setSummary(next: CsvSummary | null, message: string | null): void {
      if (next === null) {
        status.textContent = "That file could not be used; see the notice above.";
        events.notice(message ?? "The file could not be used.");
        return;
      }
      summary = next;
      // A new file follows what it suggests (its last column's problem), not the problem type in use.
      choice = null;
      problem = next.problem;
      const [first, used] = choiceAndProblem(next);
      choice = first;
      const text = next.columns.filter((c) => c.kind === "text").map((c) => c.name);
      const counters = next.columns.filter((c) => c.rowNumber && !first.features.includes(c.name)).map((c) => c.name);
      const predicting = used === "regression" ? ` This is a regression run predicting ${first.label} (Problem type: Regression).` : "";
      status.textContent = `Loaded ${next.file}: ${next.rows.toLocaleString("en-US")} rows, ${next.columns.length} columns` +
        (text.length > 0 ? ` (text, usable as the label only: ${text.join(", ")})` : "") + "." + predicting +
        (counters.length > 0 ? ` ${counters.join(", ")} counts the rows, so it is not trained on unless you tick it.` : "");
      button.hidden = false;
      events.choose(first, used);
    },
    /**
     * The choice for "Your data" under another problem type: the current one while its column can
     * hold what that problem predicts, else the file's default for it; null without a file or
     * when the file has no column for it.
     */
    choiceFor(next: ProblemType): CsvChoice | null {
      return summary ? choiceFor(summary, next) : null;
    },
    /** Shows the config: "Your data" pressed (and the built-in sets not) while it is in use. */
    sync(config: PlaygroundConfig, panel: ParentNode): void {
      active = config.csv !== undefined;
      problem = problemOf(config);
      labelText.textContent = problem === "regression" ? "Target column" : "Label column";
      button.setAttribute("aria-pressed", String(active));
      chooser.hidden = !active;
      for (const b of panel.querySelectorAll(".dataset[data-dataset], .dataset[data-regression]")) if (active) b.setAttribute("aria-pressed", "false");
      const noise = panel.querySelector<HTMLInputElement>("#noise");
      if (noise && active) noise.disabled = true;
      const iris = panel.querySelector<HTMLElement>(".iris-axes");
      if (iris && active) iris.hidden = true;
      if (!active || !config.csv) return;
      choice = config.csv;
      fill(choice);
      label.select.value = choice.label;
      plotX.select.value = choice.plotX;
      plotY.select.value = choice.plotY;
      for (const box of boxes.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) {
        const name = box.dataset.column!;
        const plotted = name === choice.plotX || name === choice.plotY;
        box.checked = choice.features.includes(name);
        // A plotted column is always trained on; past the limit no more can be added.
        box.disabled = plotted || (!box.checked && choice.features.length >= MAX_TRAIN_COLUMNS);
        box.title = plotted ? "Plotted, so always trained on" : "";
      }
    },
    /** A run on `file` could not be built (the notice says why): the status line no longer says it is in use. */
    refused(file: string): void {
      status.textContent = `${file}: that choice of columns or settings could not run; see the notice above. The previous setup stays in use.`;
    },
    /** The worker's view of the data: the rows used, the dropped ones and the classes; the button's picture. */
    setDataset(view: DatasetView): void {
      if (!active) return;
      note.textContent = view.note ?? "";
      thumb.getContext("2d")?.clearRect(0, 0, thumb.width, thumb.height);
      const values = view.targets === undefined ? {} : { values: view.targets, valueRange: view.targetRange ?? 1 };
      drawPoints(thumb, { points: view.points, labels: view.labels, isTrain: view.isTrain, classes: view.classNames.length, extent: view.extent, showTest: true, radius: 1.4, ring: false, ...values });
    },
  };
}
