import type { TrainingSession } from "./host.js";
import type { Inspection } from "../model/trace-session.js";
import type { FromWorker, ToWorker } from "./protocol.js";

export interface InspectorOptions {
  post(message: FromWorker): void;
  /** The session the host runs now (null before the first `configure`, or after a failed one). */
  session(): (TrainingSession & Inspection) | null;
  /** The id of the run in force, for the snapshots an edit sends. */
  run(): number;
}

/**
 * The worker's handling of the step-through and weight-edit messages, beside the host's: `trace`
 * answers with the point's trace; `setParameter` edits the running model and posts a snapshot of
 * it (training, paused or playing, goes on from the edited weights). `receive` returns false for
 * every other message, which then goes to the host.
 */
export function createInspector({ post, session, run }: InspectorOptions) {
  function receive(message: ToWorker): boolean {
    if (message.type !== "trace" && message.type !== "setParameter") return false;
    const current = session();
    if (current === null) {
      post({ type: "error", message: `worker: "${message.type}" needs a configuration first. Received: no running session.` });
      return true;
    }
    try {
      if (message.type === "trace") {
        post({ type: "trace", trace: current.trace(message.point) });
      } else {
        current.setParameter(message.edit);
        post({ type: "snapshot", snapshot: current.snapshot([]), run: run() });
      }
    } catch (error) {
      post({ type: "error", message: (error as Error).message });
    }
    return true;
  }
  return { receive };
}
