import { formatProgress, type ProgressState } from "./progress-bar.js";

/** Where output goes: a terminal (progress bar), a pipe or file (plain lines), or `--json`. */
export type OutputMode = "tty" | "plain" | "json";

/** The slice of a Node stream the CLI writes to (a fake one in tests). */
export interface TextSink {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
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
  private barShown = false;
  private lastDraw = 0;

  constructor(
    private readonly stdout: TextSink,
    private readonly stderr: TextSink,
    json: boolean,
  ) {
    this.mode = json ? "json" : stdout.isTTY ? "tty" : "plain";
  }

  /** A human-readable line (dropped in JSON mode). */
  line(text = ""): void {
    if (this.mode === "json") return;
    this.clearProgress();
    this.stdout.write(`${text}\n`);
  }

  /** A note for the user that must not pollute stdout (shown in every mode, on stderr). */
  note(text: string): void {
    this.clearProgress();
    this.stderr.write(`${text}\n`);
  }

  /** Redraws the progress bar in place (TTY only, at most every 80 ms, always at the end). */
  progress(state: ProgressState): void {
    if (this.mode !== "tty") return;
    const now = Date.now();
    if (state.epoch < state.epochs && now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.stdout.write(`\r\x1b[2K${formatProgress(state, widthOf(this.stdout))}`);
    this.barShown = true;
  }

  /** Erases the bar so the next line starts clean. */
  clearProgress(): void {
    if (!this.barShown) return;
    this.stdout.write("\r\x1b[2K");
    this.barShown = false;
  }

  /** Text shown only on a terminal (charts drawn with Unicode blocks), rendered only when shown. */
  terminalOnly(render: (columns: number) => string): void {
    if (this.mode === "tty") this.line(render(widthOf(this.stdout)));
  }

  /** The result object: printed as one JSON line in JSON mode, ignored otherwise. */
  result(value: unknown): void {
    if (this.mode !== "json") return;
    this.stdout.write(`${JSON.stringify(value)}\n`);
  }
}
