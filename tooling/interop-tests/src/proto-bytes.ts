// A few protobuf wire-format helpers, written here apart from @backprop/interop's codec, to make
// ONNX files the library's encoder cannot write (string, bool, float16 tensors).

function varint(n: number): number[] {
  const out: number[] = [];
  let v = n;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return out;
}

const concat = (parts: (Uint8Array | number[])[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

/** Field `no` as a varint (wire type 0). */
export const varintField = (no: number, value: number): Uint8Array => concat([varint(no * 8), varint(value)]);
/** Field `no` as length-delimited bytes (wire type 2). */
export const bytesField = (no: number, payload: Uint8Array): Uint8Array => concat([varint(no * 8 + 2), varint(payload.length), payload]);
const text = (no: number, s: string): Uint8Array => bytesField(no, new TextEncoder().encode(s));

/** A `TensorProto` of `strings` (data_type 8, string_data field 6). */
export function stringTensor(name: string, strings: string[]): Uint8Array {
  return concat([varintField(1, strings.length), varintField(2, 8), ...strings.map((s) => text(6, s)), text(8, name)]);
}
/** A `TensorProto` of booleans (data_type 9, one int32_data entry each). */
export function boolTensor(name: string, values: boolean[]): Uint8Array {
  return concat([varintField(1, values.length), varintField(2, 9), ...values.map((v) => varintField(5, v ? 1 : 0)), text(8, name)]);
}
/** A `TensorProto` of float16 bit patterns (data_type 10, raw_data little-endian). */
export function float16Tensor(name: string, bits: number[]): Uint8Array {
  const raw = Uint8Array.from(bits.flatMap((b) => [b & 0xff, b >> 8]));
  return concat([varintField(1, bits.length), varintField(2, 10), bytesField(9, raw), text(8, name)]);
}

/**
 * `ModelProto` bytes with `tensors` added to its graph's initializers (GraphProto field 5): the
 * graph's bytes (ModelProto field 7) get the new fields appended, which protobuf reads as more
 * entries of the repeated field.
 */
export function withInitializers(model: Uint8Array, tensors: Uint8Array[]): Uint8Array {
  const parts: Uint8Array[] = [];
  let at = 0;
  const read = (): number => {
    let v = 0, scale = 1, b: number;
    do {
      b = model[at++] as number;
      v += (b & 0x7f) * scale;
      scale *= 0x80;
    } while (b & 0x80);
    return v;
  };
  while (at < model.length) {
    const start = at;
    const tag = read();
    const wire = tag % 8;
    if (wire === 0) read();
    else if (wire === 1) at += 8;
    else if (wire === 5) at += 4;
    else if (wire === 2) {
      const length = read();
      const payload = model.subarray(at, at + length);
      at += length;
      if (Math.floor(tag / 8) === 7) {
        parts.push(bytesField(7, concat([payload, ...tensors.map((t) => bytesField(5, t))])));
        continue;
      }
    } else throw new Error(`withInitializers: wire type ${wire} at byte ${start}`);
    parts.push(model.subarray(start, at));
  }
  return concat(parts);
}
