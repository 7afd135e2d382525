import { describe, expect, it } from "vitest";
import { memorySink } from "../../test/memory-sink.js";
import { colorLevel, fitColors } from "./color-level.js";
import { Output } from "./output.js";

const tty = (depth?: number) => ({ ...memorySink(true), ...(depth === undefined ? {} : { getColorDepth: () => depth }) });

describe("colorLevel", () => {
  it.each([
    [{ NO_COLOR: "1" }, tty(24), 0],
    [{ NO_COLOR: "yes", FORCE_COLOR: "3" }, tty(24), 0],
    [{ NO_COLOR: "" }, tty(24), 3],
    [{ FORCE_COLOR: "0" }, tty(24), 0],
    [{ FORCE_COLOR: "1" }, memorySink(false), 1],
    [{ FORCE_COLOR: "2" }, tty(4), 2],
    [{ FORCE_COLOR: "3" }, tty(4), 3],
    [{ TERM: "dumb" }, tty(24), 0],
    [{ TERM: "xterm" }, tty(4), 1],
    [{ TERM: "xterm-256color" }, tty(8), 2],
    [{}, tty(1), 0],
    [{}, memorySink(false), 0],
    [{}, tty(), 1],
  ] as const)("%j on %o → %d", (env, sink, level) => {
    expect(colorLevel(sink, env)).toBe(level);
  });
});

describe("fitColors", () => {
  const red = "\u001b[38;2;255;0;0m█\u001b[48;2;0;0;255m▀\u001b[0m";
  it("maps 24-bit colours onto the 256-colour cube, the 16 ANSI colours, or removes them", () => {
    expect(fitColors(red, 3)).toBe(red);
    // 16 + 36·5 = 196 (pure red); 16 + 5 = 21 (pure blue).
    expect(fitColors(red, 2)).toBe("\u001b[38;5;196m█\u001b[48;5;21m▀\u001b[0m");
    expect(fitColors(red, 1)).toBe("\u001b[91m█\u001b[104m▀\u001b[0m");
    expect(fitColors(red, 0)).toBe("█▀");
  });
});

describe("Output with NO_COLOR on a terminal", () => {
  it("draws the bar and the charts with no escape sequence at all", () => {
    const out = memorySink(true);
    const o = new Output(out, memorySink(false), false, { NO_COLOR: "1" });
    o.progress({ epoch: 5, epochs: 10, loss: 0.5, elapsedMs: 1000 });
    o.line("done");
    o.terminalOnly(() => "\u001b[38;2;1;2;3mchart\u001b[0m");
    expect(o.mode).toBe("tty");
    expect(out.text).toMatch(/^\r {79}\repoch {2}5\/10 \[/);
    // eslint-disable-next-line no-control-regex
    expect(out.text).not.toMatch(/\u001b/);
    expect(out.text.endsWith("done\nchart\n")).toBe(true);
  });
});
