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

/** Seconds per configuration name, best of 3 after a warm-up, or undefined when the run fails. */
export function numpySeconds(configs) {
  const dir = mkdtempSync(join(tmpdir(), "bench-training-"));
  try {
    const byName = Object.fromEntries(configs.map((c) => [c.name, c]));
    const large = byName.large;
    const xFile = join(dir, "large-x.f64");
    writeFileSync(xFile, new Uint8Array(large.x.data.buffer, large.x.data.byteOffset, large.x.data.byteLength));
    const payload = { repeats: 3, large: { xFile, rows: large.x.rows, cols: large.x.cols, y: Array.from(large.y) } };
    for (const name of ["iris", "classification", "xor"]) payload[name] = { x: rowsOf(byName[name].x), y: Array.from(byName[name].y) };
    const dataFile = join(dir, "data.json");
    writeFileSync(dataFile, JSON.stringify(payload));
    const out = execFileSync(PYTHON, [script, dataFile], { encoding: "utf8", maxBuffer: 1 << 20 });
    return JSON.parse(out.trim().split("\n").pop());
  } catch (err) {
    console.log(`NumPy: run failed (${err.message.split("\n")[0]})`);
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
