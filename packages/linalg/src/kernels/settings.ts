/**
 * Which matrix-product kernel runs: the WebAssembly SIMD one (when the host has WebAssembly SIMD)
 * or the JS one, and on how many threads. Every choice gives the same bits, so these settings
 * change speed only. The environment variables `BACKPROP_KERNEL=js` and `BACKPROP_THREADS=1` set
 * the defaults in Node (to run a whole test suite on the JS fallback, say).
 */
export interface KernelOptions {
  /** `"auto"` (default): WebAssembly SIMD where the host has it, else JS. `"js"`: JS only. */
  kernel?: "auto" | "js";
  /**
   * Threads for large products (the calling thread counts as one). `"auto"` (default): every core
   * (up to 8) in Node, and in a browser page that is `crossOriginIsolated`; 1 where shared memory
   * is missing. Only products of at least {@link THREAD_MIN_WORK} multiply-adds are split.
   */
  threads?: number | "auto";
}

/** The settings in force, as {@link setKernelOptions} left them. */
export interface KernelSettings {
  kernel: "auto" | "js";
  /** Requested threads: a number, or 0 for "auto". */
  threads: number;
}

/**
 * Products smaller than this (`m·n·k` multiply-adds) stay in JS. It is where the JS path starts
 * packing (above 4,096 multiply-adds, every side ≥ 4): every product it would pack runs in
 * WebAssembly instead, 3–4× faster already at 16×16×32 (a call costs about a microsecond); the
 * smaller ones, summed straight through without depth blocks, keep their JS kernels and bits.
 */
export const WASM_MIN_WORK = 4097;
/**
 * Products at least this large are split across threads; smaller ones are not worth a hand-off.
 * The 128→64 layer's three products per step of a batch of 64 (524,288 multiply-adds each) ran
 * in 25–36 µs on two threads against 47–70 µs on one (tooling/bench-training/src/product-shapes.mjs),
 * so the line sits below them; the seed configurations' products are far smaller still.
 */
export const THREAD_MIN_WORK = 64 * 64 * 64;
/** The most threads "auto" uses. */
export const MAX_AUTO_THREADS = 8;

function env(name: string): string | undefined {
  const proc = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  return proc?.env?.[name];
}

function initial(): KernelSettings {
  const threads = Number(env("BACKPROP_THREADS") ?? "0");
  return {
    kernel: env("BACKPROP_KERNEL") === "js" ? "js" : "auto",
    threads: Number.isInteger(threads) && threads > 0 ? threads : 0,
  };
}

/** The settings in force, and how many times they have changed (the thread pool resizes itself). */
export const settings: KernelSettings & { version: number } = /* @__PURE__ */ Object.assign(/* @__PURE__ */ initial(), { version: 0 });

/**
 * Chooses the matrix-product kernel and its threads for every later product. Results are the
 * same bits whatever is chosen; only the speed changes.
 * @throws TypeError when `kernel` is not `"auto"` or `"js"`.
 * @throws RangeError when `threads` is not `"auto"` or an integer from 1 to 64.
 * @example
 * setKernelOptions({ threads: 1 }); // one thread, WebAssembly SIMD where available
 * setKernelOptions({ kernel: "js" }); // the JS kernels only
 */
export function setKernelOptions(options: KernelOptions): void {
  const { kernel, threads } = options;
  if (kernel !== undefined && kernel !== "auto" && kernel !== "js") {
    throw new TypeError(`setKernelOptions: kernel must be "auto" or "js". Received: kernel=${JSON.stringify(kernel)}.`);
  }
  if (threads !== undefined && threads !== "auto" && !(Number.isInteger(threads) && threads >= 1 && threads <= 64)) {
    throw new RangeError(`setKernelOptions: threads must be "auto" or an integer from 1 to 64. Received: threads=${String(threads)}.`);
  }
  if (kernel !== undefined) settings.kernel = kernel;
  if (threads !== undefined) settings.threads = threads === "auto" ? 0 : threads;
  settings.version++;
}
