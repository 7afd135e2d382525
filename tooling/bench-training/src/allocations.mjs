// Heap bytes allocated per warmed-up training step (one `runBatch`: gather the batch, forward,
// loss, backward, optimizer step; a step that finishes an epoch also records the epoch in the
// history and, when shuffling, draws the next order) for each seed configuration. Run as its own
// process by run.mjs with
//   node --expose-gc --min-semi-space-size=64 --max-semi-space-size=64 allocations.mjs
// so that no scavenge runs inside a measured window: the growth of the used heap (and of the
// ArrayBuffer backing stores, which live outside it) over `steps` steps is then what they allocated.
// Prints one line of JSON: an array with one entry per configuration.
import { PerformanceObserver, performance } from "node:perf_hooks";
import { setImmediate } from "node:timers/promises";
import { sgd } from "@backprop/optimizers";
import { sequential } from "@backprop/network";
import { configurations } from "./configs.mjs";

// `--no-divergence`: with the finite divergence rules off (guard.mjs compares the two).
const extra = process.argv.includes("--no-divergence") ? { divergence: false } : {};
// `--warmup=N` warm-up steps before the window (default 5000; V8 may not have optimized an epoch's end by then).
const warmup = Number(process.argv.find((a) => a.startsWith("--warmup="))?.slice(9) ?? 5000);
if (typeof globalThis.gc !== "function") throw new Error("allocations.mjs: run with node --expose-gc. Received: gc=undefined");

const gcs = [];
const observer = new PerformanceObserver((list) => gcs.push(...list.getEntries()));
observer.observe({ entryTypes: ["gc"] });

/** Heap and ArrayBuffer growth per step over `steps` steps of a session warmed up by `warmup` steps. */
async function measure(c, warmup = 5000, steps = 4000) {
  const model = sequential(c.sizes, { activations: c.activations, initializer: c.initializer, seed: 42 });
  const session = model.trainer(c.x, c.y, { loss: c.loss, optimizer: sgd({ learningRate: c.learningRate }), epochs: 1e9, batchSize: c.batchSize, ...extra });
  for (let i = 0; i < warmup; i++) session.runBatch();
  globalThis.gc();
  globalThis.gc();
  const before = process.memoryUsage();
  const t0 = performance.now();
  for (let i = 0; i < steps; i++) session.runBatch();
  const t1 = performance.now();
  const after = process.memoryUsage();
  await setImmediate(); // let the observer deliver the GC entries
  return {
    name: c.label,
    stepsPerEpoch: c.batchSize === undefined ? 1 : Math.ceil(c.x.rows / c.batchSize),
    steps,
    heapBytesPerStep: (after.heapUsed - before.heapUsed) / steps,
    arrayBufferBytesPerStep: (after.arrayBuffers - before.arrayBuffers) / steps,
    gcsInside: gcs.filter((e) => e.startTime >= t0 && e.startTime <= t1).length,
  };
}

const results = [];
for (const c of configurations().filter((c) => c.seed)) results.push(await measure(c, warmup));
observer.disconnect();
console.log(JSON.stringify(results));
