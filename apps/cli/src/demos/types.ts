import type { Matrix } from "@backprop/linalg";
import type { TrainingPlan } from "../engine/types.js";

/** A demo's data: features, targets as the loss wants them, and integer labels for accuracy. */
export interface DemoSplit {
  x: Matrix;
  targets: Matrix;
  labels: Int32Array;
}

/** What a finished demo hands its `summary` lines. */
export interface DemoOutcome {
  loss: number[];
  /** Network output on the training inputs, then on the test inputs (if any). */
  trainOutput: Matrix;
  testOutput?: Matrix;
  train: DemoSplit;
  test?: DemoSplit;
  trainAccuracy: number;
  testAccuracy: number | null;
}

/** One runnable demo: a tutorial's network, data and printed lines. */
export interface DemoDefinition {
  name: string;
  /** Where it comes from and what it trains, printed as the heading. */
  title: string;
  data(): { train: DemoSplit; test?: DemoSplit };
  plan(inputSize: number, seed: number): TrainingPlan;
  /** Lines the tutorial prints before training. */
  intro: readonly string[];
  /** The tutorial's progress line for an epoch (0-based), or `undefined` on epochs it stays silent. */
  epochLine(epoch: number, loss: number, epochs: number): string | undefined;
  /** Lines the tutorial prints after training. */
  summary(outcome: DemoOutcome): string[];
}
