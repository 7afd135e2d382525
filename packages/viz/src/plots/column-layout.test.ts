import { describe, expect, it } from "vitest";
import { columnLayout } from "./column-layout.js";

describe("columnLayout", () => {
  it("keeps every neuron, one per slot, when the column fits", () => {
    expect(columnLayout(4, 16)).toEqual({ shown: [0, 1, 2, 3].map((i) => ({ neuron: i, slot: i })), hidden: 0, ellipsisSlot: -1, slots: 4 });
    expect(columnLayout(16, 16).hidden).toBe(0);
    expect(columnLayout(1000, Infinity).shown).toHaveLength(1000);
  });

  it("keeps the first ⌈max/2⌉ and last ⌊max/2⌋ neurons around an ellipsis slot", () => {
    const c = columnLayout(784, 16);
    expect(c.shown.map((s) => s.neuron)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 776, 777, 778, 779, 780, 781, 782, 783]);
    expect(c.shown.map((s) => s.slot)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16]);
    expect([c.hidden, c.ellipsisSlot, c.slots]).toEqual([768, 8, 17]);
    const odd = columnLayout(17, 5);
    expect(odd.shown.map((s) => s.neuron)).toEqual([0, 1, 2, 15, 16]);
    expect([odd.hidden, odd.ellipsisSlot, odd.slots]).toEqual([12, 3, 6]);
  });
});
