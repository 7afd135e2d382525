// One variant of guard.mjs, in a process of its own (a fresh V8: no variant's JIT feedback shapes
// another's code): `node --expose-gc guard-run.mjs ROOT CONFIG on|off FITS` loads the checkout at
// ROOT (its built @backprop/network and optimizers, and its configs.mjs, so the data's Matrix class
// is the one that network was built with), runs untimed fits (BENCH_GUARD_WARMUP, default 10), then FITS timed ones, and prints
// their CPU seconds (user + system, `process.cpuUsage`) as a JSON array.
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [root, name, mode, fits] = process.argv.slice(2);
const load = (...parts) => import(pathToFileURL(join(root, ...parts)).href);
const { sequential } = await load("packages", "network", "dist", "index.js");
const { sgd } = await load("packages", "optimizers", "dist", "index.js");
const { configurations } = await load("tooling", "bench-training", "src", "configs.mjs");
const c = configurations().find((k) => k.name === name);
/** Untimed fits first: the guard's code must reach V8's optimizing tier too, and its compile time is CPU time. */
const WARMUP_FITS = Number(process.env.BENCH_GUARD_WARMUP ?? 10);
const collect = typeof globalThis.gc === "function" ? globalThis.gc : () => {};

function fitSeconds() {
  const model = sequential(c.sizes, { activations: c.activations, initializer: c.initializer, seed: 42 });
  const options = { loss: c.loss, optimizer: sgd({ learningRate: c.learningRate }), epochs: c.epochs, batchSize: c.batchSize, divergence: mode === "on" };
  const start = process.cpuUsage();
  model.fit(c.x, c.y, options);
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1e6;
}

for (let i = 0; i < WARMUP_FITS; i++) fitSeconds();
// One collection before the timed fits, not one per fit: a full GC can also throw away optimized
// code, and each fit would then time V8 tiering the (larger) guarded path up again.
collect();
console.log(JSON.stringify(Array.from({ length: Number(fits) }, fitSeconds)));
