import { existsSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "./args/parse.js";
import { renderHelp } from "./args/help.js";
import { closest } from "./args/suggest.js";
import { EXIT, UsageError, errorLine, isUserError } from "./errors.js";
import type { Command, CommandIO } from "./commands/command.js";
import { COMMANDS } from "./commands/index.js";
import { printable } from "./output/printable.js";

const VERSION = "0.1.0";

/** The width help is wrapped to: the terminal's, or 80 when not a terminal (or a pty with no size). */
function helpWidth(io: CommandIO): number {
  const columns = io.stdout.isTTY ? io.stdout.columns : undefined;
  return columns !== undefined && columns > 0 ? Math.max(40, columns) : 80;
}

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.spec.name.length));
  return [
    "Usage: backprop <command> [flags]",
    "",
    "Train the classic NumPy-tutorial neural networks from a terminal, with plots.",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.spec.name.padEnd(width)}  ${c.spec.summary}`),
    "",
    "Run `backprop <command> --help` for a command's flags and examples.",
    "",
    "Examples:",
    "  backprop demo",
    "  backprop train --data iris --layers 16,8 --save model.json",
    "  backprop predict --model model.json --values 5.1,3.5,1.4,0.2",
    "",
  ].join("\n");
}

function findCommand(name: string): Command {
  const command = COMMANDS.find((c) => c.spec.name === name);
  if (command) return command;
  const names = COMMANDS.map((c) => c.spec.name);
  const guess = closest(name, names);
  const hint = guess ? ` Did you mean ${guess}?` : "";
  throw new UsageError(`backprop: unknown command "${name}".${hint} Expected one of: ${names.join(", ")}.`);
}

/**
 * Runs `backprop <argv...>` and resolves to the exit code: 0 success, 2 a user error (one line on
 * stderr, the stack only with `--debug`), 1 an internal failure, 130 interrupted.
 */
export async function main(argv: readonly string[], io: CommandIO = process): Promise<number> {
  const debug = argv.includes("--debug");
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === "--help" || name === "-h" || name === "help") {
      const topic = name === "help" ? rest[0] : undefined;
      io.stdout.write(topic ? renderHelp(findCommand(topic).spec, helpWidth(io)) : overview());
      return EXIT.ok;
    }
    if (name === "--version" || name === "-v") {
      if (rest.length > 0) throw new UsageError(`backprop: ${name} takes no arguments. Received: ${rest.join(" ")}.`);
      io.stdout.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    if (name.startsWith("-")) throw new UsageError(`backprop: the command must come before any flag. Received: ${name} first. Run: backprop --help`);
    const command = findCommand(name);
    const args = parseArgs(command.spec, rest);
    if (args.flags.help) {
      io.stdout.write(renderHelp(command.spec, helpWidth(io)));
      return EXIT.ok;
    }
    return await command.run(args, io);
  } catch (error) {
    const user = isUserError(error);
    // Printable: a message may quote a class or column name from somebody's file.
    const line = printable(errorLine(error).replace(/^backprop: backprop: /, "backprop: "));
    const hint = user ? "" : debug ? " (an internal error)" : " (an internal error; run with --debug for the stack trace)";
    io.stderr.write(`${line}${hint}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return user ? EXIT.usage : EXIT.internal;
  }
}

/**
 * The folder the user ran the command from, when a package manager started us somewhere else:
 * `pnpm backprop … --out x.csv` from a subfolder runs the bin in the workspace root and says
 * where the user was in `INIT_CWD`. `undefined` when not run through pnpm (or npm), or when that
 * folder is the current one or is gone.
 */
export function invocationDir(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string | undefined {
  const init = env.INIT_CWD;
  const agent = env.npm_config_user_agent ?? "";
  // pnpm and npm start a bin in a package's folder; a process started anywhere else (a test, a
  // script that spawned us with its own cwd) only inherited INIT_CWD and means its own cwd.
  if (!init || !/^(pnpm|npm)\//.test(agent) || init === cwd || !existsSync(join(cwd, "package.json"))) return undefined;
  try {
    return statSync(init).isDirectory() ? init : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs the CLI as a process: `backprop data spiral | head -3` (a reader that stops early) is not
 * an error, the exit code is `main`'s, and relative paths resolve against {@link invocationDir}
 * (`INIT_CWD ?? cwd`) when pnpm or npm started us. Used by bin/backprop.mjs and by `node dist/cli.js`.
 */
export async function runAsBinary(argv: readonly string[]): Promise<void> {
  // Relative paths (--data, --save, --out, …) then mean what they meant where the user typed them.
  const dir = invocationDir();
  if (dir !== undefined) process.chdir(dir);
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(EXIT.ok);
    throw error;
  });
  process.exitCode = await main(argv);
}

function invokedDirectly(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return pathToFileURL(realpathSync(script)).href === import.meta.url;
  } catch {
    return false;
  }
}

// `node dist/cli.js demo` works as well as the `backprop` bin (which imports runAsBinary).
if (invokedDirectly()) await runAsBinary(process.argv.slice(2));
