import { createControls } from "./ui/controls.js";
import { createOutputPanel, type Preview } from "./ui/output-panel.js";
import { NetworkView } from "./ui/network-view.js";
import { h } from "./ui/dom.js";
import type { NeuronRange } from "./ui/heatmap.js";
import { generateCode } from "./code/generate-code.js";
import { generateCsvCode } from "./code/generate-csv-code.js";
import { decodeState, describeProblems, encodeState, type UrlProblem } from "./state/url-state.js";
import { FEATURES, problemOf, type FeatureName, type PlaygroundConfig } from "./state/config.js";
import { FEATURE_LABELS, networkInputNames, readsNamedColumns } from "./model/features.js";
import type { DatasetView, FromWorker, Snapshot, ToWorker } from "./worker/protocol.js";
import { createUploadPanel } from "./ui/upload-panel.js";
import { createClassroom } from "./ui/classroom-view.js";
import { createProblemControls } from "./ui/problem-controls.js";
import { ONE_D_FEATURES } from "./model/regression-data.js";
import { createStepPanel, markPoint } from "./ui/step-panel.js";
import { addCallouts, createExplanationsToggle } from "./ui/callouts.js";
import { describePatch, isLivePatch, sameSettings, settingsAt, type LiveSettings } from "./state/live.js";
import { createReplayBar } from "./ui/replay-bar.js";
import { createExportButtons } from "./ui/export-buttons.js";
import { rebuildStatus, liveStatus } from "./ui/run-status.js";
import { placeOutputForScreen } from "./ui/phone-order.js";
import { focusKind, shortcutFor } from "./ui/shortcuts.js";

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
  // The live epoch, the settings the controls show, and the replay frame drawn instead of `latest`.
  let liveEpoch = 0;
  let shownSettings: LiveSettings | null = null;
  let replayFrame: Snapshot | null = null;
  let replayPending = false;
  let replayWanted = -1;
  // The id of the run shown (messages about any other are dropped) and the last id handed out.
  let run = 0;
  let lastRun = 0;
  // Live changes sent but not yet recorded back: the controls show them meanwhile, and a rebuild keeps them.
  let pendingLive: Partial<LiveSettings> = {};
  let liveSeq = 0;

  const worker = new Worker(new URL("./worker/worker.ts", import.meta.url), { type: "module" });
  const send = (message: ToWorker) => worker.postMessage(message);

  const notice = h("div", { id: "notice", class: "notice", role: "alert", hidden: true });
  const showNotice = (text: string | null) => {
    notice.hidden = text === null;
    notice.textContent = text ?? "";
  };

  /** The config as the controls show it: the settings in force at the live epoch. */
  const effective = (): PlaygroundConfig => ({ ...config, ...settingsAt(config, liveEpoch), ...pendingLive });
  const syncControls = () => {
    shownSettings = settingsAt(config, liveEpoch);
    controls.sync(effective());
    // The problem type's controls first: "Your data", when in use, then unpresses the built-in sets.
    problemControls.sync(config);
    upload.sync(config, controls.data);
  };
  const showState = () => {
    history.replaceState(null, "", encodeState(config));
    syncControls();
    classroom?.set(config.hide);
    refreshCode();
  };
  /** A whole config (the URL's): a new run that replays its recorded changes at their epochs. */
  const configure = (next: PlaygroundConfig) => {
    config = next;
    liveEpoch = 0;
    pendingLive = {};
    run = ++lastRun;
    showState();
    showNotice(null);
    send({ type: "configure", config, run });
  };
  const reset = () => {
    run = ++lastRun;
    send({ type: "reset", run });
  };
  /** A control's change: live settings go on at the next batch; anything else rebuilds the network. */
  const apply = (patch: Partial<PlaygroundConfig>) => {
    showNotice(null);
    if (isLivePatch(patch)) {
      pendingLive = { ...pendingLive, ...(patch as Partial<LiveSettings>) };
      controls.sync(effective());
      send({ type: "live", patch: patch as Partial<LiveSettings>, run, seq: ++liveSeq });
      return;
    }
    const before = effective();
    const next: PlaygroundConfig = { ...before, ...patch, changes: [] };
    // Picking a built-in data set leaves "Your data"; a problem type keeps the file when it has a
    // column for that problem (a class label, or a numeric target), with the choice that suits it.
    if (("dataset" in patch || "regressionDataset" in patch) && !("csv" in patch)) delete next.csv;
    let left: string | null = null;
    if ("problem" in patch && !("csv" in patch) && next.csv) {
      const kept = upload.choiceFor(problemOf(next));
      if (kept) next.csv = kept;
      else {
        left = problemOf(next) === "regression"
          ? `${next.csv.file} has no numeric column that varies with two others to plot, so Regression runs on a built-in data set; your file stays under Classification.`
          : `${next.csv.file} has no column that can be a class label (text, or whole numbers with 2–6 values), so Classification runs on a built-in data set; your file stays under Regression.`;
        delete next.csv;
      }
    }
    configure(next);
    controls.setStatus(rebuildStatus(before, patch));
    if (left !== null) showNotice(left);
  };

  const controls = createControls({
    change: apply,
    togglePlay: () => send({ type: playing ? "pause" : "play" }),
    step: () => send({ type: "step" }),
    reset,
    speed: (epochsPerFrame) => send({ type: "speed", epochsPerFrame }),
  });
  const problemControls = createProblemControls(apply);
  problemControls.attach(controls.bar, controls.data);
  const replay = createReplayBar({
    scrub(epoch) {
      // Training pauses while an earlier epoch is shown (the worker pauses on "replay").
      playing = false;
      controls.setPlaying(false);
      replayWanted = epoch;
      if (!replayPending) {
        replayPending = true;
        send({ type: "replay", epoch });
      }
    },
    live() {
      replayWanted = -1;
      replayFrame = null;
      output.chart.marker = null;
      const now = latest;
      if (now !== null) output.setSnapshot({ ...now, losses: [] });
      scheduleDraw(true);
    },
  });
  /** A new run is shown: any replay of the previous one ends, and the new run's epoch 0 is drawn. */
  const endReplay = () => {
    replay.restart();
    replayFrame = null;
    replayWanted = -1;
    replayPending = false;
    output.chart.marker = null;
  };
  const exporter = createExportButtons((format) => send({ type: "export", format }));
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
      scheduleDraw(true);
    },
    editParameter: (edit) => send({ type: "setParameter", edit }),
  });
  const step = createStepPanel({
    open: () => {
      if (playing) send({ type: "pause" });
    },
    requestTrace: (point) => send({ type: "trace", point }),
    highlight: (layer, link) => network.highlight(layer, link),
    pointChanged: () => scheduleDraw(true),
  });
  const output = createOutputPanel();
  const upload = createUploadPanel({
    upload: (file, text) => send({ type: "csv", file, text }),
    choose: (csv, problem) => apply(problem === problemOf(config) ? { csv } : { csv, problem }),
    notice: (text) => showNotice(text),
  });
  // After both groups of built-in sets (one shown per problem type): "Your data" serves either.
  [...controls.data.querySelectorAll(".datasets")].at(-1)?.after(upload.root);
  const classroomBanner = h("p", { class: "classroom-banner", hidden: true });
  let classroom: ReturnType<typeof createClassroom> | null = null;

  const code = h("pre", { id: "code" }, h("code", {}));
  const copyStatus = h("span", { role: "status", class: "copy-status" });
  const copy = h("button", { id: "copy-code", type: "button", onclick: async () => {
    details.open = true;
    refreshCode();
    try {
      await navigator.clipboard.writeText(code.textContent ?? "");
      copyStatus.textContent = "Copied.";
    } catch {
      copyStatus.textContent = "Select the code below and copy it (the clipboard is not available here).";
    }
  } }, "Copy as code");
  const details = h("details", { class: "code" }, h("summary", {}, "TypeScript that reproduces this run"), code);
  // The code follows the run on screen (its epochs and mid-run changes); written when it is looked at.
  let codeFor = "";
  const refreshCode = () => {
    const key = `${liveEpoch}|${encodeState(config)}`;
    if (key === codeFor || (!details.open && codeFor !== "")) return;
    codeFor = key;
    code.textContent = config.csv ? generateCsvCode(config, liveEpoch, dataset?.classNames.length ?? 2) : generateCode(config, liveEpoch);
  };
  details.addEventListener("toggle", refreshCode);

  const layout = h("main", { class: "layout" },
    controls.data,
    h("section", { class: "panel network-panel", "aria-labelledby": "network-title" }, h("h2", { id: "network-title" }, "Network"), network.root,
      h("div", { class: "inspect-bar" }, step.button), step.root),
    output.root,
  );
  placeOutputForScreen(layout, output.root);
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
    layout,
    h("footer", { class: "export" }, copy, ...exporter.buttons, copyStatus, details),
  );
  // The timeline scrubber sits under the loss curve it moves along.
  output.root.querySelector("#loss-chart")?.after(replay.root);
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
  // Drawing is the page thread's one heavy job, so it is spread out: the network's pictures and
  // the output panel are painted in different frames, each part's real cost (script, layout and
  // paint: the time until the next frame begins) is measured, and after a part that cost d ms the
  // next waits 2·d ms. The page keeps producing frames however fast snapshots arrive.
  let drawnAt = Number.NEGATIVE_INFINITY;
  let drawCost = 0;
  let measuring = false;
  let networkStale = false;
  let outputStale = false;
  const draw = (now: number = performance.now()) => {
    frame = 0;
    if (measuring) drawCost = Math.max(0, now - drawnAt - 1000 / 60);
    measuring = false;
    if (!networkStale && !outputStale) return;
    if (now - drawnAt < 2 * drawCost) return scheduleDraw();
    drawnAt = now;
    const shown = replayFrame ?? latest;
    if (networkStale && shown) {
      networkStale = false;
      network.update(shown.neuronGrids, shown.weights, shown.biases);
    } else {
      outputStale = false;
      const previewed = preview();
      output.draw(previewed);
      if (boundary && dataset && step.open && step.point !== null && !previewed) markPoint(boundary, dataset, step.point);
      if (details.open) refreshCode();
    }
    measuring = true;
    scheduleDraw();
  };
  const preview = (): Preview | null => {
    const grid = hovered && (replayFrame ?? latest)?.neuronGrids[hovered.layer]?.[hovered.unit];
    if (!hovered || !grid || !dataset) return null;
    const isOutput = hovered.layer === config.hidden.length;
    const range = isOutput ? (problemOf(config) === "regression" ? "free" : "unit") : unitRange(config.activation);
    const label = isOutput ? `output ${hovered.unit + 1}` : `layer ${hovered.layer + 1}, neuron ${hovered.unit + 1}`;
    return { grid, size: dataset.gridSize, range, label };
  };
  const scheduleDraw = (parts = false) => {
    if (parts) networkStale = outputStale = true;
    if (frame === 0) frame = requestAnimationFrame(draw);
  };

  /**
   * The worker could not build the run asked for: the run in force goes on, and the controls, the
   * URL and the status line go back to its setup (or, with none, say that nothing runs).
   */
  const refused = (reason: string, inForce: Extract<FromWorker, { type: "refused" }>["inForce"]) => {
    const asked = config;
    pendingLive = {};
    if (inForce !== null) {
      run = inForce.run;
      config = inForce.config;
      liveEpoch = latest?.epoch ?? 0;
      showState();
      controls.setStatus("Not changed: the previous setup goes on (the notice says why the new one cannot run).");
    } else {
      controls.setStatus("Nothing runs: change the setup the notice names.");
    }
    if (asked.csv) upload.refused(asked.csv.file);
    showNotice(reason);
  };

  worker.addEventListener("message", (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    // A message about a run the page has moved on from (a rebuild or reset was asked for since).
    if ("run" in message && message.type !== "refused" && message.run !== run) {
      if (message.type === "replay") replayPending = false;
      return;
    }
    if (message.type === "dataset") {
      endReplay();
      dataset = message.dataset;
      output.setDataset(dataset);
      upload.setDataset(dataset);
      network.render({
        inputs: readsNamedColumns(config)
          ? dataset.inputNames.map((name, i) => ({ id: name, label: name, active: true, grid: dataset!.inputGrids[i] }))
          : FEATURES.map((f, i) => ({ id: f, label: FEATURE_LABELS[f], active: config.features.includes(f), grid: dataset!.inputGrids[i] }))
            .filter((input) => !dataset!.oneD || ONE_D_FEATURES.includes(input.id)),
        hidden: config.hidden,
        outputs: dataset.classNames.length > 2 ? dataset.classNames.length : 1,
        gridSize: dataset.gridSize,
        hiddenRange: unitRange(config.activation),
        editableInputs: !readsNamedColumns(config),
        valueOutput: problemOf(config) === "regression",
      });
      step.setDataset(dataset, {
        inputNames: networkInputNames(config, dataset),
        classNames: dataset.classNames,
        batchSize: config.batchSize,
        dropout: config.dropout,
      });
    } else if (message.type === "snapshot") {
      controls.epoch.value = String(message.snapshot.epoch);
      liveEpoch = message.snapshot.epoch;
      latest = message.snapshot;
      replay.setLive(liveEpoch, playing);
      if (replay.scrubbed) {
        output.chart.add(message.snapshot.losses);
      } else {
        replayFrame = null;
        replayWanted = -1;
        output.chart.marker = null;
        output.setSnapshot(message.snapshot);
      }
      // A recorded change reached its epoch: the controls show the settings now in force.
      if (shownSettings === null || !sameSettings(shownSettings, settingsAt(config, liveEpoch))) syncControls();
      step.setSnapshot(latest.epoch, latest.predictions, playing);
      scheduleDraw(true);
    } else if (message.type === "trace") {
      step.setTrace(message.trace);
    } else if (message.type === "recorded") {
      // Every live change sent so far is in the recorded ones: the controls need no overlay any more.
      if (message.seq >= liveSeq) pendingLive = {};
      config = { ...config, ...message.initial, changes: message.changes };
      showState();
      if (Object.keys(message.patch).length > 0) controls.setStatus(liveStatus(describePatch(message.patch), message.epoch));
    } else if (message.type === "replay") {
      replayPending = false;
      if (replayWanted < 0) return;
      if (replayWanted !== message.requested) {
        replayPending = true;
        send({ type: "replay", epoch: replayWanted });
      }
      replayFrame = message.snapshot;
      output.chart.marker = message.snapshot.epoch;
      output.setSnapshot({ ...message.snapshot, losses: [] });
      scheduleDraw(true);
    } else if (message.type === "export") {
      exporter.save(message.fileName, message.data);
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
    } else if (message.type === "refused") {
      if (message.run === run) refused(message.message, message.inForce);
    } else if (message.type === "error") {
      showNotice(message.message);
    }
  });
  worker.addEventListener("error", (event) => showNotice(`The training worker failed: ${event.message}`));

  document.addEventListener("keydown", (event) => {
    const shortcut = shortcutFor(event, focusKind(event.target instanceof Element ? event.target : null));
    if (shortcut === null) return;
    if (shortcut === "togglePlay") send({ type: playing ? "pause" : "play" });
    else if (shortcut === "step") send({ type: "step" });
    else reset();
    event.preventDefault();
  });

  // A hash edited by hand does not reload the page: read it again. (replaceState fires no event.)
  window.addEventListener("hashchange", () => {
    const decoded = decodeState(location.hash);
    configure(decoded.config);
    if (decoded.problems.length > 0) showNotice(describeProblems(decoded.problems));
  });

  configure(config);
  classroom.set(config.hide);
  if (problems.length > 0) showNotice(describeProblems(problems));
}
