import { describe, expect, it } from "vitest";
import { createSession, DIVERGED_WARNING } from "./session.js";
import { decodeState } from "../state/url-state.js";

// The review's two set-ups that diverge at once: a linear regression net and a deep leaky-ReLU XOR, both at rate 3.
const DIVERGING = [
  "#problem=regression&regData=plane&layers=8,8,8&act=linear&lr=3&opt=sgd",
  "#data=xor&layers=8,8,8,8,8,8&act=leakyRelu&lr=3&opt=rmsprop",
];

describe("a session after the library stopped a diverged run", () => {
  for (const hash of DIVERGING) {
    it(`counts no more epochs, shows the kept weights' finite losses and says it diverged (${hash})`, () => {
      const session = createSession(decodeState(hash).config);
      const start = session.snapshot([]);
      let trained = 0;
      while (!session.stopped && trained < 50) {
        session.runEpoch();
        trained++;
      }
      expect(session.stopped).toBe(true);
      expect(session.stopMessage).toMatch(/Kept the (initial weights|weights of epoch \d+)/);
      const epoch = session.epoch;
      const points = [1, 2, 3].map(() => session.runEpoch());
      expect(session.epoch).toBe(epoch);
      const after = session.snapshot([]);
      for (const p of points) expect([p.epoch, p.train, p.test]).toEqual([epoch, after.trainLoss, after.testLoss]);
      expect(Number.isFinite(after.trainLoss) && Number.isFinite(after.testLoss)).toBe(true);
      // The kept weights are the initial ones here: their losses are the epoch-0 snapshot's.
      if (/initial weights/.test(session.stopMessage!)) expect([after.trainLoss, after.testLoss]).toEqual([start.trainLoss, start.testLoss]);
      expect(after.warning).toBe(DIVERGED_WARNING);
    });
  }
});
