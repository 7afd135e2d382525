/** How a flag's text becomes a value. `outputFile`: a path to write, checked up front (its directory exists and is writable). */
export type FlagKind = "string" | "outputFile" | "number" | "integer" | "boolean" | "choice" | "integers" | "numbers";

/** One `--flag` a command accepts. */
export interface FlagSpec {
  /** Long name without dashes, kebab-case: `batch-size`. */
  name: string;
  kind: FlagKind;
  /** What `--help` says the flag does. */
  description: string;
  /** Placeholder shown in help: `--lr <rate>`. */
  valueName?: string;
  /** Accepted values for `kind: "choice"`. */
  choices?: readonly string[];
  /** Inclusive lower bound for numbers (each element for lists). */
  min?: number;
  /** Inclusive upper bound for numbers. */
  max?: number;
  /** Whether the lower bound itself is excluded (`--lr` must be > 0). */
  exclusiveMin?: boolean;
  default?: string | number | boolean | readonly number[];
  required?: boolean;
}

/** A positional argument such as the demo name. */
export interface PositionalSpec {
  name: string;
  description: string;
  choices?: readonly string[];
  required?: boolean;
  default?: string;
}

/** Everything the parser and the help screen need to know about a command. */
export interface CommandSpec {
  name: string;
  summary: string;
  positionals?: readonly PositionalSpec[];
  flags: readonly FlagSpec[];
  /** Full command lines shown under "Examples" in `--help`. */
  examples: readonly string[];
  /** Extra paragraphs printed in `--help` after the flags. */
  notes?: readonly string[];
}

export type FlagValue = string | number | boolean | number[] | undefined;

/** The parsed command line: flag values by camelCase name, positionals by name. */
export interface ParsedArgs {
  flags: Record<string, FlagValue>;
  positionals: Record<string, string | undefined>;
}

/** `batch-size` → `batchSize`. */
export function camelCase(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}
