import { afterEach, describe, expect, it, vi } from "vitest";
import { interruptSignal } from "./interrupt.js";

afterEach(() => vi.restoreAllMocks());

describe("interruptSignal", () => {
  it("aborts on the first SIGINT and exits with 130 at once on the second", () => {
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    let notes = 0;
    const { signal, dispose } = interruptSignal(() => notes++);
    try {
      process.emit("SIGINT", "SIGINT");
      expect([signal.aborted, notes, exit.mock.calls.length]).toEqual([true, 1, 0]);
      process.emit("SIGINT", "SIGINT");
      expect(exit.mock.calls).toEqual([[130]]);
    } finally {
      dispose();
    }
    expect(process.listenerCount("SIGINT")).toBe(0);
  });
});
