import type { Command } from "./command.js";
import type { ParsedArgs } from "../args/spec.js";
import { DATASET_NAMES, seedFlag, type DatasetName } from "./shared-flags.js";
import { FIXED_SETS, loadBuiltin } from "../data/builtin.js";
import { BUILTINS, taskText } from "../data/catalog.js";
import { toCsv } from "../data/csv-text.js";
import { writeFileAtomic } from "../io/atomic-write.js";
import { EXIT, UsageError } from "../errors.js";
import { checkLimit, limitsHelp } from "../limits.js";

/**
 * Refuses `--n-samples`/`--noise` where they would be ignored: Iris is fixed, and xor without
 * `--n-samples` is the noiseless 4-row truth table.
 * @throws UsageError naming the flag.
 */
function checkKnobs(name: DatasetName, flags: ParsedArgs["flags"]): void {
  if (FIXED_SETS.includes(name)) {
    const given = (["nSamples", "noise"] as const).find((key) => flags[key] !== undefined);
    if (given) {
      const flag = given === "nSamples" ? "--n-samples" : "--noise";
      throw new UsageError(`data: ${flag} applies to the generated sets only (classification, circles, moons, xor, spiral). Received: ${flag}=${flags[given]} for ${name}.`);
    }
  }
  if (name === "xor" && flags.noise !== undefined && flags.nSamples === undefined) {
    throw new UsageError(`data: --noise needs --n-samples for xor (without it xor is the 4-row truth table). Received: --noise=${flags.noise} alone.`);
  }
}

/** The `--list` table: every built-in set with its shape and task. */
export function listText(): string {
  const rows = BUILTINS.map((b) => [b.name, String(b.rows), String(b.features), taskText(b), b.description]);
  const head = ["name", "rows", "features", "task", "what"];
  const widths = head.map((h, j) => Math.max(h.length, ...rows.map((r) => (r[j] as string).length)));
  const line = (r: string[]): string => r.map((c, j) => (j === 1 || j === 2 ? c.padStart(widths[j] as number) : j === r.length - 1 ? c : c.padEnd(widths[j] as number))).join("  ");
  return `${[head, ...rows].map(line).join("\n")}\n(generated sets: rows are the default --n-samples)\n`;
}

/** `backprop data <name>`: writes a built-in data set as CSV, to a file or to stdout. */
export const dataCommand: Command = {
  spec: {
    name: "data",
    summary: "Write a built-in data set as CSV, or list them all with --list.",
    positionals: [{ name: "name", description: "The data set.", choices: DATASET_NAMES }],
    flags: [
      { name: "list", kind: "boolean", description: "List every built-in set with its shape and task, then exit." },
      { name: "n-samples", kind: "integer", min: 1, valueName: "n", description: "Number of points (generated sets only)." },
      { name: "noise", kind: "number", min: 0, valueName: "x", description: "Noise level (generated sets only)." },
      seedFlag,
      { name: "out", kind: "outputFile", valueName: "FILE.csv", description: "Where to write the CSV (default: stdout)." },
    ],
    examples: [
      "backprop data iris --out iris.csv",
      "backprop data moons --n-samples 200 --noise 0.1 --seed 7 --out moons.csv",
      "backprop data spiral | head -3",
      "backprop data --list",
      "backprop data diabetes --out diabetes.csv",
    ],
    notes: [
      "Defaults: classification = the tutorial's make_classification (1000 points, 2 features),",
      "circles 500 points noise 0.1 factor 0.5, moons 500 points noise 0.2, spiral 300 points",
      "(3 arms) noise 0.2, xor = the 4-row truth table unless --n-samples is given. iris, digits,",
      "wine, breast-cancer and diabetes are scikit-learn's tables, bit for bit (diabetes: a regression).",
      ...limitsHelp(),
    ],
  },
  async run(args, io) {
    if (args.flags.list === true) {
      io.stdout.write(listText());
      return EXIT.ok;
    }
    const name = args.positionals.name as DatasetName | undefined;
    if (name === undefined) throw new UsageError(`data: missing <name>. Expected one of: ${DATASET_NAMES.join(", ")} (backprop data --list shows their shapes).`);
    checkKnobs(name, args.flags);
    const nSamples = args.flags.nSamples as number | undefined;
    if (nSamples !== undefined) checkLimit("data", `--n-samples=${nSamples}`, nSamples, "rows");
    const data = await loadBuiltin(name, {
      nSamples: args.flags.nSamples as number | undefined,
      noise: args.flags.noise as number | undefined,
      seed: args.flags.seed as number,
    });
    const bad = data.x.data.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0) {
      throw new UsageError(`data: every generated value must be finite. Received: ${String(data.x.data[bad])} at row ${Math.floor(bad / data.x.cols) + 1} (--noise=${String(args.flags.noise)} is too large).`);
    }
    const text = toCsv(data, name === "iris" ? "species" : data.target.kind === "values" ? "target" : "label");
    const out = args.flags.out as string | undefined;
    if (out === undefined) {
      io.stdout.write(text);
    } else {
      writeFileAtomic(out, text);
      io.stderr.write(`wrote ${data.x.rows} rows × ${data.x.cols + 1} columns to ${out}\n`);
    }
    return EXIT.ok;
  },
};
