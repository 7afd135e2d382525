import { UsageError } from "../errors.js";
import { camelCase, type CommandSpec, type FlagSpec, type ParsedArgs } from "./spec.js";
import { parseFlagValue } from "./values.js";
import { closest } from "./suggest.js";

/** Flags every command accepts, whatever its spec says. */
export const GLOBAL_FLAGS: readonly FlagSpec[] = [
  { name: "help", kind: "boolean", description: "Show this help and exit." },
  { name: "debug", kind: "boolean", description: "On an error, print the stack trace too." },
];

function unknownFlag(spec: CommandSpec, flags: readonly FlagSpec[], name: string): never {
  const names = flags.map((f) => `--${f.name}`);
  const guess = closest(`--${name}`, names);
  const hint = guess ? ` Did you mean ${guess}?` : "";
  throw new UsageError(`${spec.name}: unknown flag --${name}.${hint} Expected one of: ${names.join(", ")}.`);
}

function assignPositionals(spec: CommandSpec, words: string[], out: ParsedArgs): void {
  const specs = spec.positionals ?? [];
  if (words.length > specs.length) {
    const extra = words[specs.length];
    const expected = specs.length ? `at most ${specs.map((p) => `<${p.name}>`).join(" ")}` : "no positional arguments";
    throw new UsageError(`${spec.name}: unexpected argument "${extra}". Expected ${expected}.`);
  }
  specs.forEach((p, i) => {
    const word = words[i] ?? p.default;
    if (word !== undefined && p.choices && !p.choices.includes(word)) {
      const guess = closest(word, p.choices);
      const hint = guess ? ` Did you mean ${guess}?` : "";
      throw new UsageError(`${spec.name}: unknown ${p.name} "${word}".${hint} Expected one of: ${p.choices.join(", ")}.`);
    }
    if (word === undefined && p.required) {
      throw new UsageError(`${spec.name}: missing <${p.name}>. Expected one of: ${(p.choices ?? []).join(", ")}.`);
    }
    out.positionals[p.name] = word;
  });
}

/**
 * Parses `argv` (the words after the command name) against a command's spec. Accepts
 * `--flag value`, `--flag=value`, bare boolean flags and `--` to end the flags; a value may
 * start with `-` (`--values -1,2`). Defaults fill flags that were not given.
 * @throws UsageError for an unknown flag, a missing or bad value, or a missing required flag.
 * @example
 * parseArgs(trainSpec, ["--lr", "0.5", "--json"]).flags; // { lr: 0.5, json: true, ... }
 */
export function parseArgs(spec: CommandSpec, argv: readonly string[]): ParsedArgs {
  const flags = [...spec.flags, ...GLOBAL_FLAGS];
  const out: ParsedArgs = { flags: {}, positionals: {} };
  const words: string[] = [];
  // The text each flag was first given as, so a repeated flag is refused rather than silently overridden.
  const given = new Map<string, string>();
  const once = (name: string, text: string): void => {
    const first = given.get(name);
    if (first !== undefined) throw new UsageError(`${spec.name}: --${name} may be given only once. Received: ${first} and ${text}.`);
    given.set(name, text);
  };
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string;
    if (word === "--") {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (word === "-h") {
      out.flags.help = true;
      continue;
    }
    if (!word.startsWith("--")) {
      if (/^-[^\d.]/.test(word)) unknownFlag(spec, flags, word.replace(/^-+/, ""));
      words.push(word);
      continue;
    }
    const eq = word.indexOf("=");
    const name = word.slice(2, eq === -1 ? undefined : eq);
    const flag = flags.find((f) => f.name === name) ?? unknownFlag(spec, flags, name);
    let raw: string | undefined = eq === -1 ? undefined : word.slice(eq + 1);
    if (flag.kind === "boolean") {
      if (raw !== undefined && raw !== "true" && raw !== "false") {
        throw new UsageError(`${spec.name}: --${name} takes no value (or true/false). Received: ${word}.`);
      }
      once(name, word);
      out.flags[camelCase(name)] = raw !== "false";
      continue;
    }
    if (raw === undefined) {
      raw = argv[++i];
      if (raw === undefined) throw new UsageError(`${spec.name}: --${name} needs a value. Received: nothing after --${name}.`);
    }
    once(name, `--${name}=${raw}`);
    out.flags[camelCase(name)] = parseFlagValue(spec.name, flag, raw);
  }
  if (out.flags.help) return out;
  fillDefaults(spec, flags, out);
  assignPositionals(spec, words, out);
  return out;
}

/** Gives every flag that was not on the command line its default (`false` for booleans). */
function fillDefaults(spec: CommandSpec, flags: readonly FlagSpec[], out: ParsedArgs): void {
  for (const flag of flags) {
    const key = camelCase(flag.name);
    if (out.flags[key] !== undefined) continue;
    if (flag.required) throw new UsageError(`${spec.name}: --${flag.name} is required. Received: no --${flag.name}.`);
    const fallback = flag.default ?? (flag.kind === "boolean" ? false : undefined);
    // A copy of a list default, so a command that edits its flags cannot change the spec.
    out.flags[key] = typeof fallback === "object" ? [...fallback] : fallback;
  }
}
