import { configurations } from "./src/configs.mjs";
import { backpropSeconds } from "./src/backprop.mjs";
const name = process.argv[2];
const c = configurations().find((c) => c.name === name);
const { Session } = await import("node:inspector/promises");
const s = new Session(); s.connect(); await s.post("Profiler.enable"); await s.post("Profiler.setSamplingInterval", { interval: 100 }); await s.post("Profiler.start");
console.log(name, backpropSeconds(c, 4));
const { profile: p } = await s.post("Profiler.stop");
const self = new Map(); const byId = new Map(p.nodes.map((n) => [n.id, n]));
const counts = new Map(); p.samples.forEach((x, i) => counts.set(x, (counts.get(x) || 0) + (p.timeDeltas[i] || 0)));
for (const [id, t] of counts) { const n = byId.get(id); const k = n.callFrame.functionName + " " + n.callFrame.url.split("/").slice(-3).join("/") + ":" + n.callFrame.lineNumber; self.set(k, (self.get(k) || 0) + t); }
const tot = [...self.values()].reduce((a, b) => a + b, 0);
[...self].sort((a, b) => b[1] - a[1]).slice(0, 16).forEach(([k, t]) => console.log((t / tot * 100).toFixed(1).padStart(5), k));
