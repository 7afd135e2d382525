import { WIRE } from "./writer.js";

const TEXT = /* @__PURE__ */ new TextDecoder("utf-8", { fatal: true });

/** One field read from a message: its number, wire type and value. */
export type ProtoField =
  | { field: number; wire: 0; value: number }
  | { field: number; wire: 1 | 5; value: number }
  | { field: number; wire: 2; value: Uint8Array };

function malformed(where: string, rule: string, offset: number): Error {
  return new Error(`${where}: malformed protobuf: ${rule}. Received: a field at byte ${offset}.`);
}

/**
 * Reads protobuf fields from untrusted bytes. Every length is checked against the bytes that
 * remain before anything is sliced (slices are views, never copies); varints longer than ten
 * bytes, int64 values beyond 2^53, wire types 3/4 (groups) and 6/7 are refused with an `Error`.
 * @example
 * [...new ProtoReader(Uint8Array.of(8, 150, 1), "demo").fields()]; // [{ field: 1, wire: 0, value: 150 }]
 */
export class ProtoReader {
  private pos = 0;

  constructor(private readonly bytes: Uint8Array, private readonly where: string) {}

  /** Whether every byte has been read. */
  get atEnd(): boolean {
    return this.pos >= this.bytes.length;
  }

  /** A varint as a JS number: int64 two's complement gives a negative value; beyond ±2^53 is refused. */
  varint(): number {
    const start = this.pos;
    let lo = 0, hi = 0;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.bytes.length) throw malformed(this.where, "a varint runs past the end", start);
      const b = this.bytes[this.pos++] as number;
      if (i < 4) lo |= (b & 0x7f) << (7 * i);
      else if (i === 4) {
        lo |= (b & 0x0f) << 28;
        hi |= (b & 0x70) >> 4;
      } else hi |= (b & 0x7f) << (7 * i - 32);
      if ((b & 0x80) === 0) return combine(lo >>> 0, hi >>> 0, this.where, start);
    }
    throw malformed(this.where, "a varint is longer than 10 bytes", start);
  }

  private take(n: number, at: number): Uint8Array {
    if (n > this.bytes.length - this.pos) throw malformed(this.where, `a length of ${n} bytes runs past the end (${this.bytes.length - this.pos} left)`, at);
    const out = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  /** Every field of the message, in order. */
  *fields(): Generator<ProtoField> {
    while (!this.atEnd) {
      const at = this.pos;
      const key = this.varint();
      const field = Math.floor(key / 8), wire = key % 8;
      if (field < 1 || key < 0) throw malformed(this.where, `field number ${field} is not positive`, at);
      if (wire === WIRE.varint) yield { field, wire, value: this.varint() };
      else if (wire === WIRE.bytes) yield { field, wire, value: this.take(this.varint(), at) };
      else if (wire === WIRE.fixed32) {
        const b = this.take(4, at);
        yield { field, wire, value: new DataView(b.buffer, b.byteOffset, 4).getFloat32(0, true) };
      } else if (wire === WIRE.fixed64) {
        const b = this.take(8, at);
        yield { field, wire, value: new DataView(b.buffer, b.byteOffset, 8).getFloat64(0, true) };
      } else throw malformed(this.where, `wire type ${wire} is not supported`, at);
    }
  }
}

function combine(lo: number, hi: number, where: string, at: number): number {
  if (hi >= 0x80000000) {
    const value = -((~hi >>> 0) * 2 ** 32 + (~lo >>> 0) + 1);
    if (!Number.isSafeInteger(value)) throw malformed(where, "an int64 is below -2^53", at);
    return value;
  }
  const value = hi * 2 ** 32 + lo;
  if (!Number.isSafeInteger(value)) throw malformed(where, "an int64 is above 2^53", at);
  return value;
}

/** UTF-8 text of a string field. @throws Error on invalid UTF-8. */
export function decodeText(bytes: Uint8Array, where: string): string {
  try {
    return TEXT.decode(bytes);
  } catch {
    throw new Error(`${where}: malformed protobuf: a string is not valid UTF-8. Received: ${bytes.length} bytes.`);
  }
}

/** Packed (or a single unpacked) float/double values: `size` 4 or 8. @throws Error when the length is not a multiple of `size`. */
export function decodePackedFloats(bytes: Uint8Array, size: 4 | 8, where: string): Float64Array {
  if (bytes.length % size !== 0) throw new Error(`${where}: malformed protobuf: packed ${size === 4 ? "floats" : "doubles"} must be a multiple of ${size} bytes. Received: ${bytes.length} bytes.`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float64Array(bytes.length / size);
  for (let i = 0; i < out.length; i++) out[i] = size === 4 ? view.getFloat32(i * 4, true) : view.getFloat64(i * 8, true);
  return out;
}

/** Packed varints (int64 / int32). */
export function decodePackedInts(bytes: Uint8Array, where: string): number[] {
  const reader = new ProtoReader(bytes, where);
  const out: number[] = [];
  while (!reader.atEnd) out.push(reader.varint());
  return out;
}
