// Profiling aid: trains the 784-128-64-10 configuration (after one warm-up run) a few times on the
// kernel settings given by BACKPROP_KERNEL / BACKPROP_THREADS and prints wall and process CPU time:
//   BACKPROP_THREADS=1 node --cpu-prof src/profile-large.mjs [runs]
import { setTimeout as sleep } from "node:timers/promises";
import { kernelInfo } from "@backprop/linalg";
import { backpropSeconds } from "./backprop.mjs";
import { configurations } from "./configs.mjs";

const runs = Number(process.argv[2] ?? "4");
const c = configurations().find((x) => x.name === "large");
backpropSeconds(c);
await sleep(100); // lets the worker threads start
const times = [], cpu = [];
for (let i = 0; i < runs; i++) {
  const u0 = process.cpuUsage();
  times.push(backpropSeconds(c));
  const u = process.cpuUsage(u0);
  cpu.push((u.user + u.system) / 1e6);
}
const k = kernelInfo();
console.log(`${k.kernel} ${k.threads}T  wall best ${Math.min(...times).toFixed(3)} s  cpu best ${Math.min(...cpu).toFixed(3)} s  (wall ${times.map((t) => t.toFixed(3)).join(" ")})`);
