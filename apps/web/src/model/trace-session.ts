import { Matrix } from "@backprop/linalg";
import type { Sequential } from "@backprop/network";
import { setParameter, type ParameterEdit } from "./trace-edit.js";
import { targetRow, tracePoint, type PointTrace } from "./trace.js";
import type { PreparedData } from "./prepare-data.js";

/** What a session offers the step-through panel and the weight editor. */
export interface Inspection {
  /** The step-through of training point `point` (its row in the data set) on the model as it is now. */
  trace(point: number): PointTrace;
  /** Sets one weight or bias; training goes on from there. */
  setParameter(edit: ParameterEdit): void;
}

/**
 * The inspection half of a session: `afterEdit` lets the session re-measure its losses once a
 * weight changed, so the next snapshot shows the edited network's loss.
 */
export function createInspection(model: Sequential, data: PreparedData, outputs: number, afterEdit: () => void): Inspection {
  return {
    trace(point: number): PointTrace {
      const { labels, isTrain } = data.view;
      if (!Number.isInteger(point) || point < 0 || point >= labels.length) {
        throw new RangeError(`trace: point must be an integer in [0, ${labels.length - 1}]. Received: point=${String(point)}.`);
      }
      if (isTrain[point] !== 1) throw new RangeError(`trace: point must be a training point. Received: point=${point}, a test point.`);
      const cols = data.xAll.cols;
      const x = new Matrix(1, cols, data.xAll.data.slice(point * cols, (point + 1) * cols));
      // Regression points carry their target value; class labels become a one-hot (or 0/1) row.
      const targets = data.view.targets;
      const y = targets ? new Matrix(1, 1, Float64Array.of(targets[point]!)) : targetRow(labels[point]!, outputs);
      return tracePoint(model, x, y, point);
    },
    setParameter(edit: ParameterEdit): void {
      setParameter(model, edit);
      afterEdit();
    },
  };
}
