import { createServer } from "vite";
const server = await createServer({ root: new URL("..", import.meta.url).pathname, server: { middlewareMode: true, hmr: false }, appType: "custom", logLevel: "error" });
const { createSession } = await server.ssrLoadModule("/src/model/session.ts");
const { defaultConfig } = await server.ssrLoadModule("/src/state/config.ts");
const runs = JSON.parse(process.argv[2]);
for (const [name, patch, epochs] of runs) {
  const s = createSession({ ...defaultConfig(), ...patch });
  let out = [];
  const t0 = Date.now();
  for (let e = 1; e <= epochs; e++) {
    const p = s.runEpoch();
    if (e % Math.max(1, Math.floor(epochs / 8)) === 0 || !Number.isFinite(p.train)) {
      const snap = s.snapshot([]);
      out.push(`${e}: tr ${p.train.toFixed(4)} te ${p.test.toFixed(4)} acc ${snap.testAccuracy.toFixed(2)} r2 ${snap.trainR2?.toFixed(3)}/${snap.testR2?.toFixed(3)} gmax ${Math.max(...snap.health.map(h=>h.gradMax)).toExponential(1)} dead ${snap.health.map(h=>h.deadShare.toFixed(2)).join(",")} | ${(snap.warning ?? "-").slice(0,150)} | ${s.stopMessage ?? ""}`);
      if (!Number.isFinite(p.train)) break;
    }
  }
  console.log("== " + name + ` (${Date.now()-t0} ms)\n` + out.join("\n"));
}
await server.close();
