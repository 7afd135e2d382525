import type { Layer } from "@backprop/layers";
import { firstNonFinite } from "@backprop/linalg";

/** Which kind of value {@link WeightSnapshot.firstNonFinite} found. */
export interface NonFinite {
  value: number;
  /** `"weight"` for a trainable parameter, `"statistic"` for layer state (BatchNorm's running statistics). */
  kind: "weight" | "statistic";
}

/**
 * A copy of every parameter's value and every layer's state (BatchNorm's running statistics) in
 * one flat preallocated buffer, refreshed without allocating, that can be put back. With
 * `{ staged: true }` it keeps two more buffers of the same size, a pending copy and a spare:
 * {@link stage} fills the spare (and measures `‖W‖²`) in one pass, and {@link keepStaged} makes
 * it the pending copy and, when asked, the pending copy the saved one, by rotating the three
 * buffers rather than copying: a copy can be taken before knowing whether it is worth keeping,
 * and kept only once a later look confirms it.
 */
export class WeightSnapshot {
  /** The live values' storage: `live[i]` for `i < weights` is a parameter's, the rest layer state's. */
  private readonly live: Float64Array[];
  private readonly weights: number;
  private saved: Float64Array;
  private pending: Float64Array;
  private spare: Float64Array;
  /** `[‖W‖²]` over the parameters (not layer state), as {@link measureSquaredNorm} or {@link stage} last left it: a slot, so reading it boxes no float. */
  readonly squaredNorm = new Float64Array(1);

  constructor(layers: readonly Layer[], options: { staged?: boolean } = {}) {
    const values = layers.flatMap((layer) => layer.params().map((p) => p.value.data));
    this.live = [...values, ...layers.flatMap((layer) => layer.state?.() ?? []).map((m) => m.data)];
    this.weights = values.length;
    const size = this.live.reduce((n, d) => n + d.length, 0);
    this.saved = new Float64Array(size);
    const staged = options.staged === true;
    this.pending = staged ? new Float64Array(size) : this.saved;
    this.spare = staged ? new Float64Array(size) : this.saved;
    this.copy();
    this.pending.set(this.saved);
  }

  /** The first NaN or ±Infinity among the live values, or `undefined` when all are finite. */
  firstNonFinite(): NonFinite | undefined {
    for (let i = 0; i < this.live.length; i++) {
      const d = this.live[i] as Float64Array;
      const k = firstNonFinite(d);
      if (k >= 0) return { value: d[k] as number, kind: i < this.weights ? "weight" : "statistic" };
    }
    return undefined;
  }

  /** Stores the parameters' `‖W‖²` in {@link squaredNorm} (without copying anything). */
  measureSquaredNorm(): void {
    let sum = 0;
    for (let i = 0; i < this.weights; i++) {
      const d = this.live[i] as Float64Array;
      for (let k = 0; k < d.length; k++) sum += (d[k] as number) * (d[k] as number);
    }
    this.squaredNorm[0] = sum;
  }

  /** Copies the current values into the snapshot; returns false (keeping the last copy) when one is not finite. */
  save(): boolean {
    if (this.firstNonFinite() !== undefined) return false;
    this.copy();
    return true;
  }

  /** Copies the current values into the snapshot without checking them (the caller just did). */
  copy(): void {
    let o = 0;
    for (const d of this.live) {
      this.saved.set(d, o);
      o += d.length;
    }
  }

  /**
   * Copies the current values into the spare buffer and their `‖W‖²` into {@link squaredNorm}, in
   * one pass over the weights (each value read once, for the sum and the copy). The saved copy is
   * and pending copies are untouched until {@link keepStaged}. Without `staged: true` this is
   * {@link copy} plus the norm.
   */
  stage(): void {
    const spare = this.spare;
    let o = 0;
    let sum = 0;
    for (let i = 0; i < this.live.length; i++) {
      const d = this.live[i] as Float64Array;
      if (i < this.weights) {
        for (let k = 0; k < d.length; k++) {
          const v = d[k] as number;
          spare[o + k] = v;
          sum += v * v;
        }
      } else {
        spare.set(d, o);
      }
      o += d.length;
    }
    this.squaredNorm[0] = sum;
  }

  /**
   * Makes the values {@link stage} copied the pending ones and, with `confirm`, the pending ones
   * the saved ones (without, the old pending copy is dropped): rotates the buffers, copies nothing.
   */
  keepStaged(confirm: boolean): void {
    const staged = this.spare;
    if (confirm) {
      this.spare = this.saved;
      this.saved = this.pending;
    } else {
      this.spare = this.pending;
    }
    this.pending = staged;
  }

  /** Puts the saved values back. */
  restore(): void {
    let o = 0;
    for (const d of this.live) {
      for (let k = 0; k < d.length; k++) d[k] = this.saved[o + k] as number;
      o += d.length;
    }
  }
}
