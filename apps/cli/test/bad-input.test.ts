import { afterAll, describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli, tempDir } from "./run-cli.js";

const tmp = tempDir();
afterAll(tmp.remove);
const badCsv = join(tmp.dir, "bad.csv");
writeFileSync(badCsv, "a,b,label\n1,2,x\n3,oops,y\n");
const notJson = join(tmp.dir, "model.json");
writeFileSync(notJson, "{ not json");
// What Excel's "Unicode Text" and PowerShell's default write: UTF-16 little-endian, with and without its byte-order mark.
const utf16Bom = join(tmp.dir, "utf16-bom.csv");
writeFileSync(utf16Bom, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("a,b,label\n1,2,x\n3,4,y\n", "utf16le")]));
const utf16Bare = join(tmp.dir, "utf16.csv");
writeFileSync(utf16Bare, Buffer.from("a,b,label\n1,2,x\n3,4,y\n", "utf16le"));
const wrongModel = join(tmp.dir, "wrong.json");
writeFileSync(wrongModel, JSON.stringify({ format: "something-else", version: 1, layers: [] }));

const cases: [string, string[], RegExp][] = [
  ["an unknown command", ["trian"], /^backprop: unknown command "trian"\. Did you mean train\? Expected one of: demo, train, predict, evaluate, gradcheck, data, export, import\.$/],
  ["an unknown flag", ["train", "--data", "iris", "--epoch", "5"], /^backprop: train: unknown flag --epoch\. Did you mean --epochs\? Expected one of: --data, .*\.$/],
  ["a bad number", ["train", "--data", "iris", "--lr", "fast"], /^backprop: train: --lr must be a number > 0\. Received: --lr=fast\.$/],
  ["a bad choice", ["train", "--data", "iris", "--scale", "zscore"], /^backprop: train: --scale must be one of standard, minmax, none\. Received: --scale=zscore\.$/],
  ["an unknown demo", ["demo", "mnist"], /^backprop: demo: unknown name "mnist"\. Expected one of: classification, xor, iris, xor-mse, circles, moons, spiral, all\.$/],
  ["a missing required flag", ["predict", "--values", "1,2"], /^backprop: predict: --model is required\. Received: no --model\.$/],
  ["a missing data file", ["train", "--data", join(tmp.dir, "missing.csv")], /^backprop: train: the file must exist and be readable\. Received: .*missing\.csv \(no such file\)\.$/],
  ["a missing model file", ["predict", "--model", join(tmp.dir, "none.json"), "--values", "1"], /^backprop: predict: the file must exist and be readable\. Received: .*none\.json \(no such file\)\.$/],
  ["a bad CSV", ["train", "--data", badCsv], /^backprop: .*bad\.csv.*line 3.*"oops".*$/],
  ["a UTF-16 CSV with its byte-order mark", ["train", "--data", utf16Bom], /^backprop: train: .*utf16-bom\.csv must be UTF-8 text, and it looks like UTF-16 \(it starts with a UTF-16 byte-order mark\)\. Save it as UTF-8 \(Excel: "CSV UTF-8"; iconv -f UTF-16 -t UTF-8\)\.$/],
  ["a UTF-16 CSV without one", ["train", "--data", utf16Bare], /^backprop: train: .*utf16\.csv must be UTF-8 text, and it looks like UTF-16 \(it holds NUL bytes\)\. Save it as UTF-8 \(Excel: "CSV UTF-8"; iconv -f UTF-16 -t UTF-8\)\.$/],
  ["a model file that is not JSON", ["predict", "--model", notJson, "--values", "1"], /^backprop: predict: a model file must be valid JSON\. Received: .*model\.json \(.*\)\.$/],
  ["a file that is not a model", ["predict", "--model", wrongModel, "--values", "1"], /^backprop: .*format/],
  ["a number out of range", ["data", "iris", "--n-samples", "0"], /^backprop: data: --n-samples must be an integer ≥ 1\. Received: --n-samples=0\.$/],
  ["a knob the set does not have", ["data", "iris", "--n-samples", "10"], /^backprop: data: --n-samples applies to the generated sets only \(classification, circles, moons, xor, spiral\)\. Received: --n-samples=10 for iris\.$/],
  ["noise for the XOR truth table", ["data", "xor", "--noise", "0.1"], /^backprop: data: --noise needs --n-samples for xor \(without it xor is the 4-row truth table\)\. Received: --noise=0\.1 alone\.$/],
  ["--target with a built-in set", ["train", "--data", "iris", "--target", "species"], /^backprop: train: --target picks a column of a CSV file, not of a built-in set\. Received: --target=species with --data=iris\.$/],
  // Refused before any training (stdout stays empty), not after the run with the model lost.
  ["a --save path in a missing directory", ["train", "--data", "iris", "--save", join(tmp.dir, "no-such-dir", "m.json")], /^backprop: train: --save must be a file path in an existing, writable directory\. Received: --save=.*no-such-dir\/m\.json \(no directory .*no-such-dir\)\.$/],
  ["a --plot-loss path that is a directory", ["train", "--data", "iris", "--plot-loss", tmp.dir], /^backprop: train: --plot-loss must be a file path in an existing, writable directory\. Received: --plot-loss=.* \(a directory\)\.$/],
  ["a data --out path in a missing directory", ["data", "moons", "--out", join(tmp.dir, "no-such-dir", "m.csv")], /^backprop: data: --out must be a file path in an existing, writable directory\. Received: --out=.*m\.csv \(no directory .*no-such-dir\)\.$/],
];

describe("bad input", () => {
  it.each(cases)("%s: one line on stderr, exit code 2, no stack trace", (_what, args, message) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.endsWith("\n")).toBe(true);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr.trimEnd()).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("--debug adds the stack trace after the same line", () => {
    const r = runCli(["train", "--data", badCsv, "--debug"]);
    expect(r.code).toBe(2);
    const [first, ...rest] = r.stderr.trimEnd().split("\n");
    expect(first).toMatch(/^backprop: .*bad\.csv.*line 3/);
    expect(rest.join("\n")).toMatch(/^\w*Error: [\s\S]*\n\s+at /);
  });

  it("a learning rate that makes the loss diverge stops training with one line suggesting a smaller one", () => {
    const r = runCli(["train", "--data", "iris", "--lr", "1e300", "--epochs", "50"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^backprop: train: training diverged at epoch \d+: .+\. Likely cause: the learning rate is too large \(--lr 1e\+300 with sgd\); try --lr 0\.1 or smaller\.\n$/);
  });
});
