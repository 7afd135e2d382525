import {
  MAX_CLASSES, MAX_CSV_COLUMNS, MAX_CSV_ROWS, MAX_TRAIN_COLUMNS, reconcileChoice, tooLargeMessage, MAX_CSV_BYTES,
  type CsvChoice, type CsvSummary,
} from "../model/csv-choice.js";
import type { PlaygroundConfig } from "../state/config.js";
import type { DatasetView } from "../worker/protocol.js";
import { h, labelledSelect } from "./dom.js";
import { drawPoints } from "./heatmap.js";

export interface UploadEvents {
  /** The file's text, for the worker to read (it goes nowhere else). */
  upload(file: string, text: string): void;
  /** Train on these columns ("Your data"). */
  choose(choice: CsvChoice): void;
  notice(text: string): void;
}

const SCALING = "Trained-on columns are standardised (mean 0, standard deviation 1 over the training rows); the axes use those units. " +
  "Rows with a blank label or a blank trained-on cell are dropped.";
const LINK = "A shared link keeps the network and settings, not your file: it opens on the built-in data set it names. " +
  "The same file, columns and seed give the same run.";

/**
 * "Your data": the "Upload CSV" file input, the "Your data" data set button once a file is read,
 * and the column choice (label, the two plotted columns, the columns trained on). The file is read
 * here and its text posted to the worker; nothing is sent over the network.
 */
export function createUploadPanel(events: UploadEvents) {
  let summary: CsvSummary | null = null;
  let choice: CsvChoice | null = null;
  let active = false;

  const thumb = h("canvas", { width: 56, height: 56, class: "thumb", "aria-hidden": "true" });
  const button = h("button", { type: "button", class: "dataset", id: "data-upload", "aria-pressed": "false", hidden: true,
    onclick: () => choice && events.choose(choice) }, thumb, h("span", {}, "Your data"));
  const input = h("input", { id: "upload-csv", name: "upload-csv", type: "file", accept: ".csv,.tsv,.txt,text/csv,text/plain" });
  const status = h("p", { class: "hint upload-status", role: "status" });
  const label = labelledSelect<string>("csv-label", "Label column", []);
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
    h("p", { class: "hint" }, `Stays in this browser (read here, sent nowhere). Up to 1 MB, ${MAX_CSV_ROWS.toLocaleString("en-US")} rows, ${MAX_CSV_COLUMNS} columns; a label of 2–${MAX_CLASSES} classes, text or whole numbers.`),
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
    if (next === null) return events.notice(`${summary.file}: with ${JSON.stringify(patch.label)} as the label, fewer than two numeric columns are left to plot.`);
    choice = next;
    events.choose(next);
  };
  label.select.addEventListener("change", () => change({ label: label.select.value }));
  // Picking the other axis's column swaps the two (as the Iris axes do).
  plotX.select.addEventListener("change", () => choice && change({ plotX: plotX.select.value, ...(plotX.select.value === choice.plotY ? { plotY: choice.plotX } : {}) }));
  plotY.select.addEventListener("change", () => choice && change({ plotY: plotY.select.value, ...(plotY.select.value === choice.plotX ? { plotX: choice.plotY } : {}) }));

  const options = (select: HTMLSelectElement, names: string[]) =>
    select.replaceChildren(...names.map((n) => h("option", { value: n }, n)));

  function fill(current: CsvChoice): void {
    if (!summary) return;
    options(label.select, summary.columns.filter((c) => c.labelProblem === null).map((c) => c.name));
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
      choice = next.defaultChoice;
      const text = next.columns.filter((c) => c.kind === "text").map((c) => c.name);
      const counters = next.columns.filter((c) => c.rowNumber && !next.defaultChoice.features.includes(c.name)).map((c) => c.name);
      status.textContent = `Loaded ${next.file}: ${next.rows.toLocaleString("en-US")} rows, ${next.columns.length} columns` +
        (text.length > 0 ? ` (text, usable as the label only: ${text.join(", ")})` : "") + "." +
        (counters.length > 0 ? ` ${counters.join(", ")} counts the rows, so it is not trained on unless you tick it.` : "");
      button.hidden = false;
      events.choose(choice);
    },
    /** Shows the config: "Your data" pressed (and the built-in sets not) while it is in use. */
    sync(config: PlaygroundConfig, panel: ParentNode): void {
      active = config.csv !== undefined;
      button.setAttribute("aria-pressed", String(active));
      chooser.hidden = !active;
      for (const b of panel.querySelectorAll(".dataset[data-dataset]")) if (active) b.setAttribute("aria-pressed", "false");
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
    /** The worker's view of the data: the rows used, the dropped ones and the classes; the button's picture. */
    setDataset(view: DatasetView): void {
      if (!active) return;
      note.textContent = view.note ?? "";
      thumb.getContext("2d")?.clearRect(0, 0, thumb.width, thumb.height);
      drawPoints(thumb, { points: view.points, labels: view.labels, isTrain: view.isTrain, classes: view.classNames.length, extent: view.extent, showTest: true, radius: 1.4, ring: false });
    },
  };
}
