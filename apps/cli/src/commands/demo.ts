import type { Command } from "./command.js";
import { jsonFlag, seedFlag } from "./shared-flags.js";
import { DEMOS, DEMO_NAMES } from "../demos/catalog.js";
import { runDemo, type DemoReport } from "../demos/run-demo.js";
import { Output } from "../output/output.js";
import { interruptSignal } from "../io/interrupt.js";
import { EXIT } from "../errors.js";
import { summaryTable } from "../demos/summary-table.js";

/** `backprop demo [name]`: the tutorials' networks, trained with their settings and printed lines. */
export const demoCommand: Command = {
  spec: {
    name: "demo",
    summary: "Train the NumPy tutorials' networks and print what the tutorials print.",
    positionals: [{ name: "name", description: "Which demo.", choices: DEMO_NAMES, default: "all" }],
    flags: [seedFlag, jsonFlag],
    examples: [
      "backprop demo",
      "backprop demo xor",
      "backprop demo iris --seed 7",
      "backprop demo classification --json | jq .testAccuracy",
    ],
    notes: [
      "classification and xor are tutorial 000's nets, iris is 001's, xor-mse is 002's; circles,",
      "moons and spiral are extra 2-D sets. Data and splits use the tutorials' random_state=42;",
      "--seed S plays np.random.seed(S): one RandomState(S) per demo draws the weights layer by",
      "layer and then, for the mini-batch demos, one permutation per epoch. The loss, lines and",
      "accuracies equal the tutorial code's after np.random.seed(S).",
    ],
  },
  async run(args, io) {
    const out = new Output(io.stdout, io.stderr, Boolean(args.flags.json));
    const name = args.positionals.name as string;
    const seed = args.flags.seed as number;
    const selected = name === "all" ? DEMOS : DEMOS.filter((d) => d.name === name);
    const { signal, dispose } = interruptSignal();
    const started = performance.now();
    const reports: DemoReport[] = [];
    try {
      for (const demo of selected) {
        reports.push(await runDemo(demo, seed, out, signal));
        if (signal.aborted) break;
      }
    } finally {
      dispose();
    }
    if (signal.aborted) out.note(`Interrupted: stopped after epoch ${reports.at(-1)?.epochs ?? 0}.`);
    if (reports.length > 1) summaryTable(reports, seed).forEach((l) => out.line(l));
    const seconds = (performance.now() - started) / 1000;
    out.result(name === "all" ? { seed, demos: reports, seconds, interrupted: signal.aborted } : reports[0]);
    return signal.aborted ? EXIT.interrupted : EXIT.ok;
  },
};
