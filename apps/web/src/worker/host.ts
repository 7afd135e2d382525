import type { PlaygroundConfig } from "../state/config.js";
import { liveSettings, recordChange, settingsAt, type LiveSettings } from "../state/live.js";
import { WeightHistory } from "../model/weight-history.js";
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
  /**
   * True once the library has stopped the run (it diverged and the kept weights were put back):
   * `runEpoch` then trains nothing and returns the kept weights' losses at the same epoch.
   */
  readonly stopped?: boolean;
  /** Puts `settings` in force from the next batch on, without a reset (the optimizer keeps its state). */
  applyLive(settings: LiveSettings): void;
  /** A copy of every weight and bias now (for replay). */
  weights(): Float64Array;
  /** The pictures with `weights` (from {@link weights}) in the network; the run itself is untouched. */
  snapshotWith(weights: Float64Array): Snapshot;
  /** The model now as a file to download. */
  exportFile(format: "model" | "onnx", epoch: number): Promise<{ fileName: string; data: string | Uint8Array }>;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface Scheduler {
  /** Runs `fn` after `ms` milliseconds (0: soon, after pending messages; the worker uses `setTimeout`). */
  later(fn: () => void, ms?: number): void;
  now(): number;
}

export interface HostOptions {
  post(message: FromWorker): void;
  createSession(config: PlaygroundConfig): TrainingSession;
  scheduler: Scheduler;
  /** Milliseconds of training per tick (about one 60 fps frame). */
  budgetMs?: number;
  /**
   * While playing, at most one snapshot per this many milliseconds (their losses accumulate, so
   * the curve still gets every epoch): each snapshot costs the page a deserialisation and a
   * redraw, and the page thread must stay free. Pause, step, replay and export send what is left.
   */
  snapshotMs?: number;
}

/** Snapshots per second while playing: 20 (10 at "max"), enough for a smooth picture, light for the page. */
export const SNAPSHOT_MS = 50;

/** One frame of TF Playground's pace, 60 per second. */
export const FRAME_MS = 1000 / 60;
/** Epochs per frame a run starts with: TF Playground's pace, slow enough to watch the boundary form. */
export const DEFAULT_EPOCHS_PER_FRAME = 1;

/**
 * The worker's message logic, free of `self` so it runs in Node tests: `configure`/`reset` build a
 * session and send the data set and a first snapshot; `play` trains in ticks — `epochsPerFrame`
 * epochs per 1/60 s (`speed`), or with `speed` null as many as fit in `budgetMs` — posting one
 * snapshot per tick; `pause` stops after the current epoch; `step` trains exactly one epoch. A run
 * whose loss stops being finite pauses with an error message. `live` changes the running session
 * at its next batch and records the change (sent back as `recorded`, for the URL); the recorded
 * changes of a configured run are applied at their epochs as it trains. The weights are kept along
 * the run (a bounded {@link WeightHistory}) for `replay`; `export` serialises the model.
 *
 * Each run carries the page's id (`run` in `configure`/`reset`), and every message about a run
 * says which: the page drops those of a run it has moved on from. A setup that cannot be built is
 * answered by `refused`, and the run in force goes on. A diverged run stays stopped: Play and Step
 * repeat why, until a reset or a new setup.
 */
export function createHost({ post, createSession, scheduler, budgetMs = 16, snapshotMs = SNAPSHOT_MS }: HostOptions) {
  let config: PlaygroundConfig | null = null;
  let session: TrainingSession | null = null;
  /** The page's id of the run in force (-1: none yet), and the last `live` message's seq. */
  let run = -1;
  let seq = 0;
  /** Why the last setup could not be built, while no run is in force. */
  let refusal: string | null = null;
  /** The notice of a diverged run: it trains no more. */
  let diverged: string | null = null;
  let playing = false;
  let generation = 0;
  let epochsPerFrame: number | null = DEFAULT_EPOCHS_PER_FRAME;
  let history = new WeightHistory();
  /** Epochs trained since the last snapshot went out, and when it went. */
  let pending: LossPoint[] = [];
  let postedAt = Number.NEGATIVE_INFINITY;

  const postSnapshot = (current: TrainingSession) => {
    post({ type: "snapshot", snapshot: current.snapshot(pending), run });
    pending = [];
    postedAt = scheduler.now();
  };
  /** Sends the epochs not shown yet, so the page shows the state the worker is in. */
  const flush = () => {
    if (session !== null && pending.length > 0) postSnapshot(session);
  };

  const setPlaying = (value: boolean) => {
    if (playing !== value) post({ type: "status", playing: value });
    playing = value;
  };

  /** Builds run `id`; when it cannot be built, says why and keeps the run in force (returns false). */
  const start = (next: PlaygroundConfig, id: number): boolean => {
    let current: TrainingSession;
    try {
      current = createSession(next);
    } catch (error) {
      const message = (error as Error).message;
      if (session === null) refusal = message;
      post({ type: "refused", run: id, message, inForce: session !== null && config !== null ? { run, config } : null });
      return false;
    }
    generation++;
    setPlaying(false);
    config = next;
    run = id;
    session = current;
    refusal = diverged = null;
    history = new WeightHistory();
    pending = [];
    post({ type: "dataset", dataset: current.dataset(), run });
    const first = current.snapshot([]);
    history.offer({ epoch: 0, train: first.trainLoss, test: first.testLoss }, () => current.weights());
    post({ type: "snapshot", snapshot: first, run });
    return true;
  };

  const record = (initial: LiveSettings, epoch: number, patch: Partial<LiveSettings>) =>
    post({ type: "recorded", initial, changes: config?.changes ?? [], epoch, patch, run, seq });

  /** Trains up to `maxEpochs`; returns false (after reporting) when the loss diverged or training threw. */
  const train = (current: TrainingSession, maxEpochs: number, deadline: number, always = false): boolean => {
    const losses = pending;
    let healthy = true;
    try {
      for (let i = 0; i < maxEpochs; i++) {
        // A recorded change applies after its epoch, before the next batch.
        if (config !== null && config.changes.length > 0) current.applyLive(settingsAt(config, current.epoch));
        const point = current.runEpoch();
        // A stopped run trained nothing, and a non-finite loss is no point on the curve.
        if (current.stopped === true || !Number.isFinite(point.train) || !Number.isFinite(point.test)) {
          healthy = false;
          break;
        }
        losses.push(point);
        history.offer(point, () => current.weights());
        if (scheduler.now() >= deadline) break;
      }
      // At full speed pictures go out half as often: the worker then holds a core, and the page
      // thread must get by on what is left.
      const every = epochsPerFrame === null ? 2 * snapshotMs : snapshotMs;
      if (always || !healthy || scheduler.now() - postedAt >= every) postSnapshot(current);
    } catch (error) {
      // A failure inside training must not leave the page showing "playing" forever.
      generation++;
      setPlaying(false);
      post({ type: "error", message: `Training stopped: ${(error as Error).message}` });
      return false;
    }
    if (!healthy) {
      setPlaying(false);
      diverged = current.stopMessage !== undefined
        ? `${capitalized(current.stopMessage.replace(/^fit: /, ""))} Reset to start again.`
        : `Training diverged at epoch ${current.epoch} (the loss is no longer a finite number). Try a smaller learning rate, then reset.`;
      post({ type: "error", message: diverged });
    }
    return healthy;
  };

  const tick = (token: number) => {
    if (!playing || token !== generation || session === null) return;
    const started = scheduler.now();
    if (train(session, epochsPerFrame ?? Number.POSITIVE_INFINITY, started + budgetMs)) {
      const wait = epochsPerFrame === null ? 0 : Math.max(0, FRAME_MS - (scheduler.now() - started));
      scheduler.later(() => tick(token), wait);
    }
  };

  const pause = () => {
    generation++;
    setPlaying(false);
    flush();
  };

  const replay = (current: TrainingSession, epoch: number) => {
    pause();
    const frame = history.at(epoch);
    if (frame === undefined) return;
    const snapshot = current.snapshotWith(frame.weights);
    post({ type: "replay", requested: epoch, run, snapshot: { ...snapshot, epoch: frame.losses.epoch, losses: [], trainLoss: frame.losses.train, testLoss: frame.losses.test } });
  };

  const exportFile = (current: TrainingSession, format: "model" | "onnx") => {
    flush();
    // Serialised now (the model as it is at this epoch); only the ONNX writer's loading waits.
    const file = current.exportFile(format, current.epoch);
    file.then(
      (done) => post({ type: "export", format, ...done }),
      (error: unknown) => post({ type: "error", message: `The ${format === "onnx" ? "ONNX" : "model"} file could not be written: ${(error as Error).message}` }),
    );
  };

  /** Play and Step on a diverged run: it trains no more, so say so again instead of counting empty epochs. */
  const refuseDiverged = (): boolean => {
    if (diverged === null) return false;
    post({ type: "error", message: `This run diverged, so Play and Step do not train it: lower the learning rate, then press Reset. ${diverged}` });
    return true;
  };

  function receive(message: ToWorker): void {
    if (message.type === "configure") return void start(message.config, message.run ?? run + 1);
    if (message.type === "speed") {
      epochsPerFrame = message.epochsPerFrame;
      return;
    }
    if (session === null || config === null) {
      post({
        type: "error",
        message: refusal !== null
          ? `There is no run to ${message.type}: the setup could not be built. ${refusal}`
          : `worker: "${message.type}" needs a configuration first. Received: no "configure" message yet.`,
      });
      return;
    }
    switch (message.type) {
      case "reset": {
        // A new run from epoch 0 with the settings in force now; the recorded changes are forgotten.
        if (start({ ...config, ...settingsAt(config, session.epoch), changes: [] }, message.run ?? run + 1)) record(liveSettings(config), 0, {});
        return;
      }
      case "live": {
        if (message.seq !== undefined) seq = message.seq;
        // Made for another run (one this worker refused or has left): not this run's change.
        if (message.run !== undefined && message.run !== run) return;
        flush();
        const epoch = session.epoch;
        config = recordChange(config, epoch, message.patch);
        session.applyLive(settingsAt(config, epoch));
        return record(liveSettings(config), epoch, message.patch);
      }
      case "play":
        if (playing || refuseDiverged()) return;
        setPlaying(true);
        scheduler.later(() => tick(generation));
        return;
      case "pause":
        return pause();
      case "step":
        pause();
        if (!refuseDiverged()) train(session, 1, Number.POSITIVE_INFINITY, true);
        return;
      case "replay":
        return replay(session, message.epoch);
      case "export":
        return exportFile(session, message.format);
    }
  }

  return {
    receive,
    /** The page's id of the run in force (-1 before the first). */
    get run(): number {
      return run;
    },
  };
}
