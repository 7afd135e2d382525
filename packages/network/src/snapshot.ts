import type { Matrix, Param } from "@backprop/linalg";

/** A copy of every parameter's value, refreshed without allocating, that can be put back. */
export class WeightSnapshot {
  private readonly copies: Matrix[];

  constructor(private readonly params: readonly Param[]) {
    this.copies = params.map((p) => p.value.clone());
  }

  /** Copies the current values into the snapshot. */
  save(): void {
    for (let i = 0; i < this.params.length; i++) (this.copies[i] as Matrix).copyFrom((this.params[i] as Param).value);
  }

  /** Puts the saved values back into the parameters. */
  restore(): void {
    for (let i = 0; i < this.params.length; i++) (this.params[i] as Param).value.copyFrom(this.copies[i] as Matrix);
  }
}
