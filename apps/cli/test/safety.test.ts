import { afterAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli, tempDir } from "./run-cli.js";

const tmp = tempDir();
afterAll(tmp.remove);
const at = (name: string): string => join(tmp.dir, name);

describe("divergence that stays finite", () => {
  it("--lr 1e6 on Iris stops, names the learning rate, saves the last healthy weights beside --save saying so, and exits 2", () => {
    const model = at("d.diverged.json");
    const r = runCli(["train", "--data", "iris", "--lr", "1e6", "--epochs", "200", "--save", at("d.json")]);
    expect(r.code).toBe(2);
    expect(r.stdout).not.toMatch(/^Saved the model/m);
    expect(existsSync(at("d.json"))).toBe(false);
    const [note, error] = r.stderr.trimEnd().split("\n");
    expect(note).toBe(`Saved the last healthy weights to ${model}: the initial weights (no epoch was healthy), not a trained model (${at("d.json")} is left as it was).`);
    expect(error).toMatch(/^backprop: train: training diverged at epoch 1: the weights' norm grew [\d.]+e\+\d+× \(limit 1000×\)\. Likely cause: the learning rate is too large \(--lr 1000000 with sgd\); try --lr 0\.1 or smaller\.$/);
    // The weights kept are finite and small: the network as it was before its first step.
    const saved = JSON.parse(readFileSync(model, "utf8")) as { layers: { weights: number[][] }[] };
    const weights = saved.layers.flatMap((l) => l.weights.flat());
    expect(weights.every((w) => Number.isFinite(w) && Math.abs(w) < 10)).toBe(true);
  });

  it("a failed run never overwrites a good model already at --save: its weights go beside it", () => {
    const keep = at("keep.json");
    expect(runCli(["train", "--data", "iris", "--epochs", "50", "--save", keep]).code).toBe(0);
    const good = readFileSync(keep, "utf8");
    const r = runCli(["train", "--data", "iris", "--lr", "1e6", "--epochs", "200", "--save", keep]);
    expect(r.code).toBe(2);
    expect(readFileSync(keep, "utf8")).toBe(good);
    expect(r.stderr.split("\n")[0]).toBe(`Saved the last healthy weights to ${at("keep.diverged.json")}: the initial weights (no epoch was healthy), not a trained model (${keep} is left as it was).`);
    expect((JSON.parse(readFileSync(at("keep.diverged.json"), "utf8")) as { format: string }).format).toBe("backprop.network");
  });

  it("blames --l2 when lr·l2 ≥ 1", () => {
    const r = runCli(["train", "--data", "iris", "--l2", "50", "--epochs", "20"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Likely cause: --l2 50 is too strong for --lr 0\.1 \(lr·l2 = 5 ≥ 1 makes each step overshoot\); try --l2 1 or smaller\.\n$/);
  });

  it("blames unscaled inputs when --scale none meets large values", () => {
    const rows = ["a,b,label", ...Array.from({ length: 40 }, (_, i) => `${(i % 2) * 1e5 + i},${i * 3000},${i % 2 ? "y" : "n"}`)];
    writeFileSync(at("big.csv"), `${rows.join("\n")}\n`);
    const r = runCli(["train", "--data", at("big.csv"), "--scale", "none", "--epochs", "20"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Likely cause: the inputs are unscaled \(values up to [\d.]+e\+5 with --scale none\); try --scale standard\.\n$/);
  });

  it("--l2 1e300 makes the loss Infinity at once: the message blames --l2, not the learning rate", () => {
    const r = runCli(["train", "--data", "iris", "--l2", "1e300", "--epochs", "20"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^backprop: train: training diverged at epoch 1: loss became (Infinity|NaN)\. Likely cause: --l2 1e\+300 is too strong for --lr 0\.1 \(lr·l2 = 1e\+299 ≥ 1 makes each step overshoot\); try --l2 1 or smaller\.\n$/);
  });

  it("unscaled ±1e308 inputs: the loss becomes NaN, the message blames the scaling, and --save keeps the initial weights saying so", () => {
    const rows = ["a,b,label", ...Array.from({ length: 40 }, (_, i) => `${i % 2 ? 1e308 : -1e308},${(i % 3 ? -1 : 1) * (i + 1) * 2.5e305},${i % 2 ? "y" : "n"}`)];
    writeFileSync(at("huge.csv"), `${rows.join("\n")}\n`);
    const model = at("huge.diverged.json");
    const r = runCli(["train", "--data", at("huge.csv"), "--scale", "none", "--epochs", "20", "--save", at("huge.json")]);
    expect(r.code).toBe(2);
    const [note, error] = r.stderr.trimEnd().split("\n");
    expect(note).toBe(`Saved the last healthy weights to ${model}: the initial weights (no epoch was healthy), not a trained model (${at("huge.json")} is left as it was).`);
    expect(error).toMatch(/^backprop: train: training diverged at epoch 1: (loss|a weight) became (NaN|-?Infinity)\. Likely cause: the inputs are unscaled \(values up to 1\.00e\+308 with --scale none\); try --scale standard\.$/);
    const saved = JSON.parse(readFileSync(model, "utf8")) as { layers: { weights: number[][] }[] };
    expect(saved.layers.flatMap((l) => l.weights.flat()).every((w) => Number.isFinite(w) && Math.abs(w) < 10)).toBe(true);
    // Standardized, the same rows train without diverging.
    expect(runCli(["train", "--data", at("huge.csv"), "--epochs", "20"]).code).toBe(0);
  });

  it("a healthy run is not flagged", () => {
    const r = runCli(["train", "--data", "iris", "--epochs", "60"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
  });
});

describe("colliding outputs and inputs are refused before training", () => {
  it.each([
    [["--save", "x.json", "--plot-loss", "x.json"], /^backprop: train: two outputs must not write the same file\. Received: --save=x\.json and --plot-loss=x\.json \(both .*\/x\.json\)\.$/],
    [["--save", "m.json", "--plot-loss", "./sub/../m.json"], /Received: --save=m\.json and --plot-loss=\.\/sub\/\.\.\/m\.json/],
    [["--save", "link.json", "--plot-loss", "real.json"], /two outputs must not write the same file\. Received: --save=link\.json and --plot-loss=real\.json/],
    [["--save", "m.svg", "--plot-loss", "m.diverged.svg"], /^backprop: train: two outputs must not write the same file\. Received: --save's divergence copy=m\.diverged\.svg and --plot-loss=m\.diverged\.svg \(both .*\/m\.diverged\.svg\)\.$/],
  ])("%j", (flags, message) => {
    mkdirSync(at("sub"), { recursive: true });
    if (!existsSync(at("real.json"))) {
      writeFileSync(at("real.json"), "old");
      symlinkSync(at("real.json"), at("link.json"));
    }
    const r = runCli(["train", "--data", "iris", "--epochs", "5", ...flags], tmp.dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd()).toMatch(message);
    expect(readFileSync(at("real.json"), "utf8")).toBe("old");
  });

  it("--save equal to --data (the CSV would be overwritten by the model)", () => {
    runCli(["data", "moons", "--out", at("moons.csv")]);
    const before = readFileSync(at("moons.csv"), "utf8");
    const r = runCli(["train", "--data", "moons.csv", "--save", at("moons.csv")], tmp.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^backprop: train: an output must not overwrite an input\. Received: --data=moons\.csv and --save=.*moons\.csv/);
    expect(readFileSync(at("moons.csv"), "utf8")).toBe(before);
  });

  it("--data where a diverged run of --save would write its weights", () => {
    runCli(["data", "moons", "--out", at("m.diverged.json")]);
    const r = runCli(["train", "--data", "m.diverged.json", "--save", "m.json"], tmp.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^backprop: train: an output must not overwrite an input\. Received: --data=m\.diverged\.json and --save's divergence copy=m\.diverged\.json/);
  });
});

describe("upper bounds, checked before anything is allocated", () => {
  it.each([
    [["train", "--data", "iris", "--layers", "30000,30000"], /^backprop: train: --layers=30000,30000 \(a 4-30000-30000-3 network\) is above the limit of 5,000,000 parameters\. Received: 900,\d{3},\d{3} \(raise the limit with BACKPROP_MAX_PARAMS=N\)\.$/],
    [["train", "--data", "iris", "--layers", "1e9"], /^backprop: train: --layers=1000000000 is above the limit of 100,000 units in one layer\. Received: 1,000,000,000 \(raise the limit with BACKPROP_MAX_UNITS=N\)\.$/],
    [["train", "--data", "iris", "--epochs", "1e9"], /^backprop: train: --epochs=1000000000 is above the limit of 10,000,000 epochs\. Received: 1,000,000,000 \(raise the limit with BACKPROP_MAX_EPOCHS=N\)\.$/],
    [["data", "moons", "--n-samples", "1e9"], /^backprop: data: --n-samples=1000000000 is above the limit of 1,000,000 rows\. .*BACKPROP_MAX_ROWS=N/],
    [["gradcheck", "--layers", "3000,3000"], /^backprop: gradcheck: --layers=3000,3000 \(a 4-3000-3000-3 network\) is above the limit of 20,000 parameters to check\. .*BACKPROP_MAX_GRADCHECK_PARAMS=N/],
  ])("%j", (argv, message) => {
    const r = runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd()).toMatch(message);
  });

  it("an input file larger than BACKPROP_MAX_FILE_BYTES is refused before it is read", () => {
    writeFileSync(at("small.csv"), "a,b,label\n1,2,x\n3,4,y\n");
    const r = runCli(["train", "--data", at("small.csv")], undefined, { BACKPROP_MAX_FILE_BYTES: "10" });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^backprop: train: .*small\.csv \(22 bytes\) is above the limit of 10 bytes in one input file\. Received: 22 \(raise the limit with BACKPROP_MAX_FILE_BYTES=N\)\.\n$/);
  });

  it("a 20,000-class target", () => {
    const rows = ["x,label", ...Array.from({ length: 20000 }, (_, i) => `${i},c${i}`)];
    writeFileSync(at("many.csv"), `${rows.join("\n")}\n`);
    const r = runCli(["train", "--data", at("many.csv")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^backprop: train: --data=.*many\.csv with 20000 classes is above the limit of 1,000 classes\. Received: 20,000 \(raise the limit with BACKPROP_MAX_CLASSES=N\)\.\n$/);
  });
});

describe("smaller holes", () => {
  it("data --noise 1e308 is refused rather than writing Infinity", () => {
    const r = runCli(["data", "moons", "--noise", "1e308"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    // The generator itself refuses a noise that would overflow (issue 16), before anything is written.
    expect(r.stderr).toMatch(/^backprop: makeMoons: noise must be ≤ 1e100 \(larger values overflow the data to Infinity\)\. Received: noise=1e\+308\.\n$/);
  });

  it("a repeated flag is refused, naming it", () => {
    const r = runCli(["train", "--data", "iris", "--lr", "1", "--lr", "2"]);
    expect([r.code, r.stderr]).toEqual([2, "backprop: train: --lr may be given only once. Received: --lr=1 and --lr=2.\n"]);
  });

  it("backprop -v extra is an error", () => {
    const r = runCli(["-v", "extra"]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", "backprop: -v takes no arguments. Received: extra.\n"]);
  });

  it("a model file and a CSV with a UTF-8 byte-order mark load", () => {
    const model = at("bom-model.json");
    expect(runCli(["train", "--data", "iris", "--epochs", "30", "--save", model]).code).toBe(0);
    writeFileSync(model, `\uFEFF${readFileSync(model, "utf8")}`);
    writeFileSync(at("bom.csv"), "\uFEFFsepal length (cm),sepal width (cm),petal length (cm),petal width (cm)\n5.1,3.5,1.4,0.2\n");
    const r = runCli(["predict", "--model", model, "--input", at("bom.csv")]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toMatch(/^5\.1,3\.5,1\.4,0\.2 {2}→ {2}setosa \(\d\.\d\d\)\n$/);
  });

  it("a model whose output is not a number is an error naming the cause, never `setosa (NaN)`", () => {
    const model = at("nan-model.json");
    expect(runCli(["train", "--data", "iris", "--epochs", "5", "--save", model]).code).toBe(0);
    const big = runCli(["predict", "--model", model, "--values", "1e308,1e308,1e308,1e308"]);
    expect([big.code, big.stdout]).toEqual([2, ""]);
    expect(big.stderr).toMatch(/^backprop: predict: every input must be a finite number after scaling\. Received: -?Infinity for row 1 \(1e\+308,1e\+308,1e\+308,1e\+308\); likely cause: the input values are too large\.\n$/);
    // Finite but enormous weights of both signs: the sums overflow to ±Infinity and Infinity − Infinity is NaN.
    const json = JSON.parse(readFileSync(model, "utf8")) as { layers: { weights: number[][] }[] };
    for (const layer of json.layers) layer.weights = layer.weights.map((row, i) => row.map((_, k) => ((i + k) % 2 ? 1e308 : -1e308)));
    writeFileSync(model, JSON.stringify(json));
    const nan = runCli(["predict", "--model", model, "--values", "5.1,3.5,1.4,0.2"]);
    expect([nan.code, nan.stdout]).toEqual([2, ""]);
    // The library refuses the overflowed output itself (a prediction is never NaN without a word).
    expect(nan.stderr).toMatch(/^backprop: predict: the output overflowed to (NaN|-?Infinity) at row 0, column \d+; the inputs \(scale them\) or the weights are too large for float64\. Received: output\[0,\d+\]=(NaN|-?Infinity)\.\n$/);
  });

  it("class names with escape sequences reach the terminal escaped", () => {
    const evil = "\u001b]0;pwned\u0007\u001b[2J";
    writeFileSync(at("evil.csv"), `a,b,label\n${Array.from({ length: 20 }, (_, i) => `${i},${i % 3},${i % 2 ? evil : "ok"}`).join("\n")}\n`);
    const model = at("evil.json");
    expect(runCli(["train", "--data", at("evil.csv"), "--epochs", "5", "--save", model]).code).toBe(0);
    const r = runCli(["predict", "--model", model, "--input", at("evil.csv")]);
    expect(r.code).toBe(0);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(r.stdout).toMatch(/→ {2}(ok|\\x1b\]0;pwned\\x07\\x1b\[2J) \(/);
    // An error quoting such a name is escaped too.
    writeFileSync(at("evil-eval.csv"), `a,b,label\n1,2,ok\n3,4,${evil}x\n`);
    const e = runCli(["evaluate", "--model", model, "--data", at("evil-eval.csv")]);
    expect(e.code).toBe(2);
    expect(e.stderr).toContain('the data has class "\\x1b]0;pwned\\x07\\x1b[2Jx", which the model does not know');
  });
});


