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

describe("Ctrl-C during the all-rows fit of train --cv --save", () => {
  it("saves the model as it stands, says it is partly trained and exits 130, as train does", async () => {
    const data = join(tmp.dir, "cv.csv");
    const model = join(tmp.dir, "cv.json");
    expect(runCli(["data", "moons", "--n-samples", "20000", "--out", data]).code).toBe(0);
    // Each fold trains on 10,000 rows, the final fit on 20,000 (about a second): the interrupt,
    // sent when the folds' summary is printed, lands in the final fit.
    const r = await interruptCli(["train", "--data", data, "--cv", "2", "--epochs", "10", "--batch-size", "1", "--save", model], /^mean ± std over 2 folds: /m);
    expect(r.code).toBe(130);
    const m = /^Interrupted at epoch (\d+) of 10(?: \(after batch \d+ of 20000 in epoch \d+\))? of the final fit on all 20000 rows: saving the model as it stands\.$/m.exec(r.stdout);
    expect(m).not.toBeNull();
    const epochs = Number(m?.[1]);
    expect(epochs).toBeLessThan(10);
    expect(r.stdout).toContain(`\nSaved the partly trained model (all 20000 rows, ${epochs} of 10 epochs) to ${model}\n`);
    expect(r.stdout).not.toContain("Saved the model (trained on all");
    // The file holds the interrupted run: its epoch count is the one the message gives.
    expect((JSON.parse(readFileSync(model, "utf8")) as { training: { epochs: number } }).training.epochs).toBe(epochs);
  }, 60_000);
});
