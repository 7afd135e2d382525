import { describe, expect, it } from "vitest";
import { ProtoReader, decodePackedFloats, decodePackedInts, decodeText } from "./reader.js";
import { ProtoWriter } from "./writer.js";

const read = (bytes: Uint8Array): unknown[] => [...new ProtoReader(bytes, "test").fields()];

// Expected bytes are from the protobuf encoding spec (developers.google.com/protocol-buffers/docs/encoding).
describe("ProtoWriter and ProtoReader", () => {
  it("encode varints as the spec's examples: 150 → 96 01, and int64 −1 as ten bytes", () => {
    expect(Array.from(new ProtoWriter().int(1, 150).finish())).toEqual([0x08, 0x96, 0x01]);
    expect(Array.from(new ProtoWriter().int(1, -1).finish())).toEqual([0x08, 255, 255, 255, 255, 255, 255, 255, 255, 255, 1]);
    expect(Array.from(new ProtoWriter().string(2, "testing").finish())).toEqual([0x12, 0x07, 0x74, 0x65, 0x73, 0x74, 0x69, 0x6e, 0x67]);
  });

  it("round-trip integers up to ±2^53, floats, doubles and packed lists", () => {
    const ints = [0, 1, 127, 128, 2 ** 31, 2 ** 32 + 5, Number.MAX_SAFE_INTEGER, -1, -(2 ** 31), -(2 ** 40), Number.MIN_SAFE_INTEGER];
    const w = new ProtoWriter();
    ints.forEach((v, i) => w.int(i + 1, v));
    w.float(20, 0.1).double(21, 0.1).packedFloats(22, [1.5, -2.25], 4).packedFloats(23, [0.1, 1e300], 8).packedInts(24, [3, -7, 2 ** 40]);
    const fields = read(w.finish()) as { field: number; value: number | Uint8Array }[];
    expect(fields.slice(0, ints.length).map((f) => f.value)).toEqual(ints);
    expect(fields[ints.length]?.value).toBe(Math.fround(0.1));
    expect(fields[ints.length + 1]?.value).toBe(0.1);
    expect(Array.from(decodePackedFloats(fields[ints.length + 2]?.value as Uint8Array, 4, "t"))).toEqual([1.5, -2.25]);
    expect(Array.from(decodePackedFloats(fields[ints.length + 3]?.value as Uint8Array, 8, "t"))).toEqual([0.1, 1e300]);
    expect(decodePackedInts(fields[ints.length + 4]?.value as Uint8Array, "t")).toEqual([3, -7, 2 ** 40]);
  });

  it("grows its buffer past the first 256 bytes", () => {
    const big = new Uint8Array(1000).map((_, i) => i % 251);
    const [f] = read(new ProtoWriter().bytes(3, big).finish()) as { value: Uint8Array }[];
    expect(Array.from(f?.value ?? [])).toEqual(Array.from(big));
  });

  it("refuses what is malformed with a message naming the byte", () => {
    expect(() => read(Uint8Array.of(0x0a, 0x05, 1, 2))).toThrow(/^test: malformed protobuf: a length of 5 bytes runs past the end \(2 left\)\. Received: a field at byte 0\.$/);
    expect(() => read(Uint8Array.of(0x08, 0x80))).toThrow(/a varint runs past the end/);
    expect(() => read(Uint8Array.of(0x08, ...new Array<number>(11).fill(0x80), 1))).toThrow(/a varint is longer than 10 bytes/);
    expect(() => read(Uint8Array.of(0x0b))).toThrow(/wire type 3 is not supported/);
    expect(() => read(Uint8Array.of(0x00, 0x00))).toThrow(/field number 0 is not positive/);
    expect(() => read(Uint8Array.of(0x08, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x10))).toThrow(/an int64 is above 2\^53/);
    expect(() => decodePackedFloats(Uint8Array.of(1, 2, 3), 4, "t")).toThrow(/packed floats must be a multiple of 4 bytes\. Received: 3 bytes\./);
    expect(() => decodeText(Uint8Array.of(0xff), "t")).toThrow(/not valid UTF-8/);
    expect(() => new ProtoWriter().varint(2 ** 60)).toThrow(/a varint must be a safe integer/);
  });
});
