import type { CommandSpec, FlagSpec } from "./spec.js";
import { GLOBAL_FLAGS } from "./parse.js";
import { reflow, wrapText } from "./wrap.js";

function flagLabel(flag: FlagSpec): string {
  if (flag.kind === "boolean") return `--${flag.name}`;
  const value = flag.kind === "choice" && flag.valueName === undefined ? (flag.choices ?? []).join("|") : (flag.valueName ?? "value");
  return `--${flag.name} <${value}>`;
}

/** Descriptions narrower than this go on the line below their flag instead of a thin column. */
const MIN_DESCRIPTION = 30;

/** Labels longer than this get a line of their own, so one long label does not push every description right. */
const MAX_LABEL = 30;

/** `  label  description…`, the description wrapped to `columns` in its own column (below the label when the label is long or the terminal narrow). */
function entry(label: string, description: string, width: number, columns: number): string[] {
  const start = Math.min(width, MAX_LABEL) + 4;
  const room = columns - start;
  if (room < MIN_DESCRIPTION) return [`  ${label}`, ...wrapText(description, columns - 6).map((l) => `      ${l}`)];
  const [first = "", ...more] = wrapText(description, room);
  const pad = (l: string): string => `${" ".repeat(start)}${l}`;
  const head = label.length + 4 <= start ? [`  ${label.padEnd(start - 4)}  ${first}`] : [`  ${label}`, pad(first)];
  return [...head, ...more.map(pad)];
}

function flagLines(flag: FlagSpec, width: number, columns: number): string[] {
  const d = flag.default;
  const shown = d === undefined || d === false ? "" : ` (default: ${Array.isArray(d) ? d.join(",") : String(d)})`;
  const required = flag.required ? " (required)" : "";
  // A choice with a placeholder (`--optimizer <name>`: too many names for the label) lists them in its description.
  const choices = flag.kind === "choice" && flag.valueName !== undefined ? ` One of: ${(flag.choices ?? []).join(", ")}.` : "";
  return entry(flagLabel(flag), `${flag.description}${choices}${required}${shown}`, width, columns);
}

/**
 * The `--help` screen of one command: usage line, what it does, its arguments, flags with
 * defaults, notes and runnable examples, wrapped to `columns` (the terminal's width; 80 when
 * not a terminal). Examples are command lines and are never broken.
 */
export function renderHelp(spec: CommandSpec, columns = 80): string {
  const positionals = spec.positionals ?? [];
  const usage = [`backprop ${spec.name}`, ...positionals.map((p) => (p.required ? `<${p.name}>` : `[${p.name}]`)), "[flags]"];
  const flags = [...spec.flags, ...GLOBAL_FLAGS];
  const width = Math.max(...flags.map((f) => flagLabel(f).length));
  const lines = [...wrapText(`Usage: ${usage.join(" ")}`, columns, 7), "", ...wrapText(spec.summary, columns), ""];
  if (positionals.length) {
    lines.push("Arguments:");
    for (const p of positionals) {
      const choices = p.choices ? ` One of: ${p.choices.join(", ")}.` : "";
      const d = p.default ? ` (default: ${p.default})` : "";
      lines.push(...entry(p.name, `${p.description}${choices}${d}`, width, columns));
    }
    lines.push("");
  }
  lines.push("Flags:", ...flags.flatMap((f) => flagLines(f, width, columns)), "");
  if (spec.notes?.length) lines.push(...reflow(spec.notes, columns), "");
  lines.push("Examples:", ...spec.examples.map((e) => `  ${e}`));
  return lines.join("\n") + "\n";
}
