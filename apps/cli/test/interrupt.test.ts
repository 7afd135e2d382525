import { afterAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { interruptCli, runCli, tempDir } from "./run-cli.js";

const tmp = tempDir();
afterAll(tmp.remove);

describe("Ctrl-C during training", () => {
  it("stops cleanly, still reports, saves the model as it stands and exits 130", async () => {
    const model = join(tmp.dir, "model.json");
    const r = await interruptCli(
      ["train", "--data", "spiral", "--epochs", "1000000", "--batch-size", "8", "--save", model],
      /^Training /m,
    );
    expect(r.code).toBe(130);
    expect(r.stderr).toBe("");
    const m = r.stdout.match(/^Interrupted at epoch (\d+) of 1000000( \(after batch \d+ of \d+ in epoch \d+\))?: reporting the model as it stands\.$/m);
    expect(m).not.toBeNull();
    expect(Number(m?.[1])).toBeLessThan(1000000);
    expect(r.stdout).toMatch(/^final loss .*, train accuracy \d+\.\d\d%, test accuracy \d+\.\d\d%/m);
    expect(r.stdout).toMatch(new RegExp(`^Saved the model to ${model.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "m"));
    expect(JSON.parse(readFileSync(model, "utf8")).format).toBe("backprop.network");
  });
});

describe("Ctrl-C in the middle of a long epoch", () => {
  it("is honoured after the current batch, not at the end of the epoch", async () => {
    const data = join(tmp.dir, "big.csv");
    expect(runCli(["data", "moons", "--n-samples", "50000", "--out", data]).code).toBe(0);
    // 40,000 one-row batches an epoch, so an epoch takes seconds; the interrupt lands in the first.
    const r = await interruptCli(["train", "--data", data, "--epochs", "10", "--batch-size", "1", "--layers", "64,64"], /^Training /m, undefined, /^Interrupted /m);
    expect(r.code).toBe(130);
    const m = /^Interrupted at epoch 0 of 10 \(after batch (\d+) of 40000 in epoch 1\): reporting the model as it stands\.$/m.exec(r.stdout);
    expect(Number(m?.[1])).toBeLessThan(40000);
    // From the signal to the line saying training stopped: one batch and a turn of the event loop.
    expect(r.msToMark).toBeLessThan(3000);
    expect(r.stdout).toMatch(/^final loss n\/a, train accuracy \d+\.\d\d%, test accuracy \d+\.\d\d%/m);
  }, 60_000);
});
