/** Protobuf wire types used by the ONNX subset. */
export const WIRE = { varint: 0, fixed64: 1, bytes: 2, fixed32: 5 } as const;

const TEXT = /* @__PURE__ */ new TextEncoder();

/**
 * A growable byte buffer that writes protobuf fields: varints (int64 as two's complement, ten
 * bytes for a negative value, as protobuf does), length-delimited bytes, fixed32/64 and packed
 * repeated floats, doubles and int64s.
 * @example
 * new ProtoWriter().int(1, 150).finish(); // Uint8Array [8, 150, 1]
 */
export class ProtoWriter {
  private buf = new Uint8Array(256);
  private len = 0;

  private reserve(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  /** A raw varint of a non-negative or negative safe integer. */
  varint(value: number): this {
    if (!Number.isSafeInteger(value)) throw new RangeError(`ProtoWriter: a varint must be a safe integer. Received: ${value}.`);
    let v = BigInt.asUintN(64, BigInt(value));
    this.reserve(10);
    while (v >= 0x80n) {
      this.buf[this.len++] = Number(v & 0x7fn) | 0x80;
      v >>= 7n;
    }
    this.buf[this.len++] = Number(v);
    return this;
  }

  private tag(field: number, wire: number): void {
    this.varint(field * 8 + wire);
  }

  /** An int32/int64/enum/bool field. */
  int(field: number, value: number): this {
    this.tag(field, WIRE.varint);
    return this.varint(value);
  }

  /** A bytes or embedded-message field. */
  bytes(field: number, value: Uint8Array): this {
    this.tag(field, WIRE.bytes);
    this.varint(value.length);
    this.reserve(value.length);
    this.buf.set(value, this.len);
    this.len += value.length;
    return this;
  }

  /** A string field, UTF-8 encoded. */
  string(field: number, value: string): this {
    return this.bytes(field, TEXT.encode(value));
  }

  /** A float field (fixed32, little-endian IEEE 754 single). */
  float(field: number, value: number): this {
    this.tag(field, WIRE.fixed32);
    this.reserve(4);
    new DataView(this.buf.buffer).setFloat32(this.len, value, true);
    this.len += 4;
    return this;
  }

  /** A double field (fixed64). */
  double(field: number, value: number): this {
    this.tag(field, WIRE.fixed64);
    this.reserve(8);
    new DataView(this.buf.buffer).setFloat64(this.len, value, true);
    this.len += 8;
    return this;
  }

  /** A packed repeated float (`size` 4) or double (`size` 8) field. */
  packedFloats(field: number, values: ArrayLike<number>, size: 4 | 8): this {
    const out = new Uint8Array(values.length * size);
    const view = new DataView(out.buffer);
    for (let i = 0; i < values.length; i++) {
      if (size === 4) view.setFloat32(i * 4, values[i] as number, true);
      else view.setFloat64(i * 8, values[i] as number, true);
    }
    return this.bytes(field, out);
  }

  /** A packed repeated int64 field. */
  packedInts(field: number, values: readonly number[]): this {
    const inner = new ProtoWriter();
    for (const v of values) inner.varint(v);
    return this.bytes(field, inner.finish());
  }

  /** An embedded message written by `write`. */
  message(field: number, write: (w: ProtoWriter) => void): this {
    const inner = new ProtoWriter();
    write(inner);
    return this.bytes(field, inner.finish());
  }

  /** The bytes written so far (a copy). */
  finish(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}
