// pnpm bench (in this package): backprop's training time beside the tutorials' NumPy code and
// TF.js (CPU and WASM backends) on the same data and configurations, then the bytes a warmed-up
// training step allocates. Imports the packages' built dist/ (the root `pnpm bench` builds first).
import { execFileSync } from "node:child_process";
import { cpus } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { Matrix, kernelInfo, matmul, setKernelOptions } from "@backprop/linalg";
import { backpropSeconds } from "./backprop.mjs";
import { configurations } from "./configs.mjs";
import { numpyAvailable, numpySeconds } from "./numpy.mjs";
import { printTable, sec } from "./table.mjs";
import { tfjsSeconds, useBackend } from "./tfjs.mjs";

console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}`);
// `node src/run.mjs classification iris` times only the named configurations.
const all = configurations();
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !all.some((c) => c.name === name));
if (unknown.length > 0) {
  console.error(`bench-training: unknown configuration ${unknown.join(", ")}. Expected one of: ${all.map((c) => c.name).join(", ")}.`);
  process.exit(2);
}
const configs = all.filter((c) => wanted.length === 0 || wanted.includes(c.name));

const withNumpy = numpyAvailable();
if (!withNumpy) console.log("NumPy: not available");

// Each configuration is timed in ROUNDS rounds, and each round runs every engine once, back to back
// (NumPy, backprop, TF.js CPU, TF.js WASM); an engine's figure is its best round. A shared virtual
// machine whose speed drifts by up to 2× within minutes then slows every engine of a round alike,
// instead of favouring whichever engine happened to run in a fast minute.
const ROUNDS = 5;
// Run with --expose-gc (the bench script does): every timed run then starts on a collected heap,
// so no engine pays for collecting the garbage of the one before it (TF.js leaves plenty).
const collect = typeof globalThis.gc === "function" ? globalThis.gc : () => {};
/** The fastest of an engine's rounds; undefined when it never ran (NumPy missing or failing). */
const best = (seconds) => (seconds.length === 0 ? undefined : Math.min(...seconds));
// backprop runs three times a round: on its default kernel (WebAssembly SIMD on every core), on
// WebAssembly SIMD alone on one thread, and on the JS kernels alone (the fallback, and the figure
// before the WebAssembly kernel). Same bits each time; only the speed differs.
const KERNELS = { backprop: { kernel: "auto", threads: "auto" }, one: { kernel: "auto", threads: 1 }, js: { kernel: "js", threads: 1 } };
const describeKernel = (options) => {
  setKernelOptions(options);
  const k = kernelInfo();
  return `${k.kernel === "wasm-simd" ? "WASM SIMD" : "JS"}, ${k.threads} thread${k.threads === 1 ? "" : "s"}`;
};
/** Starts the worker threads (a change of kernel settings ends them) and lets them come up. */
async function startThreads() {
  const big = Matrix.zeros(256, 256);
  matmul(big, big, Matrix.zeros(256, 256));
  await sleep(100);
}
const kernelLabels = Object.fromEntries(Object.entries(KERNELS).map(([name, options]) => [name, describeKernel(options)]));
setKernelOptions(KERNELS.backprop);
const results = [];
for (const c of configs) {
  const times = { np: [], backprop: [], one: [], js: [], cpu: [], wasm: [] };
  await startThreads();
  backpropSeconds(c); // JIT warm-up
  for (let round = 0; round < ROUNDS; round++) {
    const np = withNumpy ? numpySeconds(c) : undefined;
    if (np !== undefined) times.np.push(np);
    for (const [name, options] of Object.entries(KERNELS)) {
      setKernelOptions(options);
      if (name === "backprop") await startThreads();
      collect();
      times[name].push(backpropSeconds(c));
    }
    setKernelOptions(KERNELS.backprop);
    for (const name of ["cpu", "wasm"]) {
      await useBackend(name);
      collect();
      times[name].push(await tfjsSeconds(c));
    }
  }
  results.push({ c, np: best(times.np), backprop: best(times.backprop), one: best(times.one), js: best(times.js), cpu: best(times.cpu), wasm: best(times.wasm) });
}

const rows = results.map(({ c, np, backprop, one, js, cpu, wasm }) => {
  const samples = c.x.rows * c.epochs;
  const speedUp = cpu / backprop;
  const mark = c.tfEpochs < c.epochs ? "*" : "";
  const misses = c.seed
    ? [np !== undefined && backprop >= np ? "not < NumPy" : "", speedUp < 20 ? "< 20× CPU" : "", backprop > js * 1.05 ? "slower than JS" : ""].filter(Boolean)
    : [backprop > wasm ? "slower than WASM" : "", np !== undefined && backprop > np ? "slower than NumPy" : "", np !== undefined && one > 2 * np ? "1T > 2× NumPy" : ""].filter(Boolean);
  return [
    c.label,
    sec(backprop),
    sec(one),
    sec(js),
    Math.round(samples / backprop).toLocaleString("en"),
    sec(np),
    np === undefined ? "—" : `${(backprop / np).toFixed(2)}×`,
    sec(cpu, mark),
    sec(wasm, mark),
    `${speedUp.toFixed(1)}×`,
    misses.length === 0 ? "yes" : `NO (${misses.join(", ")})`,
  ];
});

console.log(`\nkernels: backprop = ${kernelLabels.backprop} (the default); 1T = ${kernelLabels.one}; JS = ${kernelLabels.js}`);
console.log(`Whole training run, wall clock: each engine's best of ${ROUNDS} rounds, each round running every engine back to back (backprop and NumPy after a warm-up run).`);
printTable(["configuration", "backprop s", "1T s", "JS s", "samples/s", "NumPy s", "vs NumPy", "TF.js CPU fit s", "TF.js WASM fit s", "speed-up vs TF.js CPU", "target met?"], rows);
const partial = configs.filter((c) => c.tfEpochs < c.epochs).map((c) => `${c.name} ${c.tfEpochs} of ${c.epochs}`);
if (partial.length > 0) console.log(`* TF.js timed over fewer epochs after a 1-epoch warm-up (${partial.join(", ")}) and extrapolated linearly per epoch.`);
console.log("Targets: seed configurations faster than NumPy, no slower than the JS kernels (5% noise allowed) and ≥ 20× faster than TF.js CPU fit;\n" +
  "784-128-64-10 no slower than TF.js WASM nor NumPy (vs NumPy ≤ 1.0×), and ≤ 2× NumPy on one thread (1T).");

const script = fileURLToPath(new URL("./allocations.mjs", import.meta.url));
const allocations = JSON.parse(execFileSync(process.execPath, ["--expose-gc", "--min-semi-space-size=64", "--max-semi-space-size=64", script], { encoding: "utf8" }).trim());
console.log("\nAllocations per warmed-up training step (runBatch), after 5000 warm-up steps, over 4000 steps:");
printTable(["configuration", "steps/epoch", "heap bytes/step", "ArrayBuffer bytes/step", "GCs inside window"], allocations.map((a) => [
  a.name, String(a.stepsPerEpoch), a.heapBytesPerStep.toFixed(1), a.arrayBufferBytesPerStep.toFixed(1), String(a.gcsInside),
]));
console.log("A step inside an epoch allocates nothing; the step that ends an epoch appends to the history and builds the\n" +
  "EpochLogs object handed to callbacks (a few hundred bytes per epoch: the figure above times steps/epoch). A GC inside the window\n" +
  "makes that row a lower bound.");
