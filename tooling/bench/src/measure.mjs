// Timing and allocation helpers shared by the suites.
import { Session } from "node:inspector";
import { performance } from "node:perf_hooks";

/** CPU seconds (user + system) this process has used: other load on the machine does not count. */
function cpuSeconds() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/**
 * CPU seconds per call of `fn` in the fastest of `batches` batches, each long enough (≥ minSeconds)
 * to drown timer noise, after untimed warm-up calls that let the JIT optimise `fn`. The fastest
 * batch is the one least disturbed by other work on the machine (caches, a shared core).
 */
export function secondsPerCall(fn, { minSeconds = 0.15, batches = 5 } = {}, clock = cpuSeconds) {
  fn();
  const t0 = clock();
  fn();
  const once = Math.max(clock() - t0, 1e-6);
  const reps = Math.max(1, Math.ceil(minSeconds / once));
  const samples = [];
  for (let b = 0; b < batches; b++) {
    const start = clock();
    for (let r = 0; r < reps; r++) fn();
    samples.push((clock() - start) / reps);
  }
  return Math.min(...samples);
}

/**
 * As {@link secondsPerCall}, in wall-clock seconds: for work spread over threads, whose CPU
 * seconds add up across the threads (other load on the machine does count here).
 */
export function wallSecondsPerCall(fn, options) {
  return secondsPerCall(fn, options, () => performance.now() / 1000);
}

/**
 * Counts the heap allocations made by `calls` calls of a warmed-up `fn`, with V8's sampling heap
 * profiler (through node:inspector) set to sample every 8 bytes, keeping objects later collected:
 * every object is at least 8 bytes, so each allocation is recorded with the stack that made it.
 * Allocations are counted when a frame on that stack is `fn` itself or comes from a module whose
 * URL contains `scope` (timers and the profiler's own bookkeeping are not the code under test).
 */
export async function countAllocations(fn, { calls = 10000, warmup = 3000, scope = "/linalg/dist/" } = {}) {
  for (let i = 0; i < warmup; i++) fn(); // warm up until the optimising compiler has run
  const session = new Session();
  session.connect();
  const post = (method, params = {}) =>
    new Promise((resolve, reject) => session.post(method, params, (err, res) => (err ? reject(err) : resolve(res))));
  await post("HeapProfiler.enable");
  await post("HeapProfiler.startSampling", {
    samplingInterval: 8,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  for (let i = 0; i < calls; i++) fn();
  const { profile } = await post("HeapProfiler.stopSampling");
  session.disconnect();
  const counts = new Map(); // node id → samples allocated by that stack
  for (const sample of profile.samples) counts.set(sample.nodeId, (counts.get(sample.nodeId) ?? 0) + 1);
  let allocations = 0, bytes = 0;
  const walk = (node, inScope) => {
    const here = inScope || node.callFrame.url.includes(scope) || node.callFrame.functionName === fn.name;
    if (here) {
      allocations += counts.get(node.id) ?? 0;
      bytes += node.selfSize;
    }
    for (const child of node.children) walk(child, here);
  };
  walk(profile.head, false);
  return { calls, allocations, bytes, perCall: allocations / calls };
}
