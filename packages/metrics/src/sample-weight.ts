import { show } from "./labels.js";

/**
 * Checks `sampleWeight` (one finite number per sample) and copies it to a `Float64Array`;
 * `undefined` stays `undefined` (every sample weighs 1).
 * @throws TypeError when it is not an array of numbers; RangeError for a wrong length or a non-finite weight.
 */
export function checkSampleWeight(op: string, sampleWeight: ArrayLike<number> | undefined, n: number): Float64Array | undefined {
  if (sampleWeight === undefined) return undefined;
  if (sampleWeight === null || typeof sampleWeight !== "object" || typeof sampleWeight.length !== "number") {
    throw new TypeError(`${op}: sampleWeight must be an array of numbers. Received: sampleWeight=${String(sampleWeight)}.`);
  }
  if (sampleWeight.length !== n) {
    throw new RangeError(`${op}: sampleWeight must have one weight per sample. Received: sampleWeight.length=${sampleWeight.length}, samples=${n}.`);
  }
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = sampleWeight[i];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new RangeError(`${op}: sampleWeight must hold finite numbers. Received: sampleWeight[${i}]=${show(v)}.`);
    }
    w[i] = v;
  }
  return w;
}
