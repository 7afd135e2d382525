import { describe, expect, it } from "vitest";
import { createSession } from "../model/session.js";
import { defaultConfig, type PlaygroundConfig } from "../state/config.js";
import { predictedClass } from "./step-steps.js";
import { fmt } from "./step-tables.js";
import { short } from "./legend.js";

describe("predictedClass", () => {
  it("names the class the page predicts (the session's predictClasses) for every fifth training point, binary and three-class", () => {
    for (const patch of [{}, { dataset: "iris" }, { dataset: "spiral", hidden: [6] }] as Partial<PlaygroundConfig>[]) {
      const session = createSession({ ...defaultConfig(), ...patch });
      for (let e = 0; e < 2; e++) session.runEpoch();
      const { predictions } = session.snapshot([]);
      const view = session.dataset();
      let checked = 0;
      view.isTrain.forEach((t, i) => {
        if (t !== 1 || i % 5 !== 0) return;
        expect(predictedClass(session.trace(i).layers.at(-1)!.a)).toBe(predictions[i]);
        checked++;
      });
      expect(checked).toBeGreaterThan(10);
    }
  });
});

describe("number formats", () => {
  it("fmt: 3 decimals, exponent form below 0.001 and from 1000", () => {
    expect([0, 1.23456, -0.5, 0.0004567, 12345.6, -999.9994].map(fmt)).toEqual(["0", "1.235", "-0.500", "4.57e-4", "1.23e+4", "-999.999"]);
  });

  it("short (legend ends): 3 significant digits", () => {
    expect([0, 1.23456, -0.04567, 12345, 0.00012].map(short)).toEqual(["0", "1.23", "-0.0457", "1.2e+4", "1.2e-4"]);
  });
});
