import type { CommandSpec, ParsedArgs } from "../args/spec.js";
import type { TextSink } from "../output/output.js";

/** The streams a command writes to: the process's own, or fakes in unit tests. */
export interface CommandIO {
  stdout: TextSink;
  stderr: TextSink;
}

/** One `backprop <name>` subcommand: its spec (flags, help) and what it does. Returns the exit code. */
export interface Command {
  spec: CommandSpec;
  run(args: ParsedArgs, io: CommandIO): Promise<number>;
}
