import type { WasmRuntime } from "./wasm-runtime.js";
import { MAX_AUTO_THREADS, settings } from "./settings.js";

/**
 * Worker threads that share the WebAssembly memory and run gemm.wat over ranges of C's tiles.
 * The control block is Int32 words at the start of the memory: the job's generation, the pool's
 * epoch, the job's operands, the claim word and the count of chunks done, each worker's ready
 * flag. A job's strips are cut into chunks that the threads claim one at a time (a
 * compare-and-swap on CLAIM, which holds the job's tag and the next chunk), so a thread that the
 * system has not scheduled simply gets fewer chunks, and a product never waits for a core that is
 * busy elsewhere. A tile is summed by one thread only, in the same order as on one thread: the
 * same bits, whoever takes which chunk.
 */
const GEN = 0, EPOCH = 2, CLAIM = 3, COMPLETED = 1, JOB = 4, READY = 64;
// JOB … JOB+9: gemm's operands; then the strips to share, the chunks, and whether C is cut by rows.
const STRIPS = JOB + 10, CHUNKS = JOB + 11, BY_ROWS = JOB + 12;
/** CLAIM = (job tag) · 2¹¹ + next chunk: at most 2,047 chunks, tags modulo 2¹⁹. */
const CHUNK_BITS = 11, CHUNK_MASK = (1 << CHUNK_BITS) - 1, TAG_MASK = (1 << 19) - 1;
/** Bytes before the operands: the control block, then 128 bytes of scratch per thread. */
export const HEADER_BYTES = 16384;
export const SCRATCH = 4096;
const MAX_WORKERS = 63;
/** Chunks per thread: enough for a thread that starts late to leave its share to the others. */
const CHUNKS_PER_THREAD = 4;
/**
 * How many times a thread polls before it sleeps in `Atomics.wait`: a worker after its job (for
 * the next one), the caller for the workers' last chunks. Waking from `Atomics.wait` took about
 * 0.1 ms here, as long as a chunk of a 64×784·784×128 product, and a training step hands out its
 * next large product well within 1 ms. POLLS loads of a shared word take about 1 ms in optimised
 * code (a count, not a clock: `performance.now()` returns a heap number, one allocation per look).
 * Polling took a 784-128-64-10 epoch on two threads from 0.236 s to 0.219 s (best of 4
 * interleaved runs each), for about 20% more CPU time; an idle pool still sleeps.
 */
const POLLS = 100_000;

/**
 * Claims and runs chunks of the current job (tagged `tag`) until none is left.
 * The worker source below carries the same loop, as text.
 */
function runChunks(w: Int32Array, gemm: WasmRuntime["gemm"], tag: number, tmp: number): void {
  for (;;) {
    const v = Atomics.load(w, CLAIM);
    if (v >>> CHUNK_BITS !== tag) return;
    const chunk = v & CHUNK_MASK, chunks = w[CHUNKS] as number;
    if (chunk >= chunks) return;
    if (Atomics.compareExchange(w, CLAIM, v, v + 1) !== v) continue;
    // The chunk is ours: the job cannot end, nor its operands change, before it is counted done.
    const strips = w[STRIPS] as number, byRows = w[BY_ROWS] === 1;
    const s0 = share(strips, chunk, chunks), s1 = share(strips, chunk + 1, chunks);
    const mS = ((w[JOB + 7] as number) + 3) >> 2, nS = ((w[JOB + 8] as number) + 3) >> 2;
    try {
      gemm(w[JOB] as number, w[JOB + 1] as number, w[JOB + 2] as number, w[JOB + 3] as number, w[JOB + 4] as number,
        w[JOB + 5] as number, w[JOB + 6] as number, w[JOB + 7] as number, w[JOB + 8] as number, w[JOB + 9] as number,
        byRows ? s0 : 0, byRows ? s1 : mS, byRows ? 0 : s0, byRows ? nS : s1, tmp);
    } finally {
      Atomics.add(w, COMPLETED, 1);
      Atomics.notify(w, COMPLETED);
    }
  }
}

/**
 * Runs in each worker (Node `worker_threads` or a browser `Worker`); plain JS, as a string, so the
 * bundle itself imports no Node built-in: only a Node worker evaluates its `require`.
 */
const workerSource = (): string => `"use strict";
function share(strips, part, parts) { const x = strips * part; return (x - (x % parts)) / parts; }
function runChunks(w, gemm, tag, tmp) {
  for (;;) {
    const v = Atomics.load(w, ${CLAIM});
    if (v >>> ${CHUNK_BITS} !== tag) return;
    const chunk = v & ${CHUNK_MASK}, chunks = w[${CHUNKS}];
    if (chunk >= chunks) return;
    if (Atomics.compareExchange(w, ${CLAIM}, v, v + 1) !== v) continue;
    const strips = w[${STRIPS}], byRows = w[${BY_ROWS}] === 1;
    const s0 = share(strips, chunk, chunks), s1 = share(strips, chunk + 1, chunks);
    const mS = (w[${JOB + 7}] + 3) >> 2, nS = (w[${JOB + 8}] + 3) >> 2;
    try {
      gemm(w[${JOB}], w[${JOB + 1}], w[${JOB + 2}], w[${JOB + 3}], w[${JOB + 4}], w[${JOB + 5}],
        w[${JOB + 6}], w[${JOB + 7}], w[${JOB + 8}], w[${JOB + 9}],
        byRows ? s0 : 0, byRows ? s1 : mS, byRows ? 0 : s0, byRows ? nS : s1, tmp);
    } finally {
      Atomics.add(w, ${COMPLETED}, 1);
      Atomics.notify(w, ${COMPLETED});
    }
  }
}
function run(d) {
  const { gemm } = new WebAssembly.Instance(d.module, { env: { memory: d.memory } }).exports;
  const w = new Int32Array(d.memory.buffer, 0, ${HEADER_BYTES / 4});
  const tmp = ${SCRATCH} + 128 * (d.index + 1);
  let seen = Atomics.load(w, ${GEN});
  Atomics.store(w, ${READY} + d.index, d.epoch);
  for (;;) {
    for (let i = 0; i < ${POLLS} && Atomics.load(w, ${GEN}) === seen; i++);
    Atomics.wait(w, ${GEN}, seen);
    const gen = Atomics.load(w, ${GEN});
    if (Atomics.load(w, ${EPOCH}) !== d.epoch) return;
    if (gen === seen) continue;
    seen = gen;
    runChunks(w, gemm, gen & ${TAG_MASK}, tmp);
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
 * `gemm.wat` over all of C, shared between this thread and the pool's ready workers: C's row
 * strips (or column strips, when there are more of those) in CHUNKS_PER_THREAD chunks per thread,
 * each claimed by whichever thread comes first. Returns whether it was split (not when no worker
 * has started yet, or C has too few strips).
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
  const chunks = Math.min(strips, CHUNKS_PER_THREAD * parts, CHUNK_MASK);
  const gen = (Atomics.load(w, GEN) + 1) | 0, tag = gen & TAG_MASK;
  w[JOB] = ap; w[JOB + 1] = aStrip; w[JOB + 2] = aStep; w[JOB + 3] = bp; w[JOB + 4] = bStrip;
  w[JOB + 5] = bStep; w[JOB + 6] = c; w[JOB + 7] = m; w[JOB + 8] = n; w[JOB + 9] = k;
  w[STRIPS] = strips; w[CHUNKS] = chunks; w[BY_ROWS] = byRows ? 1 : 0;
  Atomics.store(w, COMPLETED, 0);
  Atomics.store(w, CLAIM, tag << CHUNK_BITS); // the operands are written before the job opens
  Atomics.store(w, GEN, gen);
  Atomics.notify(w, GEN);
  runChunks(w, rt.gemm, tag, SCRATCH);
  // What is left is chunks the workers are running: poll for them up to POLLS times, then sleep
  // (a page's main thread may not block in Atomics.wait, so it goes on polling).
  const canWait = onNode() || host.document === undefined;
  let polls = 0;
  for (let done = Atomics.load(w, COMPLETED); done < chunks; done = Atomics.load(w, COMPLETED)) {
    if (canWait && ++polls > POLLS) Atomics.wait(w, COMPLETED, done, 1000);
  }
  return true;
}
