import { kFold, stratifiedKFold } from "@backprop/data";
import type { Dataset } from "../data/dataset.js";
import { allRows } from "../data/dataset.js";
import { prepareSplit, type PreparedSplit } from "../engine/prepare.js";
import type { ScaleName, UnknownName } from "../engine/preprocessing.js";
import { predictedClasses } from "../engine/targets.js";
import { predict, trainNetwork } from "../engine/train-network.js";
import { classificationScores, meanAndStd, regressionScores } from "../engine/fit-report.js";
import { divergenceMessage, type CauseFlags } from "../engine/divergence-message.js";
import type { TrainingPlan, TrainingRun } from "../engine/types.js";
import type { Sequential } from "@backprop/network";
import { saveModel } from "../engine/model-file.js";
import type { Output } from "../output/output.js";
import { interruptSignal } from "../io/interrupt.js";
import { EXIT, UsageError } from "../errors.js";
import { interruptedAt } from "./train-report.js";
import { inputNames, targetColumnName, regressionPlan, regressionPredictions, type TrainContext } from "./train-data.js";

type PlanFrom = (flags: Record<string, unknown>, inputSize: number, nClasses: number) => TrainingPlan;

const LABELS: Record<string, string> = { accuracy: "accuracy", balancedAccuracy: "balanced accuracy", f1: "f1 (macro)", r2: "R²", mae: "MAE", rmse: "RMSE" };

function scoreLine(scores: Record<string, number>): string {
  return Object.entries(scores).map(([k, v]) => `${LABELS[k] ?? k} ${v.toFixed(4)}`).join("  ");
}

/** Trains one fold's network (no epoch lines; Ctrl-C stops the run). */
async function trainFold(f: Record<string, unknown>, ctx: TrainContext, prepared: PreparedSplit, planFrom: PlanFrom, signal: AbortSignal) {
  const s = ctx.supervised;
  const nClasses = s.task === "classification" ? s.classNames.length : 2;
  const plan = regressionPlan(f, s, planFrom(f, prepared.train.x.cols, nClasses));
  const result = await trainNetwork(plan, { x: prepared.train.x, targets: prepared.train.targets }, { signal, reportDivergence: true, ...(ctx.classWeight ? { classWeight: ctx.classWeight } : {}) });
  if (result.run.divergence) throw new UsageError(divergenceMessage(result.run.divergence, f as unknown as CauseFlags, "in a cross-validation fold "));
  return result;
}

/**
 * `train --cv k`: k folds (stratified for a classifier; rows shuffled with `--seed`), the
 * preprocessing and the network fitted on each fold's training rows and scored on its held-out
 * rows; prints each fold and the mean ± std (`np.std`). With `--save`, then trains one model on
 * every row and saves it; Ctrl-C during that fit saves the model as it stands, as `train` does,
 * says so and exits 130.
 */
export async function crossValidate(f: Record<string, unknown>, data: Dataset, ctx: TrainContext, out: Output, planFrom: PlanFrom): Promise<number> {
  const k = f.cv as number;
  const s = ctx.supervised;
  const options = { nSplits: k, shuffle: true, randomState: f.seed as number };
  const folds = s.task === "classification" ? stratifiedKFold(s.y, options) : kFold(data.rows, options);
  const scale = f.scale as ScaleName;
  const unknown = f.unknown as UnknownName;
  out.line(`${k}-fold cross-validation${s.task === "classification" ? " (stratified)" : ""} on ${data.source}: ${data.rows} rows, ${f.epochs} epochs per fold, seed ${f.seed}`);
  // One listener for the folds and the final fit, so no Ctrl-C between them falls to Node's default.
  const { signal, dispose } = interruptSignal();
  const scores: Record<string, number>[] = [];
  let final: { model: Sequential; run: TrainingRun; prepared: PreparedSplit } | undefined;
  const save = f.save as string | undefined;
  try {
    for (const [i, fold] of folds.entries()) {
      const prepared = prepareSplit(data, s, fold.train, fold.test, scale, unknown);
      const { model, run } = await trainFold(f, ctx, prepared, planFrom, signal);
      if (run.interrupted) break;
      const test = prepared.test as NonNullable<PreparedSplit["test"]>;
      let fs: Record<string, number>;
      if (s.task === "classification") {
        const c = classificationScores(test.labels, predictedClasses(predict(model, test.x)), s.classNames.length);
        fs = { accuracy: c.accuracy, balancedAccuracy: c.balancedAccuracy, f1: c.f1 };
      } else {
        const r = regressionScores(test.values, regressionPredictions(model, prepared, test));
        fs = { r2: r.r2, mae: r.mae, rmse: r.rmse };
      }
      scores.push(fs);
      out.line(`fold ${i + 1}/${k}  ${test.x.rows} test rows  ${scoreLine(fs)}`);
    }
    summarize(scores, k, out);
    if (save !== undefined && scores.length === k) {
      const prepared = prepareSplit(data, s, allRows(data.rows), [], scale, unknown);
      final = { ...(await trainFold(f, ctx, prepared, planFrom, signal)), prepared };
    }
  } finally {
    dispose();
  }
  const interrupted = scores.length < k || final?.run.interrupted === true;
  if (final !== undefined && save !== undefined) {
    const { model, run, prepared } = final;
    if (run.interrupted) out.line(`Interrupted at ${interruptedAt(run, f.epochs as number)} of the final fit on all ${data.rows} rows: saving the model as it stands.`);
    saveModel(save, model, { features: prepared.features, target: prepared.target, featureNames: inputNames(prepared, data), classNames: s.task === "classification" ? s.classNames : undefined, targetName: targetColumnName(data, s) });
    out.line(run.interrupted ? `Saved the partly trained model (all ${data.rows} rows, ${run.epochsRun} of ${f.epochs as number} epochs) to ${save}` : `Saved the model (trained on all ${data.rows} rows) to ${save}`);
  }
  const { mean, std } = meanAndStd(scores);
  out.result({ data: data.source, task: s.task, cv: { folds: scores, mean, std }, interrupted, model: final !== undefined ? save : null });
  return interrupted ? EXIT.interrupted : EXIT.ok;
}

/** `mean ± std over 5 folds: accuracy 0.9776 ± 0.0112  …`, and a line when Ctrl-C stopped the folds. */
function summarize(scores: Record<string, number>[], k: number, out: Output): void {
  const { mean, std } = meanAndStd(scores);
  if (scores.length > 0) out.line(`mean ± std over ${scores.length} folds: ${Object.keys(mean).map((key) => `${LABELS[key] ?? key} ${(mean[key] as number).toFixed(4)} ± ${(std[key] as number).toFixed(4)}`).join("  ")}`);
  if (scores.length < k) out.line(`Interrupted after ${scores.length} of ${k} folds.`);
}
