import {
  ACTIVATIONS, DATASETS, DROPOUT_RATES, IRIS_FEATURES, LEARNING_RATES, LOSSES, MAX_BATCH, MAX_NOISE,
  OPTIMIZERS, REGULARIZATIONS, REG_RATES, type DatasetName, type PlaygroundConfig,
} from "../state/config.js";
import { h, labelledSelect } from "./dom.js";
import { drawPoints } from "./heatmap.js";
import { MAX_SEED, nextSeed, parseSeed } from "../state/seed.js";
import type { Thumbnail } from "../model/thumbnails.js";

export const DATASET_LABELS: Record<DatasetName, string> = {
  circles: "Circles", xor: "XOR", gauss: "Gaussian", spiral: "Spiral", moons: "Moons",
  // The zero-width space lets the long name break after "make" in the narrow data column.
  classification: "make\u200bClassification", iris: "Iris",
};
const ACTIVATION_LABELS: Record<string, string> = { tanh: "Tanh", relu: "ReLU", sigmoid: "Sigmoid", leakyRelu: "Leaky ReLU", linear: "Linear" };
const OPTIMIZER_LABELS: Record<string, string> = {
  sgd: "SGD", momentum: "Momentum", nesterov: "Nesterov", adam: "Adam", adamw: "AdamW", rmsprop: "RMSprop", adagrad: "Adagrad",
};
const LOSS_LABELS: Record<string, string> = { crossEntropy: "Cross-entropy", mse: "Squared error" };
const REG_LABELS: Record<string, string> = { none: "None", l1: "L1", l2: "L2" };

export interface ControlEvents {
  change(patch: Partial<PlaygroundConfig>): void;
  togglePlay(): void;
  step(): void;
  reset(): void;
  /** Epochs per frame (1/60 s) while playing; `null`: as fast as the worker goes. */
  speed(epochsPerFrame: number | null): void;
}

/** The "Speed" choices: epochs per frame, from TF Playground's pace (1) to the worker's fastest. */
export const SPEEDS = ["1", "3", "10", "30", "max"] as const;
const SPEED_LABELS: Record<(typeof SPEEDS)[number], string> = {
  1: "1 epoch / frame", 3: "3 epochs / frame", 10: "10 epochs / frame", 30: "30 epochs / frame", max: "max (as fast as it goes)",
};

function range(id: string, label: string, min: number, max: number, step = 1) {
  const input = h("input", { id, name: id, type: "range", min, max, step });
  const output = h("output", { for: id });
  const wrap = h("div", { class: "field" }, h("label", { for: id }, label, " ", output), input);
  return { wrap, input, output };
}

/** The top bar (run controls and hyper-parameters) and the data panel, with `sync` to show a config. */
export function createControls(events: ControlEvents) {
  let current: PlaygroundConfig | null = null;
  const play = h("button", { id: "play", type: "button", class: "play", "aria-label": "Play", onclick: () => events.togglePlay() }, "▶");
  const step = h("button", { id: "step", type: "button", "aria-label": "Step one epoch", onclick: () => events.step() }, "Step");
  const reset = h("button", { id: "reset", type: "button", "aria-label": "Reset the network", onclick: () => events.reset() }, "Reset");
  const epoch = h("output", { id: "epoch", "aria-live": "off" }, "0");
  const speed = labelledSelect("speed", "Speed", SPEEDS, (v) => SPEED_LABELS[v]);
  speed.select.value = "1";
  speed.select.addEventListener("change", () => events.speed(speed.select.value === "max" ? null : Number(speed.select.value)));
  /** One short line saying what the last change did: went on live, or rebuilt the network. */
  const status = h("p", { id: "run-status", class: "run-status", role: "status" });
  const lr = labelledSelect("lr", "Learning rate", LEARNING_RATES);
  const act = labelledSelect("activation", "Activation", ACTIVATIONS, (v) => ACTIVATION_LABELS[v]!);
  const loss = labelledSelect("loss", "Loss", LOSSES, (v) => LOSS_LABELS[v]!);
  const opt = labelledSelect("optimizer", "Optimizer", OPTIMIZERS, (v) => OPTIMIZER_LABELS[v]!);
  const reg = labelledSelect("reg", "Regularization", REGULARIZATIONS, (v) => REG_LABELS[v]!);
  const regRate = labelledSelect("reg-rate", "Regularization rate", REG_RATES);
  const dropout = labelledSelect("dropout", "Dropout", DROPOUT_RATES);
  const bar = h("div", { class: "topbar" },
    h("div", { class: "run" }, reset, play, step, h("div", { class: "epoch" }, h("span", {}, "Epoch"), epoch)),
    h("div", { class: "speed" }, speed.wrap),
    h("div", { class: "hyper" }, lr.wrap, act.wrap, loss.wrap, opt.wrap, reg.wrap, regRate.wrap, dropout.wrap),
    status,
  );
  lr.select.addEventListener("change", () => events.change({ learningRate: Number(lr.select.value) }));
  act.select.addEventListener("change", () => events.change({ activation: act.select.value as PlaygroundConfig["activation"] }));
  loss.select.addEventListener("change", () => events.change({ loss: loss.select.value as PlaygroundConfig["loss"] }));
  opt.select.addEventListener("change", () => events.change({ optimizer: opt.select.value as PlaygroundConfig["optimizer"] }));
  reg.select.addEventListener("change", () => {
    const regularization = reg.select.value as PlaygroundConfig["regularization"];
    // A penalty with rate 0 would do nothing: picking L1/L2 starts from a small rate.
    const regRate = regularization !== "none" && current?.regRate === 0 ? 0.001 : current?.regRate ?? 0;
    events.change({ regularization, regRate });
  });
  regRate.select.addEventListener("change", () => events.change({ regRate: Number(regRate.select.value) }));
  dropout.select.addEventListener("change", () => events.change({ dropout: Number(dropout.select.value) }));

  const thumbs = new Map(DATASETS.map((name) => [name, h("canvas", { width: 56, height: 56, class: "thumb", "aria-hidden": "true" })]));
  const datasetButtons = DATASETS.map((name) =>
    h("button", { type: "button", class: "dataset", id: `data-${name}`, "data-dataset": name, "aria-pressed": "false",
      onclick: () => events.change({ dataset: name }) }, thumbs.get(name)!, h("span", {}, DATASET_LABELS[name])));
  const trainRatio = range("train-ratio", "Training data %", 10, 90, 10);
  const noise = range("noise", "Noise", 0, MAX_NOISE, 5);
  const batch = range("batch", "Batch size", 1, MAX_BATCH);
  const seed = h("input", { id: "seed", name: "seed", type: "number", min: 0, max: MAX_SEED, step: 1, inputmode: "numeric", "aria-describedby": "seed-error" });
  // Why the last seed typed was refused, at the field; the run and the URL keep the seed in use.
  const seedError = h("p", { id: "seed-error", class: "field-error", role: "alert", hidden: true });
  const showSeedError = (text: string | null) => {
    seedError.hidden = text === null;
    seedError.textContent = text ?? "";
    if (text === null) seed.removeAttribute("aria-invalid");
    else seed.setAttribute("aria-invalid", "true");
  };
  /** The seed in the field if it is one; else the field goes back to the seed in use and says why. */
  const typedSeed = (): number | null => {
    const parsed = parseSeed(seed.value);
    if ("seed" in parsed) {
      showSeedError(null);
      return parsed.seed;
    }
    const inUse = current?.seed ?? null;
    showSeedError(`${parsed.error}${inUse === null ? "" : ` The run keeps seed ${inUse}.`}`);
    if (inUse !== null) seed.value = String(inUse);
    return null;
  };
  const regenerate = h("button", { id: "regenerate", type: "button", onclick: () => {
    const from = typedSeed() ?? current?.seed;
    if (from !== undefined) events.change({ seed: nextSeed(from) });
  } }, "Regenerate");
  const irisX = labelledSelect("iris-x", "Iris: horizontal axis", [0, 1, 2, 3], (i) => IRIS_FEATURES[i]!);
  const irisY = labelledSelect("iris-y", "Iris: vertical axis", [0, 1, 2, 3], (i) => IRIS_FEATURES[i]!);
  const irisBox = h("div", { class: "iris-axes" }, irisX.wrap, irisY.wrap);
  const data = h("section", { class: "panel data", "aria-labelledby": "data-title" },
    h("h2", { id: "data-title" }, "Data"),
    h("div", { class: "datasets", role: "group", "aria-label": "Data set" }, ...datasetButtons),
    trainRatio.wrap, noise.wrap, batch.wrap,
    h("div", { class: "field seed" }, h("label", { for: "seed" }, "Seed"), h("div", { class: "inline" }, seed, regenerate), seedError),
    irisBox,
  );
  trainRatio.input.addEventListener("change", () => events.change({ trainRatio: Number(trainRatio.input.value) }));
  noise.input.addEventListener("change", () => events.change({ noise: Number(noise.input.value) }));
  batch.input.addEventListener("change", () => events.change({ batchSize: Number(batch.input.value) }));
  for (const r of [trainRatio, noise, batch]) r.input.addEventListener("input", () => (r.output.value = r.input.value));
  seed.addEventListener("change", () => {
    const value = typedSeed();
    if (value !== null && value !== current?.seed) events.change({ seed: value });
  });
  const swapIris = (axis: "irisX" | "irisY", value: number, other: number, current: PlaygroundConfig) =>
    value === other ? { [axis]: value, [axis === "irisX" ? "irisY" : "irisX"]: current[axis] } : { [axis]: value };
  irisX.select.addEventListener("change", () => current && events.change(swapIris("irisX", Number(irisX.select.value), current.irisY, current)));
  irisY.select.addEventListener("change", () => current && events.change(swapIris("irisY", Number(irisY.select.value), current.irisX, current)));

  function sync(config: PlaygroundConfig): void {
    // A seed taken (typed, regenerated or from the URL) ends the refusal shown at the field.
    if (current !== null && config.seed !== current.seed) showSeedError(null);
    current = config;
    lr.select.value = String(config.learningRate);
    act.select.value = config.activation;
    loss.select.value = config.loss;
    opt.select.value = config.optimizer;
    reg.select.value = config.regularization;
    regRate.select.value = String(config.regRate);
    regRate.select.disabled = config.regularization === "none";
    dropout.select.value = String(config.dropout);
    for (const b of datasetButtons) b.setAttribute("aria-pressed", String(b.dataset.dataset === config.dataset));
    trainRatio.input.value = trainRatio.output.value = String(config.trainRatio);
    noise.input.value = noise.output.value = String(config.noise);
    noise.input.disabled = config.dataset === "iris";
    batch.input.value = batch.output.value = String(config.batchSize);
    seed.value = String(config.seed);
    irisX.select.value = String(config.irisX);
    irisY.select.value = String(config.irisY);
    irisBox.hidden = config.dataset !== "iris";
  }

  function setPlaying(playing: boolean): void {
    play.textContent = playing ? "❚❚" : "▶";
    play.setAttribute("aria-label", playing ? "Pause" : "Play");
    play.classList.toggle("playing", playing);
  }

  function setThumbnails(all: Record<DatasetName, Thumbnail>): void {
    for (const [name, canvas] of thumbs) {
      const t = all[name];
      drawPoints(canvas, { points: t.points, labels: t.labels, isTrain: new Uint8Array(t.labels.length).fill(1), classes: t.classes, extent: 1.1, showTest: true, radius: 1.4, ring: false });
    }
  }

  function setStatus(text: string): void {
    status.textContent = text;
  }

  return { bar, data, epoch, sync, setPlaying, setThumbnails, setStatus };
}
