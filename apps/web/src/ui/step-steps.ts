import { h } from "./dom.js";
import { column, eq, fmt, mat, vec } from "./step-tables.js";
import type { DenseTrace, PointTrace } from "../model/trace.js";

/** One screen of the step-through: its heading, the weight layer to highlight, and its equations. */
export interface Step {
  title: string;
  /** Weight layer whose links and units light up (null: none). */
  layer: number | null;
  body: HTMLElement;
}

export interface StepContext {
  /** Names of the network's inputs (the active features). */
  inputNames: string[];
  classNames: string[];
  batchSize: number;
  /** The dropout rate training uses (the trace runs the network as at prediction time, without it). */
  dropout?: number;
}

const ACTIVATIONS: Record<string, string> = { tanh: "tanh", relu: "ReLU", sigmoid: "σ", leakyRelu: "leaky ReLU", linear: "identity", softmax: "softmax" };
const LOSSES: Record<string, string> = { binaryCrossEntropy: "binary cross-entropy", categoricalCrossEntropy: "categorical cross-entropy", mse: "squared error", mae: "absolute error", huber: "Huber loss" };
const OPTIMIZERS: Record<string, string> = { sgd: "SGD", momentum: "SGD with momentum", nesterov: "Nesterov momentum", adam: "Adam", adamw: "AdamW", rmsprop: "RMSprop", adagrad: "Adagrad" };

const note = (text: string) => h("p", { class: "step-note" }, text);

/** The class the output `a` predicts, as `predictClasses` decides it: `p > 0.5` for one unit, else the largest. */
export function predictedClass(a: number[]): number {
  if (a.length === 1) return a[0]! > 0.5 ? 1 : 0;
  return a.reduce((best, v, k) => (v > a[best]! ? k : best), 0);
}

function layerName(trace: PointTrace, l: number): string {
  return l === trace.layers.length - 1 ? "output layer" : `layer ${l + 1}`;
}

function forwardSteps(trace: PointTrace, ctx: StepContext): Step[] {
  return trace.layers.flatMap((layer, l): Step[] => {
    const name = layerName(trace, l);
    const f = ACTIVATIONS[layer.activation] ?? layer.activation;
    const input = l === 0 ? `x (the inputs: ${ctx.inputNames.join(", ")})` : `x (layer ${l}'s output a)`;
    const steps: Step[] = [
      { title: `Forward, ${name}: z = x·W + b`, layer: l, body: h("div", {}, eq(vec("x", layer.x), "·", mat("W", layer.W, true), "+", vec("b", layer.b), "=", vec("z", layer.z)),
        note(`${input} times the weights, one column per neuron, plus each neuron's bias.`)) },
      { title: `Forward, ${name}: a = ${f}(z)`, layer: l, body: h("div", {}, eq(vec("z", layer.z), "→", vec("a", layer.a))) },
    ];
    if (l === trace.layers.length - 1) steps[1]!.body.append(prediction(layer, ctx));
    return steps;
  });
}

function prediction(out: DenseTrace, ctx: StepContext): HTMLElement {
  const k = predictedClass(out.a);
  const p = out.a.length === 1 ? (k === 1 ? out.a[0]! : 1 - out.a[0]!) : out.a[k]!;
  return h("p", { class: "step-prediction", id: "step-prediction", "data-class": k },
    `Prediction: ${ctx.classNames[k] ?? `class ${k}`} (probability ${fmt(p)}).`);
}

function lossStep(trace: PointTrace): Step {
  const out = trace.layers.at(-1)!;
  const name = LOSSES[trace.lossName] ?? trace.lossName;
  const body = h("div", {}, eq(vec("a", out.a), "vs", vec("y", trace.target)),
    h("p", { class: "step-loss" }, `ℓ = ${name}(a, y) = `, h("span", { title: String(trace.loss), "data-value": String(trace.loss) }, fmt(trace.loss))));
  if (trace.penalty > 0) body.append(note(`The objective adds the regularization penalty ${fmt(trace.penalty)} (over all weights, not this point).`));
  return { title: `Loss: ℓ = ${name}(a, y)`, layer: null, body };
}

function backwardSteps(trace: PointTrace): Step[] {
  const steps: Step[] = [];
  for (let l = trace.layers.length - 1; l >= 0; l--) {
    const layer = trace.layers[l]!;
    const name = layerName(trace, l);
    const f = ACTIVATIONS[layer.activation] ?? layer.activation;
    if (layer.dA === null) {
      steps.push({ title: `Backward, ${name}: dZ = a − y`, layer: l, body: h("div", {}, eq(vec("a", layer.a), "−", vec("y", trace.target), "=", vec("dZ", layer.dZ)),
        note(`${f} followed by cross-entropy: their derivatives cancel into a − y, so the loss's gradient with respect to z needs no division by a(1 − a).`)) });
    } else {
      const from = l === trace.layers.length - 1 ? "dA = ∂ℓ/∂a, the loss's gradient" : `dA = the ${layerName(trace, l + 1)}'s dX`;
      steps.push({ title: `Backward, ${name}: dZ = dA ⊙ ${f}′(z)`, layer: l, body: h("div", {}, eq(vec("dA", layer.dA), "⊙", `${f}′(z)`, "=", vec("dZ", layer.dZ)),
        note(`${from}, times the activation's slope at z, element by element.`)) });
    }
    const penalized = layer.dW.some((row, i) => row.some((v, j) => v !== layer.xTdZ[i]![j]));
    const dW = penalized
      ? h("div", {}, eq(column("xᵀ", layer.x), "·", vec("dZ", layer.dZ), "=", mat("xᵀ·dZ", layer.xTdZ, true)), eq("+ penalty gradient =", mat("dW", layer.dW, true)))
      : h("div", {}, eq(column("xᵀ", layer.x), "·", vec("dZ", layer.dZ), "=", mat("dW", layer.dW, true)));
    dW.append(note("Each weight's gradient is the input it multiplies times the gradient of the neuron it feeds."));
    steps.push({ title: `Backward, ${name}: dW = xᵀ·dZ`, layer: l, body: dW });
    steps.push({ title: `Backward, ${name}: db = dZ`, layer: l, body: h("div", {}, eq(vec("dZ", layer.dZ), "=", vec("db", layer.db)), note("A bias adds 1× to its neuron's z, so its gradient is that neuron's dZ.")) });
    if (layer.dX !== null) {
      steps.push({ title: `Backward, ${name}: dX = dZ·Wᵀ`, layer: l, body: h("div", {}, eq(vec("dZ", layer.dZ), "·", mat("Wᵀ", transpose(layer.W)), "=", vec("dX", layer.dX)),
        note(`The gradient sent down to layer ${l}'s outputs: what its dA will be.`)) });
    }
  }
  return steps;
}

function transpose(m: number[][]): number[][] {
  return (m[0] ?? []).map((_, j) => m.map((row) => row[j]!));
}

function updateSteps(trace: PointTrace, ctx: StepContext): Step[] {
  const { name, learningRate, step } = trace.optimizer;
  const opt = OPTIMIZERS[name] ?? name;
  return trace.layers.map((layer, l): Step => {
    const delta = layer.newW.map((row, i) => row.map((w, j) => w - layer.W[i]![j]!));
    const body = h("div", {},
      eq(mat("W", layer.W, true), "+", mat("ΔW", delta, true), "=", mat("W after", layer.newW, true)),
      eq(vec("b", layer.b), "→", vec("b after", layer.newB)),
      note(name === "sgd" ? `SGD: W − η·dW with η = ${learningRate}.` : `${opt} at learning rate ${learningRate}, its step ${step}: it scales dW by what it remembers of earlier gradients.`),
      h("p", { class: "step-batch" }, `Real training averages the gradient over a batch of ${ctx.batchSize} point${ctx.batchSize === 1 ? "" : "s"} before each step; this shows one point's gradient alone, and nothing is applied to the network.` +
        (ctx.dropout ? ` Training also drops ${Math.round(ctx.dropout * 100)} % of the hidden units at random; this walk-through uses them all, as a prediction does.` : "")));
    return { title: `Update, ${layerName(trace, l)}: one ${opt} step`, layer: l, body };
  });
}

/** The whole walk: forward layer by layer, the loss, backward from the output down, then the optimizer's update. */
export function buildSteps(trace: PointTrace, ctx: StepContext): Step[] {
  return [...forwardSteps(trace, ctx), lossStep(trace), ...backwardSteps(trace), ...updateSteps(trace, ctx)];
}
