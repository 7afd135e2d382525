import { wasmRuntime } from "./wasm-runtime.js";
import { threadsInUse } from "./thread-pool.js";
import { THREAD_MIN_WORK, WASM_MIN_WORK, settings } from "./settings.js";

/** What {@link kernelInfo} reports. */
export interface KernelInfo {
  /** The kernel large products run on: `"wasm-simd"` or `"js"`. */
  kernel: "wasm-simd" | "js";
  /** Threads a product of at least `threadMinWork` multiply-adds is split across (1: not split). */
  threads: number;
  /** Products under this many multiply-adds (`m·n·k`) run on the JS kernels. */
  wasmMinWork: number;
  /** Products under this many multiply-adds run on one thread. */
  threadMinWork: number;
}

/**
 * Which matrix-product kernel runs here, under the current {@link setKernelOptions}: so that a
 * benchmark figure always says what it measured. Compiles the WebAssembly module if not yet done.
 * @example
 * kernelInfo(); // { kernel: "wasm-simd", threads: 2, wasmMinWork: 4097, threadMinWork: 262144 }
 */
export function kernelInfo(): KernelInfo {
  const rt = settings.kernel === "js" ? null : wasmRuntime();
  return {
    kernel: rt === null ? "js" : "wasm-simd",
    threads: threadsInUse(rt),
    wasmMinWork: WASM_MIN_WORK,
    threadMinWork: THREAD_MIN_WORK,
  };
}
