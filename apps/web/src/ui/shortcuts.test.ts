import { describe, expect, it } from "vitest";
import { shortcutFor, type FocusKind } from "./shortcuts.js";

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
  ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe("keyboard shortcuts", () => {
  it("S steps and R resets with nothing focused and with a button focused (as after clicking Step)", () => {
    for (const focus of ["none", "activates"] as FocusKind[]) {
      expect([shortcutFor(key("s"), focus), shortcutFor(key("S"), focus), shortcutFor(key("r"), focus)]).toEqual(["step", "step", "reset"]);
    }
  });

  it("Space plays or pauses, except where it presses the focused button itself", () => {
    expect(shortcutFor(key(" "), "none")).toBe("togglePlay");
    expect(shortcutFor(key(" "), "activates")).toBeNull();
  });

  it("does nothing while typing in a field, or with Ctrl, Meta or Alt held", () => {
    for (const k of ["s", "r", " "]) expect(shortcutFor(key(k), "text")).toBeNull();
    expect(shortcutFor(key("r", { ctrlKey: true }), "none")).toBeNull();
    expect(shortcutFor(key("r", { metaKey: true }), "none")).toBeNull();
    expect(shortcutFor(key("s", { altKey: true }), "none")).toBeNull();
    expect(shortcutFor(key("x"), "none")).toBeNull();
  });
});
