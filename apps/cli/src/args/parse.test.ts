import { describe, expect, it } from "vitest";
import { parseArgs } from "./parse.js";
import type { CommandSpec } from "./spec.js";
import { renderHelp } from "./help.js";

const spec: CommandSpec = {
  name: "train",
  summary: "Trains a network.",
  positionals: [{ name: "set", description: "a data set", choices: ["iris", "xor"], default: "iris" }],
  flags: [
    { name: "lr", kind: "number", min: 0, exclusiveMin: true, default: 0.1, description: "learning rate" },
    { name: "epochs", kind: "integer", min: 1, default: 1000, description: "epochs" },
    { name: "layers", kind: "integers", min: 1, default: [16, 8], description: "hidden sizes" },
    { name: "values", kind: "numbers", description: "features" },
    { name: "optimizer", kind: "choice", choices: ["sgd", "adam"], default: "sgd", description: "optimizer" },
    { name: "json", kind: "boolean", description: "JSON output" },
    { name: "save", kind: "string", description: "model path" },
  ],
  examples: ["backprop train --lr 0.5"],
};

describe("parseArgs", () => {
  it("fills defaults and converts kebab-case names to camelCase keys", () => {
    const { flags, positionals } = parseArgs(spec, []);
    expect(flags).toMatchObject({ lr: 0.1, epochs: 1000, layers: [16, 8], optimizer: "sgd", json: false });
    expect(positionals.set).toBe("iris");
  });

  it("accepts --flag value, --flag=value, booleans and values that start with a dash", () => {
    const { flags, positionals } = parseArgs(spec, ["xor", "--lr=0.5", "--epochs", "20", "--json", "--values", "-1,2.5"]);
    expect(flags).toMatchObject({ lr: 0.5, epochs: 20, json: true, values: [-1, 2.5] });
    expect(positionals.set).toBe("xor");
  });

  it("names an unknown flag, suggests the nearest one and lists the accepted flags", () => {
    expect(() => parseArgs(spec, ["--epoch", "3"])).toThrow(
      /^train: unknown flag --epoch\. Did you mean --epochs\? Expected one of: --lr, --epochs, .*--help, --debug\.$/,
    );
  });

  it.each([
    [["--lr", "abc"], /^train: --lr must be a number > 0\. Received: --lr=abc\.$/],
    [["--lr", "0"], /^train: --lr must be a number > 0\. Received: --lr=0\.$/],
    [["--lr", ""], /Received: --lr=\.$/],
    [["--epochs", "2.5"], /^train: --epochs must be an integer ≥ 1\. Received: --epochs=2\.5\.$/],
    [["--layers", "16,x"], /^train: --layers must be a comma-separated list of integers ≥ 1 .*Received: --layers=16,x\.$/],
    [["--optimizer", "adan"], /^train: --optimizer must be one of sgd, adam\. Received: --optimizer=adan\.$/],
    [["--epochs"], /^train: --epochs needs a value\./],
    [["--json=maybe"], /^train: --json takes no value/],
    [["spiral"], /^train: unknown set "spiral"\. Expected one of: iris, xor\.$/],
    [["xor", "iris"], /^train: unexpected argument "iris"\./],
  ])("rejects %j with one line naming the flag and what it accepts", (argv, message) => {
    expect(() => parseArgs(spec, argv)).toThrow(message);
  });

  it("refuses a flag given twice, in any spelling, naming both", () => {
    expect(() => parseArgs(spec, ["--lr", "1", "--lr=2"])).toThrow(/^train: --lr may be given only once\. Received: --lr=1 and --lr=2\.$/);
    expect(() => parseArgs(spec, ["--json", "--json=false"])).toThrow(/^train: --json may be given only once\. Received: --json and --json=false\.$/);
  });

  it("reports a missing required flag", () => {
    const required: CommandSpec = { ...spec, flags: [{ name: "model", kind: "string", required: true, description: "m" }] };
    expect(() => parseArgs(required, [])).toThrow(/^train: --model is required\./);
    expect(parseArgs(required, ["--help"]).flags.help).toBe(true);
  });
});

describe("renderHelp", () => {
  it("wraps to the width it is given: no line longer, descriptions continued under their column", () => {
    const long: CommandSpec = { ...spec, notes: ["A note that is long enough to need wrapping at forty columns, surely.", "  BACKPROP_X=1 an indented item"] };
    for (const columns of [40, 60, 80, 120]) {
      const lines = renderHelp(long, columns).split("\n").filter((l) => !l.startsWith("  backprop "));
      expect(lines.filter((l) => [...l].length > columns)).toEqual([]);
    }
    expect(renderHelp(long, 40)).toMatch(/\n {2}BACKPROP_X=1 an indented item\n/);
  });

  it("shows usage, every flag with its default, the global flags and the examples", () => {
    const help = renderHelp(spec);
    expect(help).toMatch(/^Usage: backprop train \[set\] \[flags\]/);
    expect(help).toMatch(/--optimizer <sgd\|adam>\s+optimizer \(default: sgd\)/);
    expect(help).toMatch(/--layers <value>\s+hidden sizes \(default: 16,8\)/);
    expect(help).toMatch(/--debug/);
    expect(help).toMatch(/Examples:\n {2}backprop train --lr 0\.5\n$/);
  });
});
