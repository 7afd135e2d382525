import type { CommandSpec, FlagSpec } from "./spec.js";
import { GLOBAL_FLAGS } from "./parse.js";

function flagLabel(flag: FlagSpec): string {
  if (flag.kind === "boolean") return `--${flag.name}`;
  const value = flag.kind === "choice" ? (flag.choices ?? []).join("|") : (flag.valueName ?? "value");
  return `--${flag.name} <${value}>`;
}

function flagLine(flag: FlagSpec, width: number): string {
  const d = flag.default;
  const shown = d === undefined || d === false ? "" : ` (default: ${Array.isArray(d) ? d.join(",") : String(d)})`;
  const required = flag.required ? " (required)" : "";
  return `  ${flagLabel(flag).padEnd(width)}  ${flag.description}${required}${shown}`;
}

/**
 * The `--help` screen of one command: usage line, what it does, its arguments, flags with
 * defaults, notes and runnable examples.
 */
export function renderHelp(spec: CommandSpec): string {
  const positionals = spec.positionals ?? [];
  const usage = [`backprop ${spec.name}`, ...positionals.map((p) => (p.required ? `<${p.name}>` : `[${p.name}]`)), "[flags]"];
  const flags = [...spec.flags, ...GLOBAL_FLAGS];
  const width = Math.max(...flags.map((f) => flagLabel(f).length));
  const lines = [`Usage: ${usage.join(" ")}`, "", spec.summary, ""];
  if (positionals.length) {
    lines.push("Arguments:");
    for (const p of positionals) {
      const choices = p.choices ? ` One of: ${p.choices.join(", ")}.` : "";
      const d = p.default ? ` (default: ${p.default})` : "";
      lines.push(`  ${p.name.padEnd(width)}  ${p.description}${choices}${d}`);
    }
    lines.push("");
  }
  lines.push("Flags:", ...flags.map((f) => flagLine(f, width)), "");
  if (spec.notes?.length) lines.push(...spec.notes, "");
  lines.push("Examples:", ...spec.examples.map((e) => `  ${e}`));
  return lines.join("\n") + "\n";
}
