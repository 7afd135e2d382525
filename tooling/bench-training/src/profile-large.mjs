// Profiling aid: trains the 784-128-64-10 configuration (after one warm-up run) a few times on the
// kernel settings given by BACKPROP_KERNEL / BACKPROP_THREADS and prints wall and process CPU time:
//   BACKPROP_THREADS=1 node src/profile-large.mjs [runs] [--top]
// With --top, V8's sampling profiler (node:inspector, every 100 µs) runs over the timed runs only
// (not the data generation or the warm-up) and the functions with the most self time are listed.
import { Session } from "node:inspector/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { kernelInfo } from "@backprop/linalg";
import { backpropSeconds } from "./backprop.mjs";
import { configurations } from "./configs.mjs";

const runs = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? "4");
const top = process.argv.includes("--top");
const c = configurations().find((x) => x.name === "large");
backpropSeconds(c);
await sleep(100); // lets the worker threads start
const session = top ? new Session() : null;
if (session !== null) {
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 100 });
  await session.post("Profiler.start");
}
const times = [], cpu = [];
for (let i = 0; i < runs; i++) {
  const u0 = process.cpuUsage();
  times.push(backpropSeconds(c));
  const u = process.cpuUsage(u0);
  cpu.push((u.user + u.system) / 1e6);
}
const k = kernelInfo();
console.log(`${k.kernel} ${k.threads}T  wall best ${Math.min(...times).toFixed(3)} s  cpu best ${Math.min(...cpu).toFixed(3)} s  (wall ${times.map((t) => t.toFixed(3)).join(" ")})`);

if (session !== null) {
  const { profile } = await session.post("Profiler.stop");
  session.disconnect();
  printSelfTime(profile, 25);
}

/** The `count` functions with the most samples on top of the stack, as % of this thread's samples. */
function printSelfTime(profile, count) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (const id of profile.samples) {
    const f = nodes.get(id).callFrame;
    const where = `${f.functionName || "(anonymous)"}  ${f.url.split("/").slice(-3).join("/")}:${f.lineNumber + 1}`;
    self.set(where, (self.get(where) ?? 0) + 1);
  }
  console.log(`self time on the calling thread (wasm-function[0] is gemm.wat's tile, [1] its gemm loops, [2] pack):`);
  for (const [where, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, count)) {
    console.log(`${((100 * n) / profile.samples.length).toFixed(1).padStart(6)} %  ${where}`);
  }
}
