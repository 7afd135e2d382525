// Training: wall time of the seed configurations (beside the tutorials' NumPy code on the same data
// when /usr/bin/python3 has NumPy) and the allocations of a warmed-up training step.
// Imports the packages' built dist/ by path: this bench package depends only on linalg so far.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { Matrix, RandomState } from "../../../packages/linalg/dist/index.js";
import { sgd } from "../../../packages/optimizers/dist/index.js";
import { sequential } from "../../../packages/network/dist/index.js";
import { countAllocations } from "./measure.mjs";

const fixtures = new URL("../../../packages/network/src/__fixtures__/", import.meta.url);
const load = (name) => JSON.parse(readFileSync(new URL(name, fixtures), "utf8"));

const XOR = { x: Matrix.from([[0, 0], [0, 1], [1, 0], [1, 1]]), y: Matrix.column([0, 1, 1, 0]) };

/** The three seed runs, each from np.random.seed(42)'s weights, exactly as seed-parity.test.ts runs them. */
function seedConfigs() {
  const cls = load("seed-000-classification.json");
  const iris = load("seed-001-iris.json");
  return [
    { name: "iris", label: "Iris 4-16-8-3, batch 16, 1000 epochs", samples: 120 * 1000, run: () =>
      sequential([4, 16, 8, 3], { activations: ["relu", "relu", "softmax"], seed: 42 })
        .fit(Matrix.from(iris.xTrain), Int32Array.from(iris.yTrain), { optimizer: sgd({ learningRate: 0.1 }), epochs: 1000, batchSize: 16 }) },
    { name: "classification", label: "make_classification 2-4-3-1, full batch, 2000 epochs", samples: 800 * 2000, run: () =>
      sequential([2, 4, 3, 1], { activations: "sigmoid", initializer: "he", seed: 42 })
        .fit(Matrix.from(cls.xTrain), Int32Array.from(cls.yTrain), { optimizer: sgd({ learningRate: 0.1 }), epochs: 2000 }) },
    { name: "xor", label: "XOR 2-4-1, 5000 epochs", samples: 4 * 5000, run: () =>
      sequential([2, 4, 1], { activations: "sigmoid", initializer: "he", seed: 42 })
        .fit(XOR.x, XOR.y, { optimizer: sgd({ learningRate: 1 }), epochs: 5000 }) },
  ];
}

/** Seconds per whole run: the best of three after one warm-up run (wall clock). */
function bestOf(run) {
  run();
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    run();
    best = Math.min(best, (performance.now() - t) / 1000);
  }
  return best;
}

/** The tutorials' loops in NumPy (packages/network/scripts/make-fixtures.py's transcriptions), timed the same way. */
function numpySeconds() {
  if (!existsSync("/usr/bin/python3")) return undefined;
  const script = fileURLToPath(new URL("../../../packages/network/scripts/make-fixtures.py", import.meta.url));
  const code = `
import importlib.util, json, time, numpy as np
spec = importlib.util.spec_from_file_location("mf", ${JSON.stringify(script)}); mf = importlib.util.module_from_spec(spec); spec.loader.exec_module(mf)
fx = ${JSON.stringify(fileURLToPath(fixtures))}
cls = json.load(open(fx + "seed-000-classification.json")); iris = json.load(open(fx + "seed-001-iris.json"))
Xc, yc = np.array(cls["xTrain"]), np.array(cls["yTrain"], dtype=float).reshape(-1, 1)
Xi = np.array(iris["xTrain"]); yi = np.eye(3)[np.array(iris["yTrain"])]
runs = {
  "iris": lambda: mf.Seed001Network([4, 16, 8, 3], ["relu", "relu", "softmax"]).train(Xi, yi, 1000, 0.1, 16),
  "classification": lambda: mf.Seed000Network([2, 4, 3, 1], 0.1).train(Xc, yc, 2000),
  "xor": lambda: mf.Seed000Network([2, 4, 1], 1.0).train(mf.X_XOR, mf.Y_XOR, 5000),
}
out = {}
for name, run in runs.items():
  np.random.seed(42); run(); best = 1e9
  for _ in range(3):
    np.random.seed(42); t = time.perf_counter(); run(); best = min(best, time.perf_counter() - t)
  out[name] = best
print(json.dumps(out))`;
  try {
    return JSON.parse(execFileSync("/usr/bin/python3", ["-c", code], { encoding: "utf8" }));
  } catch {
    return undefined;
  }
}

/** A session over enough rows that the measured batches never reach an epoch's end. */
function stepFunction(sizes, activations, batchSize, calls) {
  const rng = new RandomState(0);
  const rows = batchSize * (calls + 4000);
  const x = rng.randn(rows, sizes[0]);
  const y = Int32Array.from({ length: rows }, (_, i) => i % sizes[sizes.length - 1]);
  const session = sequential(sizes, { activations, seed: 1 })
    .trainer(x, y, { optimizer: sgd({ learningRate: 0.01 }), batchSize, shuffle: false });
  return function trainingStep() {
    session.runBatch();
  };
}

export default async function trainingSuite() {
  const numpy = numpySeconds();
  console.log("Seed configurations: best of 3 whole training runs (wall clock), seed 42");
  console.log("configuration                                          seconds   samples/s   NumPy s   vs NumPy");
  for (const c of seedConfigs()) {
    const s = bestOf(c.run);
    const np = numpy?.[c.name];
    const vs = np === undefined ? "       —" : `${(np / s).toFixed(2)}×`.padStart(8);
    console.log(`${c.label.padEnd(53)}${s.toFixed(3).padStart(9)}${Math.round(c.samples / s).toLocaleString("en").padStart(12)}${(np?.toFixed(3) ?? "—").padStart(10)}   ${vs}`);
  }
  if (numpy === undefined) console.log("(NumPy column empty: /usr/bin/python3 with NumPy not found)");

  const calls = 4000;
  const checks = [
    ["4-16-8-3 relu/relu/softmax, batch 16", stepFunction([4, 16, 8, 3], ["relu", "relu", "softmax"], 16, calls)],
    ["2-4-3-1 sigmoid, batch 32", stepFunction([2, 4, 3, 1], "sigmoid", 32, calls)],
  ];
  console.log("\nAllocations per warmed-up training step (session.runBatch(): gather, forward, loss, backward,");
  console.log("optimizer step), counted with the sampling heap profiler over every package's dist/:");
  for (const [label, fn] of checks) {
    const r = await countAllocations(fn, { calls, scope: "/packages/" });
    console.log(`  ${label.padEnd(38)} ${r.perCall.toFixed(2).padStart(6)}  (${r.allocations} allocations, ${r.bytes} bytes over ${r.calls} calls)`);
  }
}
