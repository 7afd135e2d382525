// A first look at @backprop/viz: an SVG loss curve and decision boundary written to files,
// and the same data as terminal charts (what the `backprop` CLI prints).
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Matrix } from "@backprop/linalg";
import { brailleLineChart, decisionBoundary, decisionMap, decisionMapKey, lossCurve, lossSparkline } from "@backprop/viz";

const outDir = process.argv[2] ?? join(tmpdir(), "backprop-viz-demo");
mkdirSync(outDir, { recursive: true });

// A loss history as `fit` records it (here a made-up decay from ln 2).
const loss = Array.from({ length: 200 }, (_, i) => 0.69 * Math.exp(-i / 40) + 0.01);
const valLoss = loss.map((v) => v * 1.1);
writeFileSync(join(outDir, "loss.svg"), lossCurve({ loss, valLoss }, { logScale: true, title: "XOR training loss" }));

// XOR solved by a hand-set 2-2-1 sigmoid net: OR and NAND units, then AND.
const σ = (z) => 1 / (1 + Math.exp(-z));
const predict = (grid) => {
  const out = new Matrix(grid.rows, 1);
  for (let r = 0; r < grid.rows; r++) {
    const [x, y] = [grid.data[2 * r], grid.data[2 * r + 1]];
    out.data[r] = σ(20 * σ(20 * x + 20 * y - 10) + 20 * σ(-20 * x - 20 * y + 30) - 30);
  }
  return out;
};
const X = [[0, 0], [0, 1], [1, 0], [1, 1]];
const y = [0, 1, 1, 0];
const domain = { x: [-0.5, 1.5], y: [-0.5, 1.5] };
const svg = decisionBoundary(predict, X, y, { domain, title: "XOR decision boundary", classNames: ["0", "1"] });
writeFileSync(join(outDir, "xor.svg"), svg);
console.log(`wrote loss.svg and xor.svg (${svg.length} bytes) to ${outDir}\n`);

console.log("loss", lossSparkline(loss, 40, { logScale: true }), loss.at(-1).toFixed(4));
console.log(brailleLineChart(loss, { width: 46, height: 6, logScale: true }).join("\n"));
console.log();
console.log(decisionMap(predict, X, y, { width: 46, height: 12, domain }).join("\n"));
console.log(decisionMapKey(["0", "1"]), " (shading: P(1) from ' ' to █)");
