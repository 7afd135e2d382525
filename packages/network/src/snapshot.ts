import type { Matrix } from "@backprop/linalg";
import type { Layer } from "@backprop/layers";

/** Which kind of value {@link WeightSnapshot.firstNonFinite} found. */
export interface NonFinite {
  value: number;
  /** `"weight"` for a trainable parameter, `"statistic"` for layer state (BatchNorm's running statistics). */
  kind: "weight" | "statistic";
}

/**
 * A copy of every parameter's value and every layer's state (BatchNorm's running statistics),
 * refreshed without allocating, that can be put back.
 */
export class WeightSnapshot {
  private readonly live: Matrix[];
  /** `live[i]` for `i < weights` is a parameter value; the rest is layer state. */
  private readonly weights: number;
  private readonly copies: Matrix[];
  /** `[‖W‖²]` over the parameters (not layer state), as {@link measureSquaredNorm} last left it: a slot, so reading it boxes no float. */
  readonly squaredNorm = new Float64Array(1);

  constructor(layers: readonly Layer[]) {
    const values = layers.flatMap((layer) => layer.params().map((p) => p.value));
    this.live = [...values, ...layers.flatMap((layer) => layer.state?.() ?? [])];
    this.weights = values.length;
    this.copies = this.live.map((m) => m.clone());
  }

  /** The first NaN or ±Infinity among the live values, or `undefined` when all are finite. */
  firstNonFinite(): NonFinite | undefined {
    for (let i = 0; i < this.live.length; i++) {
      const d = (this.live[i] as Matrix).data;
      for (let k = 0; k < d.length; k++) {
        const v = d[k] as number;
        if (!Number.isFinite(v)) return { value: v, kind: i < this.weights ? "weight" : "statistic" };
      }
    }
    return undefined;
  }

  /**
   * Stores the parameters' `‖W‖²` in {@link squaredNorm}. Once per epoch (the divergence rules),
   * not in the per-batch finiteness scan, which runs every step.
   */
  measureSquaredNorm(): void {
    let sum = 0;
    for (let i = 0; i < this.weights; i++) {
      const d = (this.live[i] as Matrix).data;
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
    for (let i = 0; i < this.live.length; i++) (this.copies[i] as Matrix).copyFrom(this.live[i] as Matrix);
  }

  /** Puts the saved values back. */
  restore(): void {
    for (let i = 0; i < this.live.length; i++) (this.live[i] as Matrix).copyFrom(this.copies[i] as Matrix);
  }
}
