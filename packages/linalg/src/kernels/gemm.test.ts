import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { gemm } from "./gemm.js";
import { setKernelOptions } from "./settings.js";
import { kernelInfo } from "./kernel-info.js";
import { readyWorkers } from "./thread-pool.js";
import { wasmCalls } from "./wasm-gemm.js";
import { RandomState } from "../random/random-state.js";

/** The textbook definition `Cᵢⱼ = Σₚ op(A)ᵢₚ·op(B)ₚⱼ`, reading elements one by one. */
function reference(transA: boolean, transB: boolean, m: number, n: number, k: number, a: Float64Array, b: Float64Array): Float64Array {
  const c = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) {
        const aip = transA ? (a[p * m + i] as number) : (a[i * k + p] as number);
        const bpj = transB ? (b[j * k + p] as number) : (b[p * n + j] as number);
        s += aip * bpj;
      }
      c[i * n + j] = s;
    }
  }
  return c;
}

/**
 * Each element as the packed path sums a product deeper than one packed block: blocks of KC = 256
 * terms, each summed from 0 in p order, added in turn to a total that starts at 0.
 */
function blockedReference(transA: boolean, transB: boolean, m: number, n: number, k: number, a: Float64Array, b: Float64Array): Float64Array {
  const c = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let total = 0;
      for (let p0 = 0; p0 < k; p0 += 256) {
        let s = 0;
        for (let p = p0; p < Math.min(k, p0 + 256); p++) {
          s += (transA ? (a[p * m + i] as number) : (a[i * k + p] as number)) * (transB ? (b[j * k + p] as number) : (b[p * n + j] as number));
        }
        total += s;
      }
      c[i * n + j] = total;
    }
  }
  return c;
}

/** Values in [−1, 1) that are multiples of 2⁻⁸, so every product and sum below is exact. */
function exactValues(length: number, seed: number): Float64Array {
  const out = new Float64Array(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out[i] = ((state >>> 16) % 512) / 256 - 1;
  }
  return out;
}

const VARIANTS: [boolean, boolean][] = [[false, false], [true, false], [false, true], [true, true]];

function check(m: number, n: number, k: number, seed: number): void {
  const a = exactValues(m * k, seed);
  const b = exactValues(k * n, seed + 1);
  for (const [ta, tb] of VARIANTS) {
    const c = new Float64Array(m * n).fill(Number.NaN); // must be overwritten, not accumulated into
    gemm(ta, tb, m, n, k, a, b, c);
    // Inputs on a 2⁻⁸ grid with k ≤ 600 keep every partial sum exact, so any order agrees.
    expect(Array.from(c), `transA=${ta} transB=${tb} m=${m} n=${n} k=${k}`).toEqual(Array.from(reference(ta, tb, m, n, k, a, b)));
  }
}

/**
 * Every kernel path runs the same checks: the JS kernels (the fallback), WebAssembly SIMD on one
 * thread, and WebAssembly SIMD split over two threads (its workers started before the checks).
 */
const MODES = [
  { name: "JS kernels", kernel: "js", threads: 1 },
  { name: "WebAssembly SIMD, 1 thread", kernel: "auto", threads: 1 },
  { name: "WebAssembly SIMD, 2 threads", kernel: "auto", threads: 2 },
] as const;

describe.each(MODES)("$name", ({ kernel, threads }) => {
  const before = { total: 0, threaded: 0 };
  beforeAll(async () => {
    setKernelOptions({ kernel, threads });
    if (threads > 1) {
      const a = new Float64Array(256 * 256);
      for (let tries = 0; readyWorkers() < threads - 1 && tries < 200; tries++) {
        gemm(false, false, 256, 256, 256, a, a, new Float64Array(256 * 256)); // starts the pool
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    }
    Object.assign(before, wasmCalls);
  });
  afterAll(() => {
    // The mode really ran: no silent fallback to JS, and the threads took part.
    expect(kernelInfo().kernel).toBe(kernel === "js" ? "js" : "wasm-simd");
    expect(wasmCalls.total > before.total).toBe(kernel !== "js");
    expect(wasmCalls.threaded > before.threaded).toBe(threads > 1);
    setKernelOptions({ kernel: "auto", threads: "auto" });
  });

  describe("gemm equals the textbook triple loop", () => {
    it("on degenerate shapes: 1×1, k = 0, empty outputs", () => {
      check(1, 1, 1, 1);
      check(3, 2, 0, 2); // k = 0: C is all zeros
      check(0, 5, 3, 3);
      check(4, 0, 3, 4);
    });

    it("on tall, wide, narrow and remainder shapes across the small/tall/blocked thresholds", () => {
      for (const [m, n, k] of [[1, 300, 17], [300, 1, 17], [17, 19, 23], [5, 7, 200], [33, 65, 129], [4, 4, 300], [32, 7, 7], [800, 4, 2], [31, 3, 3], [40, 1, 1], [64, 8, 3]]) {
        check(m as number, n as number, k as number, m as number);
      }
    });

    it("across every blocking boundary (rows past 128, depth past 256, columns past 512)", () => {
      check(131, 517, 261, 9);
    });

    it("on random shapes (property)", () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 70 }), fc.nat(), (m, n, k, seed) => {
          check(m, n, k, seed);
        }),
        { numRuns: 60 },
      );
    });
  });

  describe("gemm's paths sum in the same order", () => {
    // With arbitrary doubles the rounding depends on the order of the sum. The textbook loop adds
    // the k terms of Cᵢⱼ from p = 0 up; the small, tall and packed paths (while k ≤ KC = 256, one
    // packed block deep) must give the very same bits, so the path chosen never changes a result.
    it("bit for bit equal to the p-ordered sum on random doubles, for each path", () => {
      const rng = new RandomState(3);
      for (const [m, n, k] of [
        [3, 5, 7], [800, 4, 2], [64, 3, 7], [16, 16, 8], [40, 60, 200], [130, 9, 256],
        // tall blocks of widths 4+3, 2 and 1; 4×3 register tiles, whole and short in rows and
        // columns; under four rows, remainder columns in groups of four (and a short group)
        [40, 7, 3], [33, 2, 5], [32, 1, 7], [4, 3, 800], [5, 6, 30], [7, 5, 20], [4, 1, 9],
        [3, 1, 800], [2, 4, 800], [3, 6, 11],
      ]) {
        const a = rng.standardNormal((m as number) * (k as number));
        const b = rng.standardNormal((k as number) * (n as number));
        for (const [ta, tb] of VARIANTS) {
          const c = new Float64Array((m as number) * (n as number));
          gemm(ta, tb, m as number, n as number, k as number, a, b, c);
          expect(Array.from(c), `transA=${ta} transB=${tb} m=${m} n=${n} k=${k}`).toEqual(
            Array.from(reference(ta, tb, m as number, n as number, k as number, a, b)),
          );
        }
      }
    });
  });

  describe("deep products sum in blocks of 256 terms, on every path", () => {
    // Deeper than one packed block, the packed path adds each block's sum to Cᵢⱼ in turn; every
    // kernel (and every thread split, by rows or by columns) must keep exactly that order.
    it("bit for bit equal to the blocked sum on random doubles", () => {
      const rng = new RandomState(7);
      for (const [m, n, k] of [[64, 128, 784], [37, 41, 600], [8, 300, 520], [130, 70, 300], [5, 9, 1030]]) {
        const a = rng.standardNormal((m as number) * (k as number));
        const b = rng.standardNormal((k as number) * (n as number));
        for (const [ta, tb] of VARIANTS) {
          const c = new Float64Array((m as number) * (n as number)).fill(Number.NaN);
          gemm(ta, tb, m as number, n as number, k as number, a, b, c);
          expect(Array.from(c), `transA=${ta} transB=${tb} m=${m} n=${n} k=${k}`).toEqual(
            Array.from(blockedReference(ta, tb, m as number, n as number, k as number, a, b)),
          );
        }
      }
    });
  });
});
