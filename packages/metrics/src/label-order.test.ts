import { describe, expect, it } from "vitest";
import { compareLabels } from "./labels.js";
import { confusionMatrix, f1Score, rocAucScore } from "./index.js";

// U+FF01 "！" and U+E000 come before U+1F600 "😀" by code point (NumPy's and Python's order), but
// after it by UTF-16 code unit, where "😀" is the pair 0xD83D 0xDE00.
const bang = "\uFF01";
const grin = "\u{1F600}";

describe("string labels sort by code point, as np.unique", () => {
  it("matches python3's sorted() on BMP-private-use, fullwidth, astral and prefix strings", () => {
    const shuffled = [grin, bang, "a", "\uE000x", "\uE000", `${grin}a`, "\u{10000}"];
    // sorted(['\U0001F600', '\uFF01', 'a', '\uE000x', '\uE000', '\U0001F600a', '\U00010000']) in python3:
    expect([...shuffled].sort(compareLabels)).toEqual(["a", "\uE000", "\uE000x", bang, "\u{10000}", grin, `${grin}a`]);
  });

  it("astral characters after a shared first half, or one string's lone surrogate, compare by whole code point", () => {
    expect(compareLabels("\u{1F600}", "\u{1F601}")).toBeLessThan(0);
    expect(compareLabels("\uD83D\uE000", "\u{1F600}")).toBeLessThan(0); // lone U+D83D then U+E000, vs U+1F600
    expect(compareLabels("\uD83D", "\uD83D")).toBe(0);
  });

  it("orders confusion-matrix rows and per-class scores by code point", () => {
    const yTrue = [grin, grin, bang];
    const yPred = [grin, bang, bang];
    // classes [！, 😀]: true ！ → predicted ！ once; true 😀 → ！ once, 😀 once
    expect(confusionMatrix(yTrue, yPred)).toEqual([[1, 0], [1, 1]]);
    // ！ always predicted: precision 1/3, recall 1 → F1 2·(1/3)/(4/3) = 1/2; 😀 never predicted → 0
    expect(f1Score(yTrue, [bang, bang, bang], { average: null })).toEqual([0.5, 0]);
    // Each class's column ranks its one row highest (AUC 1); the old order refused these labels as unsorted.
    expect(rocAucScore([bang, grin, "\uFFFD"], [[0.6, 0.3, 0.1], [0.1, 0.3, 0.6], [0.2, 0.5, 0.3]], { labels: [bang, "\uFFFD", grin] })).toBe(1);
  });
});
