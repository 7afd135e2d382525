import { GEMM_WASM_BASE64, MEMORY_FLAG_OFFSET } from "../wasm/gemm-module.generated.js";

/** The few WebAssembly JS-API members used here (typed locally: lib ES2022 has no WebAssembly). */
interface WasmMemory {
  readonly buffer: ArrayBuffer | SharedArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Memory: new (descriptor: { initial: number; maximum: number; shared?: boolean }) => WasmMemory;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
  validate(bytes: Uint8Array): boolean;
}

/** The compiled gemm.wat, its memory and a view of it. Made on the first large product. */
export interface WasmRuntime {
  module: object;
  memory: WasmMemory;
  /** Whether `memory` is shared (a `SharedArrayBuffer`), so workers can use it. */
  shared: boolean;
  gemm: (
    ap: number, aStrip: number, aStep: number, bp: number, bStrip: number, bStep: number,
    c: number, m: number, n: number, k: number, is0: number, is1: number, js0: number, js1: number, tmp: number,
  ) => void;
  /** gemm.wat's `pack`: lanes × steps of an operand (byte strides) into 4-lane strips at `dst`. */
  pack: (src: number, lane: number, step: number, lanes: number, steps: number, dst: number) => void;
  /** The memory as doubles; re-made when {@link grow} grows the memory (only it does). */
  f64: Float64Array;
  /** The memory's length in bytes. */
  bytes: number;
}

/** 64 KiB WebAssembly pages; gemm.wat declares at most 16384 of them (1 GiB). */
const PAGE = 65536;
const MAX_PAGES = 16384;

let runtime: WasmRuntime | null | undefined;

function decode(base64: string): Uint8Array {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** Shared memory needs `SharedArrayBuffer`, which a browser page has only when cross-origin isolated. */
function canShare(): boolean {
  if (typeof SharedArrayBuffer === "undefined") return false;
  const g = globalThis as { crossOriginIsolated?: boolean; process?: { versions?: { node?: string } } };
  return g.process?.versions?.node !== undefined || g.crossOriginIsolated === true;
}

function create(): WasmRuntime | null {
  const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (wasm === undefined) return null;
  const bytes = decode(GEMM_WASM_BASE64);
  let shared = canShare();
  let memory: WasmMemory;
  try {
    memory = new wasm.Memory({ initial: 1, maximum: MAX_PAGES, shared });
  } catch {
    shared = false;
    memory = new wasm.Memory({ initial: 1, maximum: MAX_PAGES });
  }
  if (!shared) bytes[MEMORY_FLAG_OFFSET] = 0x01;
  // A host without WebAssembly SIMD rejects the module: validate first, then compile
  // synchronously (1.3 kB, far under the size a browser's main thread may compile in one go).
  if (!wasm.validate(bytes)) return null;
  try {
    const module = new wasm.Module(bytes);
    const instance = new wasm.Instance(module, { env: { memory } });
    const gemm = instance.exports.gemm as WasmRuntime["gemm"];
    const pack = instance.exports.pack as WasmRuntime["pack"];
    return { module, memory, shared, gemm, pack, f64: new Float64Array(memory.buffer), bytes: PAGE };
  } catch {
    return null;
  }
}

/** The runtime, made on first use; null where WebAssembly SIMD is missing. */
export function wasmRuntime(): WasmRuntime | null {
  if (runtime === undefined) runtime = create();
  return runtime;
}

/**
 * Grows the memory to at least `bytes` (callers check `rt.bytes` first, so a warmed-up product
 * never calls this); false when that is past the 1 GiB the module declares, and the caller falls
 * back to JS.
 */
export function grow(rt: WasmRuntime, bytes: number): boolean {
  const pages = Math.ceil(bytes / PAGE);
  if (pages > MAX_PAGES) return false;
  rt.memory.grow(pages - rt.bytes / PAGE);
  rt.f64 = new Float64Array(rt.memory.buffer);
  rt.bytes = pages * PAGE;
  return true;
}
