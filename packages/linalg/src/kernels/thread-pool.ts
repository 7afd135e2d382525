import type { WasmRuntime } from "./wasm-runtime.js";
import { MAX_AUTO_THREADS, settings } from "./settings.js";

/**
 * Worker threads that share the WebAssembly memory and each run gemm.wat over a range of C's
 * tiles. The control block is Int32 words at the start of the memory: the job's generation, the
 * count of workers done, the pool's epoch, the job's operands, each worker's ready flag and slot.
 * A tile is summed by one thread only, in the same order as on one thread: the same bits.
 */
const GEN = 0, DONE = 1, EPOCH = 2, JOB = 4, READY = 64, SLOT = 128; // JOB … JOB+9: gemm's operands
/** Bytes before the operands: the control block, then 128 bytes of scratch per thread. */
export const HEADER_BYTES = 16384;
export const SCRATCH = 4096;
const MAX_WORKERS = 63;

/**
 * Runs in each worker (Node `worker_threads` or a browser `Worker`); plain JS, as a string, so the
 * bundle itself imports no Node built-in: only a Node worker evaluates its `require`.
 */
const workerSource = (): string => `"use strict";
function run(d) {
  const { gemm } = new WebAssembly.Instance(d.module, { env: { memory: d.memory } }).exports;
  const w = new Int32Array(d.memory.buffer, 0, ${HEADER_BYTES / 4});
  const slot = ${SLOT} + 8 * d.index;
  let seen = Atomics.load(w, ${GEN});
  Atomics.store(w, ${READY} + d.index, d.epoch);
  for (;;) {
    Atomics.wait(w, ${GEN}, seen);
    const gen = Atomics.load(w, ${GEN});
    if (Atomics.load(w, ${EPOCH}) !== d.epoch) return;
    if (gen === seen) continue;
    seen = gen;
    if (Atomics.load(w, slot) !== gen) continue;
    try {
      gemm(w[${JOB}], w[${JOB + 1}], w[${JOB + 2}], w[${JOB + 3}], w[${JOB + 4}], w[${JOB + 5}],
        w[${JOB + 6}], w[${JOB + 7}], w[${JOB + 8}], w[${JOB + 9}],
        w[slot + 1], w[slot + 2], w[slot + 3], w[slot + 4], ${SCRATCH} + 128 * (d.index + 1));
    } finally {
      Atomics.add(w, ${DONE}, 1);
      Atomics.notify(w, ${DONE});
    }
  }
}
if (typeof require === "function") run(require("worker_threads").workerData);
else self.onmessage = (e) => run(e.data);
`;

interface WorkerHandle {
  terminate(): unknown;
}
interface Pool {
  /** The threads asked for (the workers that started may be fewer). */
  threads: number;
  workers: WorkerHandle[];
  words: Int32Array;
  epoch: number;
}

let pool: Pool | null = null;
let epoch = 0;

type Host = {
  process?: { versions?: { node?: string }; getBuiltinModule?: (id: string) => unknown };
  crossOriginIsolated?: boolean;
  navigator?: { hardwareConcurrency?: number };
  document?: unknown;
  Worker?: new (url: string) => WorkerHandle & { postMessage(data: unknown): void };
};
const host = globalThis as Host;
function onNode(): boolean {
  return host.process?.versions?.node !== undefined;
}

type NodeWorkers = { Worker: new (src: string, options: object) => WorkerHandle & { unref(): void } };
/** Node's built-in modules by name, looked up once each (the lookup allocates). */
const builtins = /* @__PURE__ */ new Map<string, unknown>();
function nodeBuiltin<T>(id: string): T | undefined {
  if (!builtins.has(id)) builtins.set(id, host.process?.getBuiltinModule?.(id));
  return builtins.get(id) as T | undefined;
}

/** The threads "auto" means here: every core where workers and shared memory exist, else 1. */
export function autoThreads(): number {
  let cores = 1;
  if (onNode()) cores = nodeBuiltin<{ availableParallelism(): number }>("node:os")?.availableParallelism() ?? 1;
  else if (host.crossOriginIsolated === true) cores = host.navigator?.hardwareConcurrency ?? 1;
  return Math.max(1, Math.min(MAX_AUTO_THREADS, cores));
}

/** threadsInUse's answer for a shared memory, worked out once per version of the settings. */
let resolved = 0;
let seenVersion = 0;

/**
 * The threads large products use under the current settings, on this host. A change of settings
 * also ends the pool: the next large product starts one of the new size.
 */
export function threadsInUse(rt: WasmRuntime | null): number {
  if (seenVersion !== settings.version) {
    seenVersion = settings.version;
    resolved = 0;
    stopThreads();
  }
  if (rt === null || !rt.shared) return 1;
  if (resolved === 0) resolved = resolveThreads();
  return resolved;
}

function resolveThreads(): number {
  if (onNode() && nodeBuiltin("node:worker_threads") === undefined) return 1;
  if (!onNode() && (host.Worker === undefined || host.crossOriginIsolated !== true)) return 1;
  return Math.min(MAX_WORKERS + 1, settings.threads === 0 ? autoThreads() : settings.threads);
}

function spawn(rt: WasmRuntime, index: number, poolEpoch: number): WorkerHandle | null {
  const data = { module: rt.module, memory: rt.memory, index, epoch: poolEpoch };
  if (onNode()) {
    const wt = nodeBuiltin<NodeWorkers>("node:worker_threads");
    if (wt === undefined) return null;
    const worker = new wt.Worker(workerSource(), { eval: true, workerData: data });
    worker.unref(); // an idle pool never keeps the process alive
    return worker;
  }
  if (host.Worker === undefined) return null;
  const url = URL.createObjectURL(new Blob([workerSource()], { type: "text/javascript" }));
  const worker = new host.Worker(url);
  worker.postMessage(data);
  return worker;
}

/** The pool for `threads` threads (the caller being one), started on first use. */
export function threadPool(rt: WasmRuntime, threads: number): Pool | null {
  if (pool !== null && pool.threads === threads) return pool;
  stopThreads();
  const words = new Int32Array(rt.memory.buffer, 0, HEADER_BYTES / 4);
  const poolEpoch = ++epoch;
  Atomics.store(words, EPOCH, poolEpoch);
  const workers: WorkerHandle[] = [];
  for (let i = 0; i < threads - 1; i++) {
    let worker: WorkerHandle | null = null;
    try {
      worker = spawn(rt, workers.length, poolEpoch);
    } catch {
      // No more threads to be had (a resource limit, a sandbox): run on those that started.
    }
    if (worker === null) break;
    workers.push(worker);
  }
  pool = { threads, workers, words, epoch: poolEpoch };
  return pool;
}

/** How many of the pool's workers have started (0 without a pool): for tests and benchmarks. */
export function readyWorkers(): number {
  if (pool === null) return 0;
  let ready = 0;
  for (let i = 0; i < pool.workers.length; i++) if (Atomics.load(pool.words, READY + i) === pool.epoch) ready++;
  return ready;
}

/** Ends the pool's workers (they also end with the process: the pool never keeps it alive). */
export function stopThreads(): void {
  if (pool === null) return;
  const { words, workers } = pool;
  pool = null;
  Atomics.store(words, EPOCH, ++epoch);
  Atomics.add(words, GEN, 1);
  Atomics.notify(words, GEN);
  for (const worker of workers) void worker.terminate();
}

/**
 * `⌊strips·part / parts⌋`, the first strip of share `part`, in integer steps only: a fraction
 * would be a boxed number in the not yet optimised code that runs the first few hundred calls.
 */
function share(strips: number, part: number, parts: number): number {
  const x = strips * part;
  return (x - (x % parts)) / parts;
}

/**
 * `gemm.wat` over all of C, split between this thread and the pool's ready workers: C's row
 * strips (or column strips, when there are more of those) in contiguous ranges, one per thread.
 * Returns whether it was split (not when no worker has started yet, or C has too few strips).
 */
export function parallelGemm(
  rt: WasmRuntime, p: Pool, ap: number, aStrip: number, aStep: number, bp: number, bStrip: number, bStep: number,
  c: number, m: number, n: number, k: number,
): boolean {
  const w = p.words;
  const mS = (m + 3) >> 2, nS = (n + 3) >> 2;
  let ready = 0;
  for (let i = 0; i < p.workers.length; i++) if (Atomics.load(w, READY + i) === p.epoch) ready++;
  const parts = ready + 1, byRows = mS >= nS, strips = byRows ? mS : nS;
  if (ready === 0 || strips < parts) {
    rt.gemm(ap, aStrip, aStep, bp, bStrip, bStep, c, m, n, k, 0, mS, 0, nS, SCRATCH);
    return false;
  }
  const gen = (Atomics.load(w, GEN) + 1) | 0;
  w[JOB] = ap; w[JOB + 1] = aStrip; w[JOB + 2] = aStep; w[JOB + 3] = bp; w[JOB + 4] = bStrip;
  w[JOB + 5] = bStep; w[JOB + 6] = c; w[JOB + 7] = m; w[JOB + 8] = n; w[JOB + 9] = k;
  Atomics.store(w, DONE, 0);
  let part = 1;
  for (let i = 0; i < p.workers.length; i++) {
    const slot = SLOT + 8 * i;
    if (part === parts) break;
    if (Atomics.load(w, READY + i) !== p.epoch) continue;
    const s0 = share(strips, part, parts), s1 = share(strips, part + 1, parts);
    part++;
    w[slot + 1] = byRows ? s0 : 0; w[slot + 2] = byRows ? s1 : mS;
    w[slot + 3] = byRows ? 0 : s0; w[slot + 4] = byRows ? nS : s1;
    Atomics.store(w, slot, gen);
  }
  Atomics.store(w, GEN, gen);
  Atomics.notify(w, GEN);
  const own = share(strips, 1, parts);
  rt.gemm(ap, aStrip, aStep, bp, bStrip, bStep, c, m, n, k, 0, byRows ? own : mS, 0, byRows ? nS : own, SCRATCH);
  // A page's main thread may not block in Atomics.wait: it spins (its share took about as long).
  const canWait = onNode() || host.document === undefined;
  for (let done = Atomics.load(w, DONE); done < ready; done = Atomics.load(w, DONE)) {
    if (canWait) Atomics.wait(w, DONE, done, 1000);
  }
  return true;
}
