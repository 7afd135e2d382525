import { formatProgress, type ProgressState } from "./progress-bar.js";
import { printable } from "./printable.js";
import { colorLevel, fitColors, type ColorLevel } from "./color-level.js";

/** Where output goes: a terminal (progress bar), a pipe or file (plain lines), or `--json`. */
export type OutputMode = "tty" | "plain" | "json";

/** The slice of a Node stream the CLI writes to (a fake one in tests). */
export interface TextSink {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
  /** Node's `tty.WriteStream#getColorDepth`: 1, 4, 8 or 24 bits. */
  getColorDepth?(env?: NodeJS.ProcessEnv): number;
}

const REDRAW_MS = 80;

/** The terminal's width; a pseudo-terminal with no size set (e.g. under `script`) reports 0, read as 80. */
function widthOf(sink: TextSink): number {
  return sink.columns !== undefined && sink.columns > 0 ? sink.columns : 80;
}

/**
 * Everything a command prints goes through here, so the three output modes hold everywhere:
 * on a TTY human lines plus a progress bar redrawn in place; when piped the same lines and no
 * escape codes or carriage returns; with `--json` nothing on stdout but the one result object.
 */
export class Output {
  readonly mode: OutputMode;
  /** Colours the terminal shows (0 with `NO_COLOR`, when piped, on a dumb terminal). */
  readonly colors: ColorLevel;
  private barShown = false;
  private lastDraw = 0;

  constructor(
    private readonly stdout: TextSink,
    private readonly stderr: TextSink,
    json: boolean,
    env: NodeJS.ProcessEnv = process.env,
  ) {
    this.mode = json ? "json" : stdout.isTTY ? "tty" : "plain";
    this.colors = this.mode === "tty" ? colorLevel(stdout, env) : 0;
  }

  /** A human-readable line (dropped in JSON mode). */
  line(text = ""): void {
    if (this.mode === "json") return;
    this.clearProgress();
    this.stdout.write(`${printable(text)}\n`);
  }

  /** A note for the user that must not pollute stdout (shown in every mode, on stderr). */
  note(text: string): void {
    this.clearProgress();
    this.stderr.write(`${printable(text)}\n`);
  }

  /** Redraws the progress bar in place (TTY only, at most every 80 ms, always at the end). */
  progress(state: ProgressState): void {
    if (this.mode !== "tty") return;
    const now = Date.now();
    if (state.epoch < state.epochs && now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const width = widthOf(this.stdout);
    this.stdout.write(`${this.eraseLine(width)}${formatProgress(state, width)}`);
    this.barShown = true;
  }

  /** Erases the bar so the next line starts clean. */
  clearProgress(): void {
    if (!this.barShown) return;
    this.stdout.write(this.eraseLine(widthOf(this.stdout)));
    this.barShown = false;
  }

  /**
   * Back to the line's start and blank it: `ESC[2K` normally; spaces without colour (NO_COLOR,
   * TERM=dumb), where nothing but plain characters and `\r` is printed.
   */
  private eraseLine(width: number): string {
    return this.colors === 0 ? `\r${" ".repeat(width - 1)}\r` : "\r\x1b[2K";
  }

  /**
   * Text shown only on a terminal (charts drawn with Unicode blocks), rendered only when shown,
   * for its width and colour level; 24-bit colours are rewritten for a 256- or 16-colour terminal
   * and removed without colour. The text is the CLI's own: names in it must be made printable first.
   */
  terminalOnly(render: (columns: number, colors: ColorLevel) => string): void {
    if (this.mode !== "tty") return;
    this.clearProgress();
    this.stdout.write(`${fitColors(render(widthOf(this.stdout), this.colors), this.colors)}\n`);
  }

  /** The result object: printed as one JSON line in JSON mode, ignored otherwise. */
  result(value: unknown): void {
    if (this.mode !== "json") return;
    this.stdout.write(`${JSON.stringify(value)}\n`);
  }
}
