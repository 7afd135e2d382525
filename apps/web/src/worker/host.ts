import type { PlaygroundConfig } from "../state/config.js";
import type { DatasetView, FromWorker, LossPoint, Snapshot, ToWorker } from "./protocol.js";

/** One training run: the worker host drives it; `session.ts` builds it on backprop's packages. */
export interface TrainingSession {
  readonly epoch: number;
  dataset(): DatasetView;
  /** Trains one epoch and returns its losses (train loss over the whole training set, after the epoch). */
  runEpoch(): LossPoint;
  snapshot(losses: LossPoint[]): Snapshot;
  /** Why training stopped, when the library stopped it (e.g. a finite divergence names its likely cause). */
  readonly stopMessage?: string | undefined;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface Scheduler {
  /** Runs `fn` soon, after pending messages (the worker uses `setTimeout(fn, 0)`). */
  later(fn: () => void): void;
  now(): number;
}

export interface HostOptions {
  post(message: FromWorker): void;
  createSession(config: PlaygroundConfig): TrainingSession;
  scheduler: Scheduler;
  /** Milliseconds of training per tick before a snapshot goes out (about one 60 fps frame). */
  budgetMs?: number;
}

/**
 * The worker's message logic, free of `self` so it runs in Node tests: `configure`/`reset` build a
 * session and send the data set and a first snapshot; `play` trains epochs in ticks of about
 * `budgetMs`, posting one snapshot per tick; `pause` stops after the current epoch; `step` trains
 * exactly one epoch. A run whose loss stops being finite pauses with an error message.
 */
export function createHost({ post, createSession, scheduler, budgetMs = 16 }: HostOptions) {
  let config: PlaygroundConfig | null = null;
  let session: TrainingSession | null = null;
  let playing = false;
  let generation = 0;

  const setPlaying = (value: boolean) => {
    if (playing !== value) post({ type: "status", playing: value });
    playing = value;
  };

  const start = (next: PlaygroundConfig) => {
    generation++;
    setPlaying(false);
    config = next;
    try {
      session = createSession(next);
    } catch (error) {
      session = null;
      post({ type: "error", message: (error as Error).message });
      return;
    }
    post({ type: "dataset", dataset: session.dataset() });
    post({ type: "snapshot", snapshot: session.snapshot([]) });
  };

  /** Trains up to `maxEpochs`; returns false (after reporting) when the loss diverged or training threw. */
  const train = (current: TrainingSession, maxEpochs: number, deadline: number): boolean => {
    const losses: LossPoint[] = [];
    let healthy = true;
    try {
      for (let i = 0; i < maxEpochs; i++) {
        const point = current.runEpoch();
        losses.push(point);
        if (!Number.isFinite(point.train) || !Number.isFinite(point.test)) {
          healthy = false;
          break;
        }
        if (scheduler.now() >= deadline) break;
      }
      post({ type: "snapshot", snapshot: current.snapshot(losses) });
    } catch (error) {
      // A failure inside training must not leave the page showing "playing" forever.
      generation++;
      setPlaying(false);
      post({ type: "error", message: `Training stopped: ${(error as Error).message}` });
      return false;
    }
    if (!healthy) {
      setPlaying(false);
      post({
        type: "error",
        message: current.stopMessage !== undefined
          ? `${capitalized(current.stopMessage.replace(/^fit: /, ""))} Reset to start again.`
          : `Training diverged at epoch ${current.epoch} (the loss is no longer a finite number). Try a smaller learning rate, then reset.`,
      });
    }
    return healthy;
  };

  const tick = (token: number) => {
    if (!playing || token !== generation || session === null) return;
    if (train(session, Number.POSITIVE_INFINITY, scheduler.now() + budgetMs)) {
      scheduler.later(() => tick(token));
    }
  };

  function receive(message: ToWorker): void {
    if (message.type === "configure") return start(message.config);
    if (session === null || config === null) {
      post({ type: "error", message: `worker: "${message.type}" needs a configuration first. Received: no "configure" message yet.` });
      return;
    }
    switch (message.type) {
      case "reset":
        return start(config);
      case "play":
        if (playing) return;
        setPlaying(true);
        scheduler.later(() => tick(generation));
        return;
      case "pause":
        generation++;
        return setPlaying(false);
      case "step":
        generation++;
        setPlaying(false);
        train(session, 1, Number.POSITIVE_INFINITY);
        return;
    }
  }

  return { receive };
}
