import { createControls } from "./ui/controls.js";
import { createOutputPanel, type Preview } from "./ui/output-panel.js";
import { NetworkView } from "./ui/network-view.js";
import { h } from "./ui/dom.js";
import type { NeuronRange } from "./ui/heatmap.js";
import { generateCode } from "./code/generate-code.js";
import { decodeState, describeProblems, encodeState, type UrlProblem } from "./state/url-state.js";
import { FEATURES, problemOf, type FeatureName, type PlaygroundConfig } from "./state/config.js";
import { FEATURE_LABELS } from "./model/features.js";
import type { DatasetView, FromWorker, Snapshot, ToWorker } from "./worker/protocol.js";
import { createUploadPanel } from "./ui/upload-panel.js";
import { createClassroom } from "./ui/classroom-view.js";

/** What "Copy as code" shows for uploaded data: the generated code makes the built-in sets only. */
const CSV_CODE_NOTE = "// \"Copy as code\" reproduces runs on the built-in data sets. Your data stays in this browser: read the\n" +
  "// same file with parseCsvTable from @backprop/data, drop rows with blanks, standardise the columns and train.";
import { createProblemControls } from "./ui/problem-controls.js";
import { ONE_D_FEATURES } from "./model/regression-data.js";
import { createStepPanel, markPoint } from "./ui/step-panel.js";
import { addCallouts, createExplanationsToggle } from "./ui/callouts.js";

/** How hidden units' pictures are coloured for an activation (see `paintNeuron`). */
function unitRange(activation: PlaygroundConfig["activation"]): NeuronRange {
  return activation === "tanh" ? "tanh" : activation === "sigmoid" ? "unit" : "free";
}

/** Wires the controls, the worker and the pictures; the UI thread only draws. */
export function startApp(root: HTMLElement, initial: PlaygroundConfig, problems: UrlProblem[]): void {
  let config = initial;
  let dataset: DatasetView | null = null;
  let playing = false;
  let frame = 0;
  let latest: Snapshot | null = null;
  let hovered: { layer: number; unit: number } | null = null;

  const worker = new Worker(new URL("./worker/worker.ts", import.meta.url), { type: "module" });
  const send = (message: ToWorker) => worker.postMessage(message);

  const notice = h("div", { id: "notice", class: "notice", role: "alert", hidden: true });
  const showNotice = (text: string | null) => {
    notice.hidden = text === null;
    notice.textContent = text ?? "";
  };

  const apply = (patch: Partial<PlaygroundConfig>) => {
    config = { ...config, ...patch };
    // Picking a built-in data set leaves "Your data".
    if (("dataset" in patch || "problem" in patch) && !("csv" in patch)) delete config.csv;
    // Uploaded data is classified: loading it leaves regression.
    if ("csv" in patch && config.csv) delete config.problem;
    history.replaceState(null, "", encodeState(config));
    controls.sync(config);
    upload.sync(config, controls.data);
    classroom?.set(config.hide);
    problemControls.sync(config);
    code.textContent = config.csv ? CSV_CODE_NOTE : generateCode(config);
    showNotice(null);
    send({ type: "configure", config });
  };

  const controls = createControls({
    change: apply,
    togglePlay: () => send({ type: playing ? "pause" : "play" }),
    step: () => send({ type: "step" }),
    reset: () => send({ type: "reset" }),
  });
  const problemControls = createProblemControls(apply);
  problemControls.attach(controls.bar, controls.data);
  const network = new NetworkView({
    toggleFeature(id) {
      const on = config.features.includes(id as FeatureName);
      if (on && config.features.length === 1) return showNotice("The network needs at least one input feature.");
      const next = on ? config.features.filter((f) => f !== id) : [...config.features, id as FeatureName];
      apply({ features: FEATURES.filter((f) => next.includes(f)) });
    },
    setLayers(count) {
      const hidden = config.hidden.slice(0, count);
      while (hidden.length < count) hidden.push(hidden[hidden.length - 1] ?? 4);
      apply({ hidden });
    },
    setNeurons(layer, count) {
      apply({ hidden: config.hidden.map((u, l) => (l === layer ? count : u)) });
    },
    hover(unit) {
      hovered = unit;
      scheduleDraw();
    },
    editParameter: (edit) => send({ type: "setParameter", edit }),
  });
  const step = createStepPanel({
    open: () => {
      if (playing) send({ type: "pause" });
    },
    requestTrace: (point) => send({ type: "trace", point }),
    highlight: (layer, link) => network.highlight(layer, link),
    pointChanged: () => scheduleDraw(),
  });
  const output = createOutputPanel();
  const upload = createUploadPanel({
    upload: (file, text) => send({ type: "csv", file, text }),
    choose: (csv) => apply({ csv }),
    notice: (text) => showNotice(text),
  });
  controls.data.querySelector(".datasets")?.after(upload.root);
  const classroomBanner = h("p", { class: "classroom-banner", hidden: true });
  let classroom: ReturnType<typeof createClassroom> | null = null;

  const code = h("pre", { id: "code" }, h("code", {}));
  const copyStatus = h("span", { role: "status", class: "copy-status" });
  const copy = h("button", { id: "copy-code", type: "button", onclick: async () => {
    details.open = true;
    try {
      await navigator.clipboard.writeText(code.textContent ?? "");
      copyStatus.textContent = "Copied.";
    } catch {
      copyStatus.textContent = "Select the code below and copy it (the clipboard is not available here).";
    }
  } }, "Copy as code");
  const details = h("details", { class: "code" }, h("summary", {}, "TypeScript that reproduces this run"), code);

  root.replaceChildren(
    h("header", { class: "masthead" },
      h("div", { class: "title" },
        h("h1", {}, "backprop playground"),
        h("p", { class: "tagline" }, "Watch a neural network learn, trained in your browser by backprop in a Web Worker."),
      ),
      h("p", { class: "keys" }, "Keys: Space play/pause · S step · R reset · Tab reaches the neurons, the arrow keys move between them (each shown large), Escape hides the picture."),
      createExplanationsToggle(),
    ),
    notice,
    classroomBanner,
    controls.bar,
    h("main", { class: "layout" },
      controls.data,
      h("section", { class: "panel network-panel", "aria-labelledby": "network-title" }, h("h2", { id: "network-title" }, "Network"), network.root,
        h("div", { class: "inspect-bar" }, step.button), step.root),
      output.root,
    ),
    h("footer", { class: "export" }, copy, copyStatus, details),
  );
  classroom = createClassroom(root, classroomBanner);
  addCallouts(root);
  const boundary = root.querySelector<HTMLCanvasElement>("#boundary");
  boundary?.addEventListener("click", (event) => {
    if (!dataset || !step.open) return;
    const r = boundary.getBoundingClientRect();
    const e = dataset.extent;
    step.pickNear(-e + ((event.clientX - r.left) / r.width) * 2 * e, e - ((event.clientY - r.top) / r.height) * 2 * e);
  });

  // Snapshots can arrive faster than the screen refreshes: pictures are painted once per frame.
  const draw = () => {
    frame = 0;
    if (latest) network.update(latest.neuronGrids, latest.weights, latest.biases);
    const shown = preview();
    output.draw(shown);
    if (boundary && dataset && step.open && step.point !== null && !shown) markPoint(boundary, dataset, step.point);
  };
  const preview = (): Preview | null => {
    const grid = hovered && latest?.neuronGrids[hovered.layer]?.[hovered.unit];
    if (!hovered || !grid || !dataset) return null;
    const isOutput = hovered.layer === config.hidden.length;
    const range = isOutput ? (problemOf(config) === "regression" ? "free" : "unit") : unitRange(config.activation);
    const label = isOutput ? `output ${hovered.unit + 1}` : `layer ${hovered.layer + 1}, neuron ${hovered.unit + 1}`;
    return { grid, size: dataset.gridSize, range, label };
  };
  const scheduleDraw = () => {
    if (frame === 0) frame = requestAnimationFrame(draw);
  };

  worker.addEventListener("message", (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.type === "dataset") {
      dataset = message.dataset;
      output.setDataset(dataset);
      upload.setDataset(dataset);
      network.render({
        inputs: (config.dataset === "iris" && problemOf(config) === "classification") || config.csv !== undefined
          ? dataset.inputNames.map((name, i) => ({ id: name, label: name, active: true, grid: dataset!.inputGrids[i] }))
          : FEATURES.map((f, i) => ({ id: f, label: FEATURE_LABELS[f], active: config.features.includes(f), grid: dataset!.inputGrids[i] }))
            .filter((input) => !dataset!.oneD || ONE_D_FEATURES.includes(input.id)),
        hidden: config.hidden,
        outputs: dataset.classNames.length > 2 ? dataset.classNames.length : 1,
        gridSize: dataset.gridSize,
        hiddenRange: unitRange(config.activation),
        editableInputs: (config.dataset !== "iris" || problemOf(config) === "regression") && !config.csv,
      });
      step.setDataset(dataset, {
        inputNames: config.dataset === "iris" ? dataset.inputNames : config.features.map((f) => FEATURE_LABELS[f]),
        classNames: dataset.classNames,
        batchSize: config.batchSize,
        dropout: config.dropout,
      });
    } else if (message.type === "snapshot") {
      controls.epoch.value = String(message.snapshot.epoch);
      output.setSnapshot(message.snapshot);
      latest = message.snapshot;
      step.setSnapshot(latest.epoch, latest.predictions, playing);
      scheduleDraw();
    } else if (message.type === "trace") {
      step.setTrace(message.trace);
    } else if (message.type === "thumbnails") {
      controls.setThumbnails(message.thumbnails);
    } else if (message.type === "regressionThumbnails") {
      problemControls.setThumbnails(message.thumbnails);
    } else if (message.type === "status") {
      playing = message.playing;
      controls.setPlaying(playing);
      step.setPlaying(playing);
    } else if (message.type === "csv") {
      upload.setSummary(message.summary, message.message);
    } else {
      showNotice(message.message);
    }
  });
  worker.addEventListener("error", (event) => showNotice(`The training worker failed: ${event.message}`));

  document.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement;
    if (event.ctrlKey || event.metaKey || event.altKey || target.closest("input, select, textarea, button, summary")) return;
    const key = event.key.toLowerCase();
    if (key === " ") send({ type: playing ? "pause" : "play" });
    else if (key === "s") send({ type: "step" });
    else if (key === "r") send({ type: "reset" });
    else return;
    event.preventDefault();
  });

  // A hash edited by hand does not reload the page: read it again. (replaceState fires no event.)
  window.addEventListener("hashchange", () => {
    const decoded = decodeState(location.hash);
    apply({ hide: undefined, ...decoded.config });
    if (decoded.problems.length > 0) showNotice(describeProblems(decoded.problems));
  });

  apply({});
  classroom.set(config.hide);
  if (problems.length > 0) showNotice(describeProblems(problems));
}
