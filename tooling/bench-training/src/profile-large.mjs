// Profiling aid: trains the 784-128-64-10 configuration a few times on the kernel settings given
// by BACKPROP_KERNEL / BACKPROP_THREADS. Run under `node --cpu-prof src/profile-large.mjs [runs]`.
import { kernelInfo } from "@backprop/linalg";
import { backpropSeconds } from "./backprop.mjs";
import { configurations } from "./configs.mjs";

const runs = Number(process.argv[2] ?? "4");
const c = configurations().find((x) => x.name === "large");
backpropSeconds(c);
await new Promise((r) => setTimeout(r, 100));
const times = [], cpu = [];
for (let i = 0; i < runs; i++) {
  const u0 = process.cpuUsage();
  times.push(backpropSeconds(c));
  const u = process.cpuUsage(u0);
  cpu.push((u.user + u.system) / 1e6);
}
const k = kernelInfo();
console.log(`${k.kernel} ${k.threads}T  wall best ${Math.min(...times).toFixed(3)} s  cpu best ${Math.min(...cpu).toFixed(3)} s  (wall ${times.map((t) => t.toFixed(3)).join(" ")})`);
if (globalThis.__T) for (const [k, e] of Object.entries(globalThis.__T)) console.log(k.padEnd(32), "in", (e[0] / (runs + 1)).toFixed(1), "kernel", (e[1] / (runs + 1)).toFixed(1), "out", (e[2] / (runs + 1)).toFixed(1), "ms/epoch; calls", e[3] / (runs + 1));
