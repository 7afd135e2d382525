import { setTimeout } from "node:timers";
import { describe, expect, it } from "vitest";
import { killActiveChildren, run } from "./process.mjs";

describe("run", () => {
  it("resolves with the output of a command that succeeds and rejects naming one that fails", async () => {
    const ok = await run(process.execPath, ["-e", "console.log('hi')"], { cwd: process.cwd() });
    expect(ok.stdout.trim()).toBe("hi");
    await expect(run(process.execPath, ["-e", "process.exit(3)"], { cwd: process.cwd() })).rejects.toThrow(/exited with 3/);
  });
});

describe("killActiveChildren", () => {
  it("ends the running commands, waits for them, and from then on run starts nothing", async () => {
    const started = Date.now();
    const sleeper = run(process.execPath, ["-e", "setTimeout(() => {}, 60_000)"], { cwd: process.cwd() });
    await new Promise((r) => setTimeout(r, 200));
    await killActiveChildren();
    await expect(sleeper).rejects.toThrow(/exited with SIGTERM/);
    expect(Date.now() - started).toBeLessThan(10_000);
    // The next step reacting to the failure must not start a command that outlives the run.
    await expect(run(process.execPath, ["-e", "console.log('late')"], { cwd: process.cwd() })).rejects.toThrow(/not started: the run is being stopped/);
  });
});
