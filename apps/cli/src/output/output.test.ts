import { describe, expect, it } from "vitest";
import { memorySink } from "../../test/memory-sink.js";
import { Output } from "./output.js";
import { formatDuration, formatProgress } from "./progress-bar.js";

const done = { epoch: 10, epochs: 10, loss: 0.5, elapsedMs: 1000 };

describe("formatProgress", () => {
  it("fills the bar in proportion to the epochs done and estimates the time left", () => {
    const line = formatProgress({ epoch: 50, epochs: 100, loss: 0.25, elapsedMs: 2000 }, 60);
    expect(line).toBe("epoch  50/100 [█████████░░░░░░░░░]  50% loss 0.250000 ETA 2s");
    expect(line.length).toBeLessThanOrEqual(60);
  });

  it("drops the bar on a narrow terminal rather than wrapping", () => {
    expect(formatProgress({ epoch: 1, epochs: 4, loss: 1, elapsedMs: 1000 }, 30).length).toBeLessThan(30);
  });

  it("shows the ETA only after 3 epochs and 0.5 s, when the pace means something", () => {
    expect(formatProgress({ epoch: 2, epochs: 100, loss: 0.25, elapsedMs: 5000 }, 80)).not.toMatch(/ETA/);
    expect(formatProgress({ epoch: 50, epochs: 100, loss: 0.25, elapsedMs: 400 }, 80)).not.toMatch(/ETA/);
    expect(formatProgress({ epoch: 3, epochs: 6, loss: 0.25, elapsedMs: 600 }, 80)).toMatch(/ loss 0\.250000 ETA 1s$/);
  });

  it("formats durations coarsely", () => {
    expect([formatDuration(4.2), formatDuration(75), formatDuration(3700), formatDuration(Number.NaN)]).toEqual([
      "4s",
      "1m15s",
      "1h01m",
      "?",
    ]);
  });
});

describe("Output", () => {
  it("on a terminal redraws the bar in place and erases it before the next line", () => {
    const out = memorySink(true);
    const o = new Output(out, memorySink(false), false, {});
    o.progress(done);
    o.line("finished");
    expect(o.mode).toBe("tty");
    const erase = "\r\u001b[2K";
    expect(out.text.startsWith(`${erase}epoch 10/10 [`)).toBe(true);
    expect(out.text.endsWith(`] 100% loss 0.500000 ETA 0s${erase}finished\n`)).toBe(true);
  });

  it("on a terminal that reports 0 columns (a pty with no size) still draws the bar and charts 80 wide", () => {
    const out = { ...memorySink(true), columns: 0 };
    const o = new Output(out, memorySink(false), false, {});
    o.progress(done);
    let width = -1;
    o.terminalOnly((columns) => String((width = columns)));
    expect(out.text.startsWith("\r\u001b[2Kepoch 10/10 [")).toBe(true);
    expect(width).toBe(80);
  });

  it("when piped prints plain lines only: no bar, no escape codes, no carriage returns", () => {
    const out = memorySink(false);
    const o = new Output(out, memorySink(false), false, {});
    o.progress(done);
    o.terminalOnly(() => "chart");
    o.line("finished");
    o.result({ a: 1 });
    expect(out.text).toBe("finished\n");
  });

  it("with --json prints nothing on stdout but the result object, and notes go to stderr", () => {
    const out = memorySink(true);
    const err = memorySink(false);
    const o = new Output(out, err, true);
    o.line("hidden");
    o.progress(done);
    o.note("saved");
    o.result({ epochs: 3, loss: [1, 0.5, 0.25] });
    expect(JSON.parse(out.text)).toEqual({ epochs: 3, loss: [1, 0.5, 0.25] });
    expect(err.text).toBe("saved\n");
  });
});
