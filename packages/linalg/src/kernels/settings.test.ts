import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { setKernelOptions } from "./settings.js";
import { kernelInfo } from "./kernel-info.js";
import { GEMM_WASM_BASE64, MEMORY_FLAG_OFFSET } from "../wasm/gemm-module.generated.js";

/** The WebAssembly JS API, typed here (the package's lib, ES2022, does not declare it). */
const wasm = (globalThis as unknown as {
  WebAssembly: {
    Memory: new (d: { initial: number; maximum: number; shared?: boolean }) => { buffer: ArrayBuffer };
    Module: new (bytes: Uint8Array) => object;
    Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
  };
}).WebAssembly;

afterEach(() => setKernelOptions({ kernel: "auto", threads: "auto" }));

describe("setKernelOptions and kernelInfo", () => {
  it("report the kernel and threads chosen (Node 20 has WebAssembly SIMD and worker_threads)", () => {
    setKernelOptions({ kernel: "auto", threads: 2 });
    expect(kernelInfo()).toEqual({ kernel: "wasm-simd", threads: 2, wasmMinWork: 4097, threadMinWork: 262144 });
    setKernelOptions({ threads: 1 });
    expect(kernelInfo().threads).toBe(1);
    setKernelOptions({ kernel: "js" });
    expect(kernelInfo()).toMatchObject({ kernel: "js", threads: 1 });
  });

  it("reject a kernel or thread count they do not know", () => {
    expect(() => setKernelOptions({ kernel: "gpu" as never })).toThrow(/^setKernelOptions: kernel must be "auto" or "js"\. Received: kernel="gpu"\.$/);
    for (const threads of [0, 1.5, 65, Number.NaN]) {
      expect(() => setKernelOptions({ threads })).toThrow(/^setKernelOptions: threads must be "auto" or an integer from 1 to 64\. Received: threads=.+\.$/);
    }
  });

  it("BACKPROP_KERNEL=js and BACKPROP_THREADS=1 set the defaults", () => {
    // The defaults are read once, when the module loads: a fresh process on the built package.
    const dist = fileURLToPath(new URL("../../dist/index.js", import.meta.url));
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", `import { kernelInfo } from ${JSON.stringify(dist)}; console.log(JSON.stringify(kernelInfo()));`], {
      env: { ...process.env, BACKPROP_KERNEL: "js", BACKPROP_THREADS: "1" },
      encoding: "utf8",
    });
    expect(JSON.parse(out)).toMatchObject({ kernel: "js", threads: 1 });
  });
});

describe("the WebAssembly module", () => {
  it("is what scripts/build-wasm.mjs assembles from the committed gemm.wat", () => {
    const script = fileURLToPath(new URL("../../scripts/build-wasm.mjs", import.meta.url));
    expect(() => execFileSync(process.execPath, [script, "--check"], { stdio: "pipe" })).not.toThrow();
  });

  it("stays far under a browser's limit for synchronous compilation on the main thread (4 KiB in old Chrome, 8 MB now)", () => {
    expect(atob(GEMM_WASM_BASE64).length).toBeLessThan(4096);
  });

  it("imports a shared memory, or an unshared one with its limits flag flipped", () => {
    const bytes = Uint8Array.from(atob(GEMM_WASM_BASE64), (ch) => ch.charCodeAt(0));
    expect(bytes[MEMORY_FLAG_OFFSET]).toBe(0x03);
    const shared = new wasm.Memory({ initial: 1, maximum: 16384, shared: true });
    expect(() => new wasm.Instance(new wasm.Module(bytes), { env: { memory: shared } })).not.toThrow();
    bytes[MEMORY_FLAG_OFFSET] = 0x01;
    const plain = new wasm.Memory({ initial: 1, maximum: 16384 });
    const { gemm } = new wasm.Instance(new wasm.Module(bytes), { env: { memory: plain } }).exports as { gemm: (...args: number[]) => void };
    // A 4×4·4×4 product of packed operands: op(A) = I (4-row strip), op(B) = 1..16 (4-column strip).
    const f = new Float64Array(plain.buffer);
    for (let p = 0; p < 4; p++) for (let r = 0; r < 4; r++) f[16 + 4 * p + r] = p === r ? 1 : 0;
    for (let p = 0; p < 4; p++) for (let c = 0; c < 4; c++) f[32 + 4 * p + c] = 4 * p + c + 1;
    gemm(128, 128, 32, 256, 128, 32, 384, 4, 4, 4, 0, 1, 0, 1, 1024);
    expect(Array.from(f.subarray(48, 64))).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
  });
});
