import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseArgs } from "./parse.js";
import { COMMANDS } from "../commands/index.js";
import { UsageError } from "../errors.js";
import { main } from "../cli.js";
import { memorySink } from "../../test/memory-sink.js";

const flagNames = [...new Set(COMMANDS.flatMap((c) => c.spec.flags.map((f) => f.name))), "help", "debug"];
const awkward = ["", " ", "-", "--", "-h", "-1", "-x", "1e999", "-0", "NaN", "Infinity", "0x10", " 1", "1,,2", ",", "1,2,3", "1e3", "2.5", "4294967296", "=", "__proto__", "constructor", "é", "\u001b[2J", "iris", "moons", "/nonexistent/x.json", "a.csv"];

/** One word of a command line: a known flag (with or without `=value`), an awkward value, or anything. */
const word = fc.oneof(
  fc.constantFrom(...flagNames).map((n) => `--${n}`),
  fc.tuple(fc.constantFrom(...flagNames), fc.constantFrom(...awkward)).map(([n, v]) => `--${n}=${v}`),
  fc.constantFrom(...awkward),
  fc.string({ maxLength: 12 }),
  fc.double().map(String),
);
const argv = fc.array(word, { maxLength: 8 });

describe("parseArgs on random command lines", () => {
  it("either parses or throws one line of UsageError naming the command; never another error", () => {
    fc.assert(
      fc.property(fc.constantFrom(...COMMANDS), argv, (command, words) => {
        try {
          const parsed = parseArgs(command.spec, words);
          expect(Object.getPrototypeOf(parsed.flags)).toBe(Object.prototype);
        } catch (error) {
          expect(error).toBeInstanceOf(UsageError);
          const message = (error as Error).message;
          expect(message.startsWith(`${command.spec.name}: `) || message.startsWith("backprop: ")).toBe(true);
          expect(message).not.toMatch(/\n/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("main on random words that are not a command", () => {
  it("prints help or version (exit 0) or one error line (exit 2), never an internal error", async () => {
    const names = new Set(COMMANDS.map((c) => c.spec.name));
    // (--debug adds the stack trace on purpose.)
    const notCommands = argv.filter((w) => w.length > 0 && !names.has(w[0] as string) && w[0] !== "help" && !w.some((x) => x.startsWith("--debug")));
    await fc.assert(
      fc.asyncProperty(notCommands, async (words) => {
        const stdout = memorySink(false);
        const stderr = memorySink(false);
        const code = await main(words, { stdout, stderr });
        expect([0, 2]).toContain(code);
        if (code === 2) expect(stderr.text).toMatch(/^backprop: [^\n]*\n$/);
      }),
      { numRuns: 500 },
    );
  });
});
