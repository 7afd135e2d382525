import { expect } from "vitest";

export interface Tolerance {
  /** Relative tolerance (default 1e-12). */
  rtol?: number;
  /** Absolute tolerance (default 0). */
  atol?: number;
}

type Numbers = ArrayLike<number> | { data: ArrayLike<number> };

function values(x: Numbers): ArrayLike<number> {
  return "data" in x ? x.data : x;
}

/**
 * Asserts `|actual[i] − expected[i]| ≤ atol + rtol·|expected[i]|` element by element, reporting the
 * first index that fails with both values. Accepts arrays, typed arrays or anything with `data`
 * (a `Matrix`). Equal infinities pass; a NaN never does.
 * @example
 * expectClose([0.1 + 0.2], [0.3], { rtol: 1e-15 }); // passes
 */
export function expectClose(actual: Numbers | number, expected: Numbers | number, { rtol = 1e-12, atol = 0 }: Tolerance = {}): void {
  const a = typeof actual === "number" ? [actual] : values(actual);
  const e = typeof expected === "number" ? [expected] : values(expected);
  expect(a.length, "length").toBe(e.length);
  for (let i = 0; i < e.length; i++) {
    const ai = a[i] as number;
    const ei = e[i] as number;
    const ok = Math.abs(ai - ei) <= atol + rtol * Math.abs(ei) || ai === ei;
    if (!ok) {
      expect.fail(`index ${i}: actual ${ai} differs from expected ${ei} by ${Math.abs(ai - ei)} (rtol=${rtol}, atol=${atol})`);
    }
  }
}

/**
 * Largest relative difference `max |a − e| / max(|e|, tiny)` over all elements. A NaN anywhere
 * makes it `Infinity`, so a check `≤ tol` cannot pass on NaNs.
 * @throws RangeError when the arrays differ in length.
 * @example
 * maxRelativeError([1.1, 2], [1, 2]); // ≈ 0.1
 */
export function maxRelativeError(actual: ArrayLike<number>, expected: ArrayLike<number>): number {
  checkLengths("maxRelativeError", actual, expected);
  let worst = 0;
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i] as number;
    const d = Math.abs((actual[i] as number) - e) / Math.max(Math.abs(e), 1e-300);
    if (Number.isNaN(d)) return Infinity;
    if (d > worst) worst = d;
  }
  return worst;
}

/** @throws RangeError when two arrays that are compared entry by entry differ in length. */
export function checkLengths(where: string, a: ArrayLike<number>, b: ArrayLike<number>): void {
  if (a.length !== b.length) {
    throw new RangeError(`${where}: both arrays must have the same length. Received: lengths ${a.length} and ${b.length}.`);
  }
}
