import { RandomState } from "@backprop/linalg";
import { gradientCheck } from "@backprop/network";
import type { Command } from "./command.js";
import { jsonFlag, seedFlag } from "./shared-flags.js";
import { buildModel } from "../engine/build-model.js";
import { classifierHead } from "../engine/classifier-head.js";
import { targetMatrix } from "../engine/targets.js";
import type { LayerPlan, TrainingPlan } from "../engine/types.js";
import { Output } from "../output/output.js";
import { EXIT } from "../errors.js";
import { checkLimit, denseParamCount, limitsHelp } from "../limits.js";

/** The limits `gradcheck` checks before it builds anything: widths, rows, classes and parameters. */
function checkGradcheckLimits(f: Record<string, unknown>): void {
  const layers = f.layers as number[];
  for (const units of layers) checkLimit("gradcheck", `--layers=${layers.join(",")}`, units, "units");
  checkLimit("gradcheck", `--features=${String(f.features)}`, f.features as number, "units");
  checkLimit("gradcheck", `--classes=${String(f.classes)}`, f.classes as number, "classes");
  checkLimit("gradcheck", `--samples=${String(f.samples)}`, f.samples as number, "rows");
  const classes = f.classes as number;
  const sizes = [f.features as number, ...layers, classes === 2 ? 1 : classes];
  checkLimit("gradcheck", `--layers=${layers.join(",")} (a ${sizes.join("-")} network)`, denseParamCount(sizes), "gradcheckParams");
}

/** The small random network `gradcheck` checks: one full-batch step's worth of settings. */
function gradcheckPlan(flags: Record<string, unknown>): TrainingPlan {
  const activation = flags.activation as LayerPlan["activation"];
  const hidden: LayerPlan[] = (flags.layers as number[]).map((units) => ({ units, activation, init: "xavier" }));
  const { output, loss } = classifierHead(flags.classes as number);
  return {
    inputSize: flags.features as number,
    layers: [...hidden, output],
    loss,
    optimizer: "sgd",
    learningRate: 0.1,
    epochs: 1,
    shuffle: false,
    l2: flags.l2 as number,
    dropout: 0,
    seed: flags.seed as number,
  };
}

/** `backprop gradcheck`: backpropagation's gradients against central differences, parameter by parameter. */
export const gradcheckCommand: Command = {
  spec: {
    name: "gradcheck",
    summary: "Check backpropagation against finite differences on a small random network.",
    flags: [
      { name: "layers", kind: "integers", min: 1, default: [5, 4], valueName: "sizes", description: "Hidden layer sizes." },
      { name: "activation", kind: "choice", choices: ["tanh", "sigmoid", "relu", "leakyRelu"], default: "tanh", description: "Hidden layers' activation." },
      { name: "features", kind: "integer", min: 1, default: 4, valueName: "n", description: "Input columns." },
      { name: "classes", kind: "integer", min: 2, default: 3, valueName: "n", description: "Classes (2: sigmoid + BCE, more: softmax + CE)." },
      { name: "samples", kind: "integer", min: 1, default: 10, valueName: "n", description: "Random rows to check on." },
      { name: "l2", kind: "number", min: 0, default: 0, valueName: "lambda", description: "L2 penalty, included in the checked objective." },
      { name: "epsilon", kind: "number", min: 0, exclusiveMin: true, default: 1e-5, valueName: "h", description: "Finite-difference step." },
      { name: "tolerance", kind: "number", min: 0, exclusiveMin: true, default: 1e-6, valueName: "x", description: "Largest relative error that passes." },
      seedFlag,
      jsonFlag,
    ],
    examples: ["backprop gradcheck", "backprop gradcheck --layers 8,8 --activation sigmoid --classes 2 --l2 0.01", "backprop gradcheck --json"],
    notes: [
      "Relative error per entry: |analytic − numeric| / max(|analytic| + |numeric|, 1e-8), numeric =",
      "(L(θ + h) − L(θ − h)) / 2h. Exit code 0 when every parameter passes, 1 otherwise. relu's kink",
      "at 0 can fail a check by chance; tanh and sigmoid are smooth.",
      ...limitsHelp(),
    ],
  },
  async run(args, io) {
    const f = args.flags;
    const out = new Output(io.stdout, io.stderr, Boolean(f.json));
    checkGradcheckLimits(f);
    const plan = gradcheckPlan(f);
    const model = buildModel(plan);
    const rng = new RandomState(f.seed as number);
    const x = rng.randn(f.samples as number, plan.inputSize);
    const labels = Int32Array.from({ length: x.rows }, () => rng.randint(0, f.classes as number));
    const tolerance = f.tolerance as number;
    const results = gradientCheck(model, x, targetMatrix(labels, f.classes as number), { loss: plan.loss, epsilon: f.epsilon as number });
    const sizes = [plan.inputSize, ...plan.layers.map((l) => l.units)].join("-");
    out.line(`Gradient check of a ${sizes} net (${f.activation}, ${plan.layers.at(-1)?.activation}), ${plan.loss}, ${x.rows} random rows, h = ${f.epsilon}`);
    const width = Math.max(...results.map((r) => r.name.length));
    const rows = results.map((r) => ({ ...r, passed: r.maxRelativeError <= tolerance }));
    for (const r of rows) {
      out.line(`${r.name.padEnd(width)}  ${String(r.size).padStart(4)} values  max relative error ${r.maxRelativeError.toExponential(2)}  ${r.passed ? "ok" : "FAILED"}`);
    }
    const passed = rows.every((r) => r.passed);
    out.line(passed ? `passed: every parameter within ${tolerance}` : `failed: ${rows.filter((r) => !r.passed).length} parameter(s) above ${tolerance}`);
    out.result({ passed, tolerance, epsilon: f.epsilon, parameters: rows });
    return passed ? EXIT.ok : EXIT.internal;
  },
};
