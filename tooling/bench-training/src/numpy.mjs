// The tutorials' NumPy loops (numpy_tutorials.py) on the same data, in a child /usr/bin/python3.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const PYTHON = "/usr/bin/python3";
const script = fileURLToPath(new URL("./numpy_tutorials.py", import.meta.url));

const rowsOf = (m) => Array.from({ length: m.rows }, (_, i) => Array.from(m.row(i)));

/** Whether /usr/bin/python3 exists and imports numpy. */
export function numpyAvailable() {
  if (!existsSync(PYTHON)) return false;
  try {
    execFileSync(PYTHON, ["-c", "import numpy"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Seconds of configuration `c`, best of `repeats` after a warm-up, or undefined when the run fails. */
export function numpySeconds(c, repeats = 1) {
  const dir = mkdtempSync(join(tmpdir(), "bench-training-"));
  try {
    const payload = { repeats };
    if (c.name === "large") {
      // 10 000 × 784 doubles as raw float64: JSON would take longer to parse than the training.
      const xFile = join(dir, "large-x.f64");
      writeFileSync(xFile, new Uint8Array(c.x.data.buffer, c.x.data.byteOffset, c.x.data.byteLength));
      payload.large = { xFile, rows: c.x.rows, cols: c.x.cols, y: Array.from(c.y) };
    } else {
      payload[c.name] = { x: rowsOf(c.x), y: Array.from(c.y) };
    }
    const dataFile = join(dir, "data.json");
    writeFileSync(dataFile, JSON.stringify(payload));
    const out = execFileSync(PYTHON, [script, dataFile], { encoding: "utf8", maxBuffer: 1 << 20 });
    return JSON.parse(out.trim().split("\n").pop())[c.name];
  } catch (err) {
    console.log(`NumPy (${c.name}): run failed (${err.message.split("\n")[0]})`);
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
