import type { Output } from "../output/output.js";
import { accuracy } from "../engine/targets.js";
import { predict } from "../engine/train-network.js";
import { runReport, trainWithProgress } from "../engine/train-with-progress.js";
import { terminalCharts } from "../output/terminal-charts.js";
import type { DemoDefinition } from "./types.js";

/** The JSON a demo reports (`backprop demo <name> --json`). */
export interface DemoReport {
  demo: string;
  seed: number;
  epochs: number;
  loss: number[];
  trainAccuracy: number;
  testAccuracy: number | null;
  seconds: number;
  interrupted: boolean;
}

/**
 * Trains one demo, printing its heading, the tutorial's lines as the epochs go by (plus the
 * progress bar on a terminal), its closing lines and, on a terminal, the loss chart.
 */
export async function runDemo(demo: DemoDefinition, seed: number, out: Output, signal: AbortSignal): Promise<DemoReport> {
  const { train, test } = demo.data();
  const plan = demo.plan(train.x.cols, seed);
  out.line(`== ${demo.title} (seed ${seed}) ==`);
  demo.intro.forEach((l) => out.line(l));
  const { model, run } = await trainWithProgress(plan, { x: train.x, targets: train.targets }, out, signal, (epoch, loss) =>
    demo.epochLine(epoch, loss, plan.epochs),
  );
  const trainOutput = predict(model, train.x);
  const testOutput = test ? predict(model, test.x) : undefined;
  const trainAccuracy = accuracy(trainOutput, train.labels);
  const testAccuracy = test && testOutput ? accuracy(testOutput, test.labels) : null;
  demo.summary({ loss: run.loss, train, test, trainOutput, testOutput, trainAccuracy, testAccuracy }).forEach((l) => out.line(l));
  out.terminalOnly((columns, colors) => terminalCharts(run.loss, model, train, columns, undefined, colors > 0));
  out.line();
  return { demo: demo.name, seed, ...runReport(run, trainAccuracy, testAccuracy) };
}
