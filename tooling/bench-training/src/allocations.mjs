// Heap bytes allocated per warmed-up training step of the Iris configuration (one `runBatch`:
// gather the batch, forward, loss, backward, SGD step; every 8th step also ends an epoch and
// draws the next shuffle). Run as its own process by run.mjs with
//   node --expose-gc --min-semi-space-size=64 --max-semi-space-size=64 allocations.mjs
// so that no scavenge runs inside the measured window: the growth of the used heap (and of
// ArrayBuffer backing stores, which live outside it) over `steps` steps is then what they allocated.
// Prints one line of JSON.
import { PerformanceObserver, performance } from "node:perf_hooks";
import { setImmediate } from "node:timers/promises";
import { sgd } from "@backprop/optimizers";
import { sequential } from "@backprop/network";
import { configurations } from "./configs.mjs";

if (typeof globalThis.gc !== "function") throw new Error("allocations.mjs: run with node --expose-gc. Received: gc=undefined");

const iris = configurations().find((c) => c.name === "iris");
const session = sequential(iris.sizes, { activations: iris.activations, seed: 42 })
  .trainer(iris.x, iris.y, { optimizer: sgd({ learningRate: iris.learningRate }), epochs: 1e9, batchSize: iris.batchSize });

const gcs = [];
const observer = new PerformanceObserver((list) => gcs.push(...list.getEntries()));
observer.observe({ entryTypes: ["gc"] });

const warmup = 5000;
const steps = 4000;
for (let i = 0; i < warmup; i++) session.runBatch();
globalThis.gc();
globalThis.gc();
const before = process.memoryUsage();
const t0 = performance.now();
for (let i = 0; i < steps; i++) session.runBatch();
const t1 = performance.now();
const after = process.memoryUsage();
await setImmediate(); // let the observer deliver the GC entries
observer.disconnect();
const gcsInside = gcs.filter((e) => e.startTime >= t0 && e.startTime <= t1).length;
console.log(JSON.stringify({
  steps,
  heapBytesPerStep: (after.heapUsed - before.heapUsed) / steps,
  arrayBufferBytesPerStep: (after.arrayBuffers - before.arrayBuffers) / steps,
  gcsInside,
}));
