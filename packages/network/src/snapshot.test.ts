import { describe, expect, it } from "vitest";
import { Matrix, RandomState } from "@backprop/linalg";
import { BatchNorm, Dense, type Layer } from "@backprop/layers";
import { WeightSnapshot } from "./snapshot.js";

/** A Dense (weights, bias) and a BatchNorm (gamma, beta; running mean and variance as state). */
function layers(): [Dense, BatchNorm] {
  return [new Dense(2, 3, { activation: "linear", rng: new RandomState(0) }), new BatchNorm(3)];
}
const values = (ls: readonly Layer[]): number[] => ls.flatMap((l) => [...l.params().map((p) => p.value), ...(l.state?.() ?? [])]).flatMap((m) => Array.from(m.data));
/** Sets every live value (parameters and state) to `f(k)`, k counting across them. */
function fill(ls: readonly Layer[], f: (k: number) => number): void {
  let k = 0;
  for (const m of ls.flatMap((l) => [...l.params().map((p) => p.value), ...(l.state?.() ?? [])])) for (let i = 0; i < m.data.length; i++) m.data[i] = f(k++);
}

describe("WeightSnapshot", () => {
  it("save copies parameters and layer state; restore puts them back; a non-finite value is not saved", () => {
    const ls = layers();
    const snap = new WeightSnapshot(ls);
    const start = values(ls);
    fill(ls, (k) => k);
    expect(snap.save()).toBe(true);
    fill(ls, () => 7);
    snap.restore();
    expect(values(ls)).toEqual(start.map((_, k) => k));
    (ls[1].state()[0] as Matrix).data[1] = Number.NaN;
    expect(snap.firstNonFinite()).toEqual({ value: Number.NaN, kind: "statistic" });
    expect(snap.save()).toBe(false);
  });

  it("stage measures ‖W‖² over the parameters only and leaves the saved copy alone until keepStaged", () => {
    const ls = layers();
    const snap = new WeightSnapshot(ls, { staged: true });
    const start = values(ls);
    fill(ls, () => 2);
    snap.stage();
    // Dense 2×3 + 3, BatchNorm gamma 3 + beta 3: 15 parameters of 2 (the 6 running statistics are not counted).
    expect(snap.squaredNorm[0]).toBe(15 * 4);
    snap.restore();
    expect(values(ls)).toEqual(start);
  });

  it("keepStaged(true) confirms the pending copy (the one staged before) as saved; keepStaged(false) drops it", () => {
    const ls = layers();
    const snap = new WeightSnapshot(ls, { staged: true });
    const start = values(ls);
    const n = start.length;
    const epoch = (e: number, confirm: boolean): void => {
      fill(ls, () => e);
      snap.stage();
      snap.keepStaged(confirm);
    };
    epoch(1, true); // saved: the initial values (the first pending copy); pending: 1
    fill(ls, () => 0);
    snap.restore();
    expect(values(ls)).toEqual(start);
    epoch(2, true); // saved: 1, pending: 2
    epoch(3, false); // 2 dropped; saved: 1, pending: 3
    snap.restore();
    expect(values(ls)).toEqual(new Array<number>(n).fill(1));
    epoch(4, true); // saved: 3, pending: 4
    epoch(5, true); // saved: 4 (three rotations: no buffer is shared by two roles)
    snap.restore();
    expect(values(ls)).toEqual(new Array<number>(n).fill(4));
  });
});
