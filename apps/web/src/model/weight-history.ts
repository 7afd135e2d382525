import type { Sequential } from "@backprop/network";
import type { LossPoint } from "../worker/protocol.js";

/** Every weight and bias of the model, in `params()` order, copied into one array. */
export function captureWeights(model: Sequential): Float64Array {
  const params = model.params();
  const out = new Float64Array(params.reduce((n, p) => n + p.value.data.length, 0));
  let at = 0;
  for (const p of params) {
    out.set(p.value.data, at);
    at += p.value.data.length;
  }
  return out;
}

/** Runs `fn` with `weights` (from {@link captureWeights}) in the model, then puts its own back, bit for bit. */
export function withWeights<T>(model: Sequential, weights: Float64Array, fn: () => T): T {
  const own = captureWeights(model);
  const load = (from: Float64Array) => {
    let at = 0;
    for (const p of model.params()) {
      p.value.data.set(from.subarray(at, at + p.value.data.length));
      at += p.value.data.length;
    }
  };
  load(weights);
  try {
    return fn();
  } finally {
    load(own);
  }
}

/** One kept moment of a run: the weights after `losses.epoch` epochs and the losses measured then. */
export interface WeightFrame {
  losses: LossPoint;
  weights: Float64Array;
}

/** Frames kept at most: memory is `MAX_FRAMES × parameters × 8` bytes (about 0.5 MB for 6 layers of 8). */
export const MAX_FRAMES = 200;

/**
 * Weight snapshots along a run with bounded memory: every `stride`-th epoch is kept (epoch 0
 * included); when more than {@link MAX_FRAMES} are held, every other one is dropped and the stride
 * doubles, so the frames stay evenly spaced over the whole run — `stride` is the smallest power of
 * two that fits the run into `MAX_FRAMES` frames.
 */
export class WeightHistory {
  private frames: WeightFrame[] = [];
  private strideNow = 1;

  constructor(readonly maxFrames = MAX_FRAMES) {}

  get stride(): number {
    return this.strideNow;
  }

  get size(): number {
    return this.frames.length;
  }

  /** Epochs held, oldest first. */
  epochs(): number[] {
    return this.frames.map((f) => f.losses.epoch);
  }

  /** Offers the state after `losses.epoch` epochs; `weights` is called only when the frame is kept. */
  offer(losses: LossPoint, weights: () => Float64Array): void {
    if (losses.epoch % this.strideNow !== 0) return;
    this.frames.push({ losses, weights: weights() });
    while (this.frames.length > this.maxFrames) {
      this.strideNow *= 2;
      this.frames = this.frames.filter((f) => f.losses.epoch % this.strideNow === 0);
    }
  }

  /** The latest frame at or before `epoch` (the first frame for anything earlier). */
  at(epoch: number): WeightFrame | undefined {
    let found = this.frames[0];
    for (const frame of this.frames) {
      if (frame.losses.epoch > epoch) break;
      found = frame;
    }
    return found;
  }
}
