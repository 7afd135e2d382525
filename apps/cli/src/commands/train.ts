import type { Command } from "./command.js";
import { trainSpec } from "./train-spec.js";
import { loadData, csvFlags } from "../data/load-data.js";
import { isTablePipeline } from "../engine/preprocessing.js";
import { accuracy } from "../engine/targets.js";
import { classifierHead } from "../engine/classifier-head.js";
import { predict } from "../engine/train-network.js";
import { runReport, trainWithProgress, type EpochLine } from "../engine/train-with-progress.js";
import type { LayerPlan, OptimizerPlan, TrainingPlan, TrainingRun } from "../engine/types.js";
import { saveModel } from "../engine/model-file.js";
import { assertBoundaryPlottable, writePlots } from "../output/plots.js";
import { plotFormat } from "../output/png.js";
import { terminalCharts } from "../output/terminal-charts.js";
import { Output } from "../output/output.js";
import { interruptSignal } from "../io/interrupt.js";
import { pyFixed } from "../format/python-format.js";
import { EXIT, UsageError } from "../errors.js";
import { DATASET_NAMES } from "./shared-flags.js";
import { checkValidationRows, trainingSettings } from "./train-options.js";
import { interruptedAt, trainingLines, trainingReport } from "./train-report.js";
import { assertDistinctPaths, type NamedPath } from "../io/path-collisions.js";
import { besidePath } from "../io/beside-path.js";
import { checkLimit, denseParamCount } from "../limits.js";
import { divergenceMessage, keptWeights, type CauseFlags } from "../engine/divergence-message.js";
import type { DivergenceReport, Sequential } from "@backprop/network";
import { MIN_ROWS_TO_SPLIT, checkTaskFlags, targetColumnName, prepareTraining, regressionPlan, reportFit, splitRows, type TrainContext } from "./train-data.js";
import { crossValidate } from "./train-cv.js";

/** The network and training settings the flags describe, for `inputSize` features and `nClasses` classes. */
function planFrom(flags: Record<string, unknown>, inputSize: number, nClasses: number): TrainingPlan {
  const activation = flags.activation as LayerPlan["activation"];
  const init = activation === "relu" || activation === "leakyRelu" ? "he" : "xavier";
  const hidden: LayerPlan[] = (flags.layers as number[]).map((units) => ({ units, activation, init }));
  const { output, loss } = classifierHead(nClasses);
  return {
    inputSize,
    layers: [...hidden, output],
    loss: (flags.loss as TrainingPlan["loss"] | undefined) ?? loss,
    optimizer: flags.optimizer as OptimizerPlan,
    learningRate: flags.lr as number,
    epochs: flags.epochs as number,
    batchSize: flags.batchSize as number,
    shuffle: true,
    l2: flags.l2 as number,
    dropout: flags.dropout as number,
    seed: flags.seed as number,
    // --batch-norm, --schedule, --clip-norm, --weight-decay, --metrics, --validation-split, --early-stopping.
    ...trainingSettings(flags),
  };
}

/** `epoch  100/1000  loss 0.049246`: ten lines a run, the last epoch always among them. */
function epochLineEvery(epochs: number): EpochLine {
  const every = Math.max(1, Math.round(epochs / 10));
  const width = String(epochs).length;
  return (epoch, loss) => {
    const n = epoch + 1;
    return n % every === 0 || n === epochs ? `epoch ${String(n).padStart(width)}/${epochs}  loss ${pyFixed(loss, 6)}` : undefined;
  };
}

/** `final loss 0.001298, train accuracy 100.00%, test accuracy 100.00% (0.3s)`. */
function finalLine(run: TrainingRun, trainAccuracy: number, testAccuracy: number | null): string {
  const finalLoss = run.loss.at(-1);
  const test = testAccuracy === null ? "" : `, test accuracy ${pyFixed(testAccuracy * 100, 2)}%`;
  return `final loss ${finalLoss === undefined ? "n/a" : pyFixed(finalLoss, 6)}, train accuracy ${pyFixed(trainAccuracy * 100, 2)}%${test} (${run.seconds.toFixed(1)}s)`;
}

/** The outputs `train` writes and the file it reads, refused up front when two of them are one file. */
function checkPaths(f: Record<string, unknown>): void {
  const outputs: NamedPath[] = (["save", "plotLoss", "plotBoundary"] as const)
    .filter((k) => f[k] !== undefined)
    .map((k) => [`--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, f[k] as string]);
  // A diverged run writes beside --save instead (reportDivergence): that file must not be another output or the data.
  if (f.save !== undefined) outputs.splice(1, 0, ["--save's divergence copy", besidePath(f.save as string, "diverged")]);
  const data = f.data as string;
  const inputs: NamedPath[] = (DATASET_NAMES as readonly string[]).includes(data) ? [] : [["--data", data]];
  assertDistinctPaths("train", outputs, inputs);
  for (const [flag, path] of outputs) if (flag.startsWith("--plot-")) plotFormat("train", flag, path);
}

/** The size limits that need only the flags: epochs and each layer's width. */
function checkFlagLimits(f: Record<string, unknown>): void {
  checkLimit("train", `--epochs=${String(f.epochs)}`, f.epochs as number, "epochs");
  const layers = f.layers as number[];
  for (const units of layers) checkLimit("train", `--layers=${layers.join(",")}`, units, "units");
}

/** The limits that need the data too: classes, input width and the network's parameter count. */
function checkDataLimits(f: Record<string, unknown>, source: string, inputSize: number, nClasses: number): void {
  checkLimit("train", `--data=${source} with ${nClasses} classes`, nClasses, "classes");
  checkLimit("train", `--data=${source} with ${inputSize} features`, inputSize, "units");
  const outputs = nClasses === 2 ? 1 : nClasses;
  const layers = f.layers as number[];
  const params = denseParamCount([inputSize, ...layers, outputs]);
  checkLimit("train", `--layers=${layers.join(",")} (a ${[inputSize, ...layers, outputs].join("-")} network)`, params, "params");
}

/**
 * After a divergence: when `--save` was given, saves the last healthy weights beside its path
 * (`keep.json` → `keep.diverged.json`, saying so), never over it, so a good model already there
 * is not lost; then throws the one-line error naming what was seen and the likely cause.
 * @throws UsageError always.
 */
function reportDivergence(d: DivergenceReport, run: TrainingRun, f: Record<string, unknown>, out: Output, save: (path: string) => void): never {
  const path = f.save as string | undefined;
  if (path !== undefined) {
    const beside = besidePath(path, "diverged");
    save(beside);
    out.note(`Saved the last healthy weights to ${beside}: ${keptWeights(d, run.loss)}, not a trained model (${path} is left as it was).`);
  }
  throw new UsageError(divergenceMessage(d, f as unknown as CauseFlags));
}

/** `backprop train`: fit a classifier or a regression, report its fit, optionally save it and plot it. */
export const trainCommand: Command = {
  spec: trainSpec,
  async run(args, io) {
    const f = args.flags;
    const out = new Output(io.stdout, io.stderr, Boolean(f.json));
    checkPaths(f);
    checkFlagLimits(f);
    // --- data, task and preprocessing (issue 13) ---
    const data = await loadData("train", f.data as string, csvFlags("train", f));
    const ctx: TrainContext = prepareTraining(f, data, (text) => out.note(text));
    const { supervised } = ctx;
    const nClasses = supervised.task === "classification" ? supervised.classNames.length : 2;
    checkTaskFlags(f, supervised);
    checkLimit("train", `--data=${data.source} with ${nClasses} classes`, nClasses, "classes");
    if (f.cv !== undefined) return crossValidate(f, data, ctx, out, planFrom);
    const tooFewToSplit = data.rows < MIN_ROWS_TO_SPLIT && (f.testSize as number) > 0;
    if (tooFewToSplit) out.line(`${data.source} has only ${data.rows} rows: training on all of them, with no test split.`);
    const { prepared, features } = splitRows(f, data, ctx, tooFewToSplit ? 0 : (f.testSize as number));
    const { train, test } = prepared;
    checkDataLimits(f, data.source, train.x.cols, nClasses);
    if (f.plotBoundary !== undefined) assertBoundaryPlottable(train.x.cols);
    checkValidationRows(f, train.x.rows);
    const plan = regressionPlan(f, supervised, planFrom(f, train.x.cols, nClasses));
    // --- end of data, task and preprocessing ---
    const sizes = [plan.inputSize, ...plan.layers.map((l) => l.units)].join("-");
    // Listen for Ctrl-C before the first line, so an early one still stops cleanly.
    const { signal, dispose } = interruptSignal();
    out.line(`Training ${sizes} (${f.activation}, ${plan.layers.at(-1)?.activation}) on ${data.source}: ${train.x.rows} train / ${test?.x.rows ?? 0} test rows, ${plan.optimizer} lr ${plan.learningRate}, batch ${plan.batchSize}, ${plan.epochs} epochs, seed ${plan.seed}`);
    const { model, run } = await trainWithProgress(plan, { x: train.x, targets: train.targets }, out, signal, epochLineEvery(plan.epochs), true, ctx.classWeight).finally(dispose);
    const saveTo = (path: string, m: Sequential): void => saveModel(path, m, { features: prepared.features, target: prepared.target, featureNames: features, classNames: supervised.task === "classification" ? supervised.classNames : undefined, targetName: targetColumnName(data, supervised) });
    if (run.divergence) reportDivergence(run.divergence, run, f, out, (path) => saveTo(path, model));
    if (run.interrupted) out.line(`Interrupted at ${interruptedAt(run, plan.epochs)}: reporting the model as it stands.`);
    const classifier = supervised.task === "classification";
    const trainAccuracy = classifier ? accuracy(predict(model, train.x), train.labels) : Number.NaN;
    const testAccuracy = classifier && test ? accuracy(predict(model, test.x), test.labels) : null;
    const fit = reportFit(model, prepared, supervised, out, run, classifier ? finalLine(run, trainAccuracy, testAccuracy) : undefined);
    trainingLines(run).forEach((l) => out.line(l));
    const save = f.save as string | undefined;
    if (save !== undefined) {
      saveTo(save, model);
      out.line(`Saved the model to ${save}`);
    }
    const plots = await writePlots({
      lossPath: f.plotLoss as string | undefined,
      boundaryPath: f.plotBoundary as string | undefined,
      loss: run.loss,
      model,
      train,
      test,
      featureNames: features,
      classNames: classifier ? supervised.classNames : [],
      scaler: prepared.features !== undefined && !isTablePipeline(prepared.features) ? prepared.features : undefined,
    });
    plots.forEach((p) => out.line(`Wrote ${p}`));
    const charted = classifier ? train : undefined;
    if (run.loss.length > 0) out.terminalOnly((columns, colors) => terminalCharts(run.loss, model, charted, columns, classifier ? supervised.classNames : undefined, colors > 0));
    out.result({
      data: data.source,
      task: supervised.task,
      layers: [plan.inputSize, ...plan.layers.map((l) => l.units)],
      ...runReport(run, trainAccuracy, testAccuracy),
      ...(classifier ? {} : { trainAccuracy: null }),
      ...fit,
      ...trainingReport(run),
      model: save ?? null,
      plots,
    });
    return run.interrupted ? EXIT.interrupted : EXIT.ok;
  },
};
