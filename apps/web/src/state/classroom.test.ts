import { describe, expect, it } from "vitest";
import { decodeHide, HIDEABLE, HIDE_DESCRIPTIONS } from "./classroom.js";
import { decodeState, describeProblems, encodeState } from "./url-state.js";
import { DEFAULT_CONFIG } from "./config.js";

describe("classroom mode: hide=", () => {
  it("reads known names in a canonical order, each once", () => {
    expect(decodeHide(new URLSearchParams("hide=health,optimizer,loss,optimizer")).hide).toEqual(["loss", "optimizer", "health"]);
    expect(decodeHide(new URLSearchParams("")).hide).toEqual([]);
    expect(decodeHide(new URLSearchParams("hide=")).problems).toEqual([]);
  });

  it("keeps the known names and reports the unknown ones in the notice", () => {
    const { config, problems } = decodeState("#hide=optimizer,optimiser,loss,Code");
    expect(config.hide).toEqual(["loss", "optimizer"]);
    expect(problems).toHaveLength(1);
    expect(describeProblems(problems)).toMatch(/^Some link parameters were not valid and were replaced by defaults: hide="optimiser,Code" \(expected comma-separated names from intro\|data\|datasets\|.*\|download; the others are hidden\)\.$/);
  });

  it("a repeated hide key: the first counts, as for every parameter", () => {
    const { config, problems } = decodeState("#hide=loss&hide=code");
    expect(config.hide).toEqual(["loss"]);
    expect(describeProblems(problems)).toMatch(/hide appears 2 times; the first, hide="loss", counts and "code" was ignored/);
  });

  it("is a known parameter, survives the URL round trip, and is left out when nothing is hidden", () => {
    const { config, problems } = decodeState("#data=xor&opt=sgd&hide=code,health");
    expect(problems).toEqual([]);
    expect(config.optimizer).toBe("sgd");
    expect(encodeState(config)).toMatch(/&hide=health,code$/);
    expect(decodeState(encodeState(config)).config).toEqual(config);
    expect(encodeState({ ...DEFAULT_CONFIG, hidden: [4, 4], features: ["x1", "x2"] })).not.toMatch(/hide/);
    expect(decodeState("").config.hide).toBeUndefined();
  });

  it("describes every name", () => {
    expect(Object.keys(HIDE_DESCRIPTIONS).sort()).toEqual([...HIDEABLE].sort());
  });
});
