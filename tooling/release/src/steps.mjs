/**
 * A run's list of checks: each step is timed, printed as it starts and ends, and kept for the
 * closing summary. A failed step records its error; `critical` steps also stop the run, and so
 * does `stop()` (on a signal): every later step throws `StepFailed` without running.
 */
export function createReport(log = console.log) {
  const steps = [];
  let stoppedBy = null;
  return {
    steps,
    /** Ends the run at the next step: `reason` is recorded once, as the step that did not run. */
    stop(reason) {
      stoppedBy ??= reason;
    },
    /**
     * @template T
     * @param {string} name
     * @param {() => Promise<T>} body returns a one-line detail for the summary (or an object
     *   with `detail`)
     * @param {{ critical?: boolean }} options
     * @returns {Promise<T | undefined>}
     */
    async step(name, body, { critical = false } = {}) {
      if (stoppedBy !== null) {
        steps.push({ name, ok: false, detail: `not run: ${stoppedBy}`, ms: 0 });
        throw new StepFailed(name);
      }
      const started = Date.now();
      log(`\n▶ ${name}`);
      try {
        const value = await body();
        const detail = typeof value === "string" ? value : value?.detail ?? "";
        steps.push({ name, ok: true, detail, ms: Date.now() - started });
        log(`  ✓ ${detail}`.trimEnd());
        return value;
      } catch (error) {
        steps.push({ name, ok: false, detail: error.message, ms: Date.now() - started });
        log(`  ✗ ${error.message}`);
        if (critical) throw new StepFailed(name);
        return undefined;
      }
    },
    /** Records a step that could not run because what it needs was not published. */
    skip(name, reason) {
      log(`\n- ${name}: skipped (${reason})`);
      steps.push({ name, ok: true, skipped: true, detail: `skipped: ${reason}`, ms: 0 });
    },
    get ok() {
      return steps.length > 0 && steps.every((s) => s.ok);
    },
    summary() {
      const width = Math.max(...steps.map((s) => s.name.length));
      const lines = steps.map((s) => {
        const first = s.detail.split("\n")[0];
        return `${s.skipped ? "-" : s.ok ? "✓" : "✗"} ${s.name.padEnd(width)}  ${(s.ms / 1000).toFixed(1).padStart(5)}s  ${first}`;
      });
      const failed = steps.filter((s) => !s.ok).length;
      const skipped = steps.filter((s) => s.skipped).length;
      lines.push(`checks: ${steps.length - failed - skipped} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
      return lines.join("\n");
    },
  };
}

/** Thrown by a critical step so the run stops; its details are already in the report. */
export class StepFailed extends Error {
  constructor(name) {
    super(`critical step failed: ${name}`);
    this.name = "StepFailed";
  }
}
