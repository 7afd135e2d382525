// The divergence guard's cost on the happy path: each seed configuration's whole `model.fit` with
// the finite divergence rules on (the default) and with `divergence: false`, printed side by side.
// With BENCH_BASE=<another checkout, installed and built> (e.g. the commit before a change, in a
// `git worktree`), the same runs also go through that checkout's build, so that before and after
// are timed in one run. Each variant runs in a process of its own (guard-run.mjs), the variants
// interleaved round by round so that a drifting machine slows them alike; a variant's figure is
// its best fit (CPU time), with the 10th percentiles' ratio beside it. Then the heap bytes a warmed-up step allocates, rules on and off.
//   node --expose-gc src/guard.mjs [names…]      BENCH_BASE=/work/base node --expose-gc src/guard.mjs
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { configurations } from "./configs.mjs";
import { printTable } from "./table.mjs";

const ROUNDS = Number(process.env.BENCH_GUARD_ROUNDS ?? 3);
const FITS = Number(process.env.BENCH_GUARD_FITS ?? 20);
const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const builds = [{ label: "this checkout", root: here("../../..") }];
const base = process.env.BENCH_BASE;
if (base !== undefined) builds.push({ label: "BENCH_BASE", root: base });

const run = (b, c, mode) => JSON.parse(execFileSync(process.execPath, ["--expose-gc", here("./guard-run.mjs"), b.root, c.name, mode, String(FITS)], { encoding: "utf8" }).trim());
/** The 10th percentile: steadier than the median on a shared machine, less luck-bound than the best. */
const p10 = (t) => [...t].sort((p, q) => p - q)[Math.floor(t.length / 10)];

const wanted = process.argv.slice(2);
const rows = [];
for (const c of configurations().filter((k) => k.seed && (wanted.length === 0 || wanted.includes(k.name)))) {
  const variants = builds.flatMap((b) => ["on", "off"].map((mode) => ({ b, mode, times: [] })));
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < variants.length; k++) {
      const v = variants[(k + round) % variants.length];
      v.times.push(...run(v.b, c, v.mode));
    }
  }
  for (const b of builds) {
    const [on, off] = ["on", "off"].map((mode) => variants.find((v) => v.b === b && v.mode === mode).times);
    const [bestOn, bestOff] = [Math.min(...on), Math.min(...off)];
    rows.push([c.label, b.label, (bestOn * 1e3).toFixed(2), (bestOff * 1e3).toFixed(2), `${(((bestOn - bestOff) / bestOff) * 100).toFixed(1)}%`,
      (((bestOn - bestOff) / c.epochs) * 1e6).toFixed(3), `${(((p10(on) - p10(off)) / p10(off)) * 100).toFixed(1)}%`]);
  }
}
console.log(`\nThe divergence guard on the happy path: whole fit, CPU ms, best of ${ROUNDS} rounds × ${FITS} fits (a process per variant and round), rules on (default) vs divergence: false${base === undefined ? "" : `; BENCH_BASE = ${base}`}:`);
printTable(["configuration", "build", "on ms", "off ms", "on vs off", "µs/epoch", "on vs off (10th percentiles)"], rows);

// 40 000 warm-up steps: after 5000, an epoch's end has run only 625 times on Iris and may still be
// in V8's baseline tiers, which box floats (on and off then differ by what the tiers did).
const WARMUP = 40_000;
const allocations = (flag) => JSON.parse(execFileSync(process.execPath, ["--expose-gc", "--min-semi-space-size=64", "--max-semi-space-size=64", here("./allocations.mjs"), `--warmup=${WARMUP}`, ...flag], { encoding: "utf8" }).trim());
const [on, off] = [allocations([]), allocations(["--no-divergence"])];
console.log(`\nHeap bytes per warmed-up step (allocations.mjs: ${WARMUP} warm-up steps, then 4000), rules on vs divergence: false (ArrayBuffer bytes in brackets):`);
printTable(["configuration", "steps/epoch", "on", "off", "on − off"], on.map((a, i) => {
  const b = off[i];
  return [a.name, String(a.stepsPerEpoch), `${a.heapBytesPerStep.toFixed(1)} [${a.arrayBufferBytesPerStep.toFixed(1)}]`, `${b.heapBytesPerStep.toFixed(1)} [${b.arrayBufferBytesPerStep.toFixed(1)}]`, (a.heapBytesPerStep - b.heapBytesPerStep).toFixed(1)];
}));
