// Judging a regression fit: predicted against actual values, and the residuals against the
// predictions. The data curve (y = x² + noise) but the model is a straight line, and the residual
// plot shows it: a U where a good fit leaves a band around the zero line.
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RandomState } from "@backprop/linalg";
import { predictedVsActual, residualPlot } from "@backprop/viz";

const outDir = process.argv[2] ?? join(tmpdir(), "backprop-viz-regression");
mkdirSync(outDir, { recursive: true });

const rng = new RandomState(0);
const x = Array.from({ length: 80 }, () => rng.uniform(0, 3));
const yTrue = x.map((v) => v * v + rng.normal(0, 0.4));

// Least squares for y ≈ a·x + b.
const mean = (v) => v.reduce((s, e) => s + e, 0) / v.length;
const [mx, my] = [mean(x), mean(yTrue)];
const a = x.reduce((s, v, i) => s + (v - mx) * (yTrue[i] - my), 0) / x.reduce((s, v) => s + (v - mx) ** 2, 0);
const yPred = x.map((v) => a * v + (my - a * mx));

const fitted = predictedVsActual(yTrue, yPred, { title: "A straight line through a parabola" });
const residuals = residualPlot(yTrue, yPred, { title: "Its residuals" });
writeFileSync(join(outDir, "predicted-vs-actual.svg"), fitted);
writeFileSync(join(outDir, "residuals.svg"), residuals);
console.log(`wrote predicted-vs-actual.svg (${fitted.length} bytes) and residuals.svg (${residuals.length} bytes) to ${outDir}`);
for (const svg of [fitted, residuals]) console.log(svg.match(/<desc[^>]*>(.*)<\/desc>/)[1]);
