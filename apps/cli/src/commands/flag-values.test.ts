import { describe, expect, it } from "vitest";
import { ACTIVATION_NAMES } from "@backprop/activations";
import { LOSS_NAMES } from "@backprop/losses";
import { OPTIMIZER_NAMES } from "@backprop/optimizers";
import { parseArgs } from "../args/parse.js";
import { COMMANDS } from "./index.js";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";

// An existing file, so a path "inside" it has a parent that is not a directory.
const PACKAGE_JSON = fileURLToPath(new URL("../../package.json", import.meta.url));

function messageOf(command: string, argv: string[]): string {
  const spec = COMMANDS.find((c) => c.spec.name === command)?.spec;
  if (!spec) throw new Error(`no command ${command}`);
  try {
    parseArgs(spec, argv);
  } catch (error) {
    return (error as Error).message;
  }
  return "(no error)";
}

// Every flag of every command that takes a checked value, with a value it must refuse and the
// exact line the user reads, written out by hand from each flag's rule in `--help`.
const cases: [string, string[], string][] = [
  ["data", ["iris", "--n-samples", "0"], "data: --n-samples must be an integer ≥ 1. Received: --n-samples=0."],
  ["data", ["iris", "--noise", "-0.1"], "data: --noise must be a number ≥ 0. Received: --noise=-0.1."],
  ["data", ["iris", "--seed", "4294967296"], "data: --seed must be an integer ≥ 0 and ≤ 4294967295. Received: --seed=4294967296."],
  ["data", ["mnist"], "data: unknown name \"mnist\". Expected one of: iris, classification, circles, moons, xor, spiral, digits, wine, breast-cancer, diabetes."],
  ["demo", ["--seed", "-1"], "demo: --seed must be an integer ≥ 0 and ≤ 4294967295. Received: --seed=-1."],
  ["demo", ["--seed", "1.5"], "demo: --seed must be an integer ≥ 0 and ≤ 4294967295. Received: --seed=1.5."],
  ["gradcheck", ["--layers", "5,0"], "gradcheck: --layers must be a comma-separated list of integers ≥ 1 (e.g. 16,8). Received: --layers=5,0."],
  ["gradcheck", ["--activation", "softmax"], "gradcheck: --activation must be one of tanh, sigmoid, relu, leakyRelu. Received: --activation=softmax."],
  ["gradcheck", ["--features", "0"], "gradcheck: --features must be an integer ≥ 1. Received: --features=0."],
  ["gradcheck", ["--classes", "1"], "gradcheck: --classes must be an integer ≥ 2. Received: --classes=1."],
  ["gradcheck", ["--samples", "two"], "gradcheck: --samples must be an integer ≥ 1. Received: --samples=two."],
  ["gradcheck", ["--l2", "-1"], "gradcheck: --l2 must be a number ≥ 0. Received: --l2=-1."],
  ["gradcheck", ["--epsilon", "0"], "gradcheck: --epsilon must be a number > 0. Received: --epsilon=0."],
  ["gradcheck", ["--seed", "1e10"], "gradcheck: --seed must be an integer ≥ 0 and ≤ 4294967295. Received: --seed=1e10."],
  ["gradcheck", ["--tolerance", "0"], "gradcheck: --tolerance must be a number > 0. Received: --tolerance=0."],
  // --values is a raw row (text and blanks for a table model), checked against the model at run time.
  ["predict", ["--model", "m.json", "--unknown", "skip"], "predict: --unknown must be one of error, ignore. Received: --unknown=skip."],
  ["predict", ["--model", ""], "predict: --model must be a non-empty value. Received: --model=."],
  ["evaluate", ["--model", "m.json"], "evaluate: --data is required. Received: no --data."],
  ["evaluate", ["--model", "m.json", "--data", "iris", "--unknown", "skip"], "evaluate: --unknown must be one of error, ignore. Received: --unknown=skip."],
  ["train", ["--data", "iris", "--layers", "16,,8"], "train: --layers must be a comma-separated list of integers ≥ 1 (e.g. 16,8). Received: --layers=16,,8."],
  ["train", ["--data", "iris", "--activation", "gelu2"], `train: --activation must be one of ${ACTIVATION_NAMES.join(", ")}. Received: --activation=gelu2.`],
  ["train", ["--data", "iris", "--optimizer", "adamax"], `train: --optimizer must be one of ${OPTIMIZER_NAMES.join(", ")}. Received: --optimizer=adamax.`],
  ["train", ["--data", "iris", "--loss", "hinge"], `train: --loss must be one of ${LOSS_NAMES.join(", ")}. Received: --loss=hinge.`],
  ["train", ["--data", "iris", "--clip-norm", "0"], "train: --clip-norm must be a number > 0. Received: --clip-norm=0."],
  ["train", ["--data", "iris", "--weight-decay", "-1"], "train: --weight-decay must be a number ≥ 0. Received: --weight-decay=-1."],
  ["train", ["--data", "iris", "--early-stopping", "2.5"], "train: --early-stopping must be an integer ≥ 1. Received: --early-stopping=2.5."],
  ["train", ["--data", "iris", "--validation-split", "0.6"], "train: --validation-split must be a number > 0 and ≤ 0.5. Received: --validation-split=0.6."],
  ["train", ["--data", "iris", "--lr", "0"], "train: --lr must be a number > 0. Received: --lr=0."],
  ["train", ["--data", "iris", "--epochs", "1e3.5"], "train: --epochs must be an integer ≥ 1. Received: --epochs=1e3.5."],
  ["train", ["--data", "iris", "--batch-size", "0"], "train: --batch-size must be an integer ≥ 1. Received: --batch-size=0."],
  ["train", ["--data", "iris", "--l2", "-0.01"], "train: --l2 must be a number ≥ 0. Received: --l2=-0.01."],
  ["train", ["--data", "iris", "--dropout", "1"], "train: --dropout must be a number ≥ 0 and ≤ 0.95. Received: --dropout=1."],
  ["train", ["--data", "iris", "--test-size", "0.95"], "train: --test-size must be a number ≥ 0 and ≤ 0.9. Received: --test-size=0.95."],
  ["train", ["--data", "iris", "--scale", "robust"], "train: --scale must be one of standard, minmax, none. Received: --scale=robust."],
  ["train", ["--data", "iris", "--seed", "abc"], "train: --seed must be an integer ≥ 0 and ≤ 4294967295. Received: --seed=abc."],
  ["train", [], "train: --data is required. Received: no --data."],
  ["train", ["--data", "iris", "--task", "ranking"], "train: --task must be one of classification, regression. Received: --task=ranking."],
  ["train", ["--data", "iris", "--unknown", "zero"], "train: --unknown must be one of error, ignore. Received: --unknown=zero."],
  ["train", ["--data", "iris", "--cv", "1"], "train: --cv must be an integer ≥ 2 and ≤ 100. Received: --cv=1."],
  ["train", ["--data", "iris", "--save", "/nonexistent-backprop-dir/m.json"], "train: --save must be a file path in an existing, writable directory. Received: --save=/nonexistent-backprop-dir/m.json (no directory /nonexistent-backprop-dir)."],
  ["train", ["--data", "iris", "--plot-loss", tmpdir()], `train: --plot-loss must be a file path in an existing, writable directory. Received: --plot-loss=${tmpdir()} (a directory).`],
  ["train", ["--data", "iris", "--plot-boundary", `${PACKAGE_JSON}/b.svg`], `train: --plot-boundary must be a file path in an existing, writable directory. Received: --plot-boundary=${PACKAGE_JSON}/b.svg (${PACKAGE_JSON} is not a directory).`],
  ["data", ["iris", "--out", ""], "data: --out must be a file path in an existing, writable directory. Received: --out= (empty)."],
  ["export", ["--model", "m.json", "--out", "m.onnx", "--format", "zip"], "export: --format must be one of onnx, tfjs. Received: --format=zip."],
  ["export", ["--model", "m.json", "--out", "m.onnx", "--format", "onnx", "--dtype", "float16"], "export: --dtype must be one of float32, float64. Received: --dtype=float16."],
  ["export", ["--model", "m.json", "--out", "m.onnx", "--format", "onnx", "--opset", "12"], "export: --opset must be an integer ≥ 13 and ≤ 21. Received: --opset=12."],
  ["import", ["m.onnx", "--out", "/nonexistent-backprop-dir/m.json"], "import: --out must be a file path in an existing, writable directory. Received: --out=/nonexistent-backprop-dir/m.json (no directory /nonexistent-backprop-dir)."],
];

describe("every flag's bad value", () => {
  it.each(cases)("%s %j is refused with one exact line", (command, argv, message) => {
    expect(messageOf(command, argv)).toBe(message);
  });

  it("covers every checked flag of every command", () => {
    const checked = COMMANDS.flatMap((c) =>
      c.spec.flags.filter((f) => f.kind !== "boolean" && f.kind !== "string").map((f) => `${c.spec.name} --${f.name}`),
    );
    const tested = new Set(cases.flatMap(([command, argv]) => argv.filter((a) => a.startsWith("--")).map((a) => `${command} ${a}`)));
    expect(checked.filter((name) => !tested.has(name))).toEqual([]);
  });
});
