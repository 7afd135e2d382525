import { afterAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { interruptCli, tempDir } from "./run-cli.js";

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
    const m = r.stdout.match(/^Interrupted at epoch (\d+) of 1000000: reporting the model as it stands\.$/m);
    expect(m).not.toBeNull();
    expect(Number(m?.[1])).toBeLessThan(1000000);
    expect(r.stdout).toMatch(/^final loss .*, train accuracy \d+\.\d\d%, test accuracy \d+\.\d\d%/m);
    expect(r.stdout).toMatch(new RegExp(`^Saved the model to ${model.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "m"));
    expect(JSON.parse(readFileSync(model, "utf8")).format).toBe("backprop.network");
  });
});
