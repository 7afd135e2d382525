import type { TfjsWeightSpec } from "./tfjs-types.js";

const WHERE = "fromTfjs";

/** The largest total number of weights read (2^26). */
export const MAX_TFJS_WEIGHTS = 2 ** 26;

function fail(rule: string, received: string): TypeError {
  return new TypeError(`${WHERE}: ${rule}. Received: ${received}.`);
}

function specOf(value: unknown, at: string): TfjsWeightSpec {
  const s = value as Record<string, unknown>;
  if (s === null || typeof s !== "object" || typeof s.name !== "string") throw fail(`${at} must be an object with a string name`, JSON.stringify(value)?.slice(0, 60) ?? String(value));
  if (s.dtype !== undefined && s.dtype !== "float32") throw fail(`${at} (${s.name}) must be float32`, `dtype=${JSON.stringify(s.dtype)}`);
  if (s.quantization !== undefined) throw fail(`${at} (${s.name}) is quantized, which is not read`, `quantization=${JSON.stringify(s.quantization)}`);
  if (!Array.isArray(s.shape) || !s.shape.every((d) => Number.isInteger(d) && (d as number) >= 0)) throw fail(`${at}.shape must be non-negative integers`, JSON.stringify(s.shape));
  return { name: s.name, shape: s.shape as number[], dtype: "float32" };
}

/** The shard files of group `g`, in the order of its `paths`, as one array. */
function concatenated(paths: unknown[], files: Record<string, Uint8Array>, g: number): Uint8Array {
  const parts = paths.map((p: unknown) => {
    const part = typeof p === "string" && Object.hasOwn(files, p) ? files[p] : undefined;
    if (part === undefined) throw fail(`weightsManifest[${g}] names a shard that was not given`, `path=${JSON.stringify(p)}`);
    return part;
  });
  const bytes = new Uint8Array(parts.reduce((n: number, p: Uint8Array) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return bytes;
}

/**
 * Reads every weight of a TF.js weights manifest into float64 arrays keyed by name. Sizes are
 * checked against the bytes given before anything is read, and bounded by {@link MAX_TFJS_WEIGHTS}.
 * `files` is the shard files by path, or one buffer of every group's weights in manifest order.
 * @throws TypeError naming the group, shard or weight that is missing, malformed or short.
 */
export function readTfjsWeights(manifest: unknown, files: Record<string, Uint8Array> | Uint8Array): Map<string, { shape: number[]; values: Float64Array }> {
  if (!Array.isArray(manifest)) throw fail("weightsManifest must be an array", JSON.stringify(manifest)?.slice(0, 60) ?? String(manifest));
  const out = new Map<string, { shape: number[]; values: Float64Array }>();
  let total = 0;
  // One buffer holds every group's weights, in manifest order, as TF.js's `io.fromMemory` takes them.
  const single = files instanceof Uint8Array ? files : undefined;
  let offset = 0;
  manifest.forEach((group: unknown, g) => {
    const grp = group as Record<string, unknown>;
    if (grp === null || typeof grp !== "object" || !Array.isArray(grp.paths) || !Array.isArray(grp.weights)) throw fail(`weightsManifest[${g}] must have paths and weights arrays`, JSON.stringify(group)?.slice(0, 60) ?? String(group));
    let bytes: Uint8Array;
    if (single !== undefined) {
      bytes = single;
    } else {
      bytes = concatenated(grp.paths, files as Record<string, Uint8Array>, g);
      offset = 0;
    }
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    grp.weights.forEach((w: unknown, k) => {
      const spec = specOf(w, `weightsManifest[${g}].weights[${k}]`);
      const count = spec.shape.reduce((a, b) => a * b, 1);
      total += count;
      if (total > MAX_TFJS_WEIGHTS) throw new RangeError(`${WHERE}: the model has more than ${MAX_TFJS_WEIGHTS} weights. Received: ${spec.name} with shape [${spec.shape.join(",")}].`);
      if (offset + count * 4 > bytes.length) throw fail(`weight ${spec.name} runs past the end of its shards (${bytes.length} bytes)`, `shape=[${spec.shape.join(",")}] at byte ${offset}`);
      const values = new Float64Array(count);
      for (let i = 0; i < count; i++) values[i] = view.getFloat32(offset + i * 4, true);
      offset += count * 4;
      out.set(spec.name, { shape: spec.shape, values });
    });
  });
  return out;
}
