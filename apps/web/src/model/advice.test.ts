import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { adviceFor } from "./advice.js";
import { divergenceWarning, overfittingWarning } from "./loss-rules.js";
import { RunHistory } from "./run-history.js";
import { healthWarning } from "./health.js";
import { plateauWarning, type PlateauSetup } from "./plateau.js";
import type { LayerHealth } from "../worker/protocol.js";

/** Runs recorded from the page's session by scripts/record-advice-runs.mjs. */
interface RecordedRun {
  name: string;
  setup: PlateauSetup;
  regression: boolean;
  guessing: number;
  expected: "diverging" | "overfitting" | "deadRelu" | "plateau" | null;
  train: number[];
  test: number[];
  checks: { epoch: number; health: LayerHealth[]; warning: string | null }[];
}
const { runs } = JSON.parse(readFileSync(new URL("./__fixtures__/advice-runs.json", import.meta.url), "utf8")) as { runs: RecordedRun[] };

const VERDICTS = {
  diverging: /^Training is diverging: the loss is (rising|exploding) — .* the learning rate \(\d+(\.\d+)?\) is too large — try 0\.03, then reset\.$/,
  overfitting: /^The network is overfitting: the test loss has risen from .* Stop at about epoch \d+ \(early stopping\), or add L2 regularization or dropout/,
  deadRelu: /^\d+ of the \d+ hidden ReLUs \(\d+%\) are dead, hidden layer \d's \d of \d among them/,
  plateau: /^The loss has stopped improving: /,
} as const;

/** Replays a recorded run through the rules: the verdict at each checkpoint, as the page would show it. */
function replay(run: RecordedRun): { epoch: number; advice: string | null }[] {
  const history = new RunHistory({ epoch: 0, train: run.train[0]!, test: run.test[0]! });
  const out: { epoch: number; advice: string | null }[] = [];
  let next = 0;
  for (let epoch = 1; epoch < run.train.length; epoch++) {
    history.push({ epoch, train: run.train[epoch]!, test: run.test[epoch]! });
    const check = run.checks[next];
    if (check?.epoch !== epoch) continue;
    next++;
    out.push({ epoch, advice: adviceFor({ health: check.health, history, guessing: run.guessing, setup: run.setup, regression: run.regression }) });
  }
  return out;
}

describe("the advice on recorded runs", () => {
  it.each(runs.filter((r) => r.expected !== null).map((r) => [r.name, r] as const))("names what went wrong: %s", (_name, run) => {
    const verdicts = replay(run);
    expect(verdicts.at(-1)!.advice).toMatch(VERDICTS[run.expected!]);
    // The recording was the page's own verdict: the replay gives the same words.
    expect(verdicts.map((v) => v.advice)).toEqual(run.checks.map((c) => c.warning));
  });

  it.each(runs.filter((r) => r.expected === null).map((r) => [r.name, r] as const))("stays quiet at every checkpoint of a healthy run: %s", (_name, run) => {
    expect(replay(run).map((v) => v.advice)).toEqual(run.checks.map(() => null));
  });

  it("never tells a run at learning rate 3 to take larger steps, nor a regression run about classes or accuracy", () => {
    for (const run of runs) {
      for (const { advice } of replay(run)) {
        if (run.setup.learningRate >= 1) expect(advice ?? "").not.toMatch(/larger learning rate|learning rate above/);
        if (run.regression) expect(advice ?? "").not.toMatch(/class|accuracy|boundary/i);
      }
    }
  });

  it("tells the diverging circles run apart from the plateau: one rises above guessing, the other never moves", () => {
    const diverging = runs.find((r) => r.name.startsWith("circles, Adam at rate 3"))!;
    const plateau = runs.find((r) => r.expected === "plateau")!;
    expect(Math.max(...diverging.train.slice(-50))).toBeGreaterThan(3 * diverging.guessing);
    expect(Math.max(...plateau.train.slice(-200)) - Math.min(...plateau.train.slice(-200))).toBeLessThan(0.01);
    expect(replay(plateau).at(-1)!.advice).not.toMatch(/diverging/);
  });

  it("points early stopping at the epoch of the lowest recorded test loss in the overfitting run", () => {
    const run = runs.find((r) => r.expected === "overfitting")!;
    const best = run.test.indexOf(Math.min(...run.test));
    expect(replay(run).at(-1)!.advice).toContain(`Stop at about epoch ${best} (early stopping)`);
    expect(run.test.at(-1)).toBeGreaterThan(1.5);
  });
});

describe("the loss rules on constructed histories", () => {
  const history = (train: number[], test: number[] = train) => {
    const h = new RunHistory();
    train.forEach((t, epoch) => h.push({ epoch, train: t, test: test[epoch]! }));
    return h;
  };

  it("calls a loss that fell, then climbed past guessing and stayed up, diverging — and a flat one not", () => {
    const rising = [0.7, 0.5, 0.3, 0.2, ...Array.from({ length: 20 }, (_, i) => 0.3 + 0.04 * i)];
    expect(divergenceWarning(history(rising), Math.LN2, 1)).toMatch(/^Training is diverging: the loss is rising .* \(1\) is too large — try 0\.03/);
    expect(divergenceWarning(history(Array.from({ length: 60 }, () => 0.69)), Math.LN2, 1)).toBeNull();
    // A first epoch far above guessing that the run leaves behind is no divergence.
    expect(divergenceWarning(history([5, 0.5, ...Array.from({ length: 20 }, () => 0.1)]), Math.LN2, 0.03)).toBeNull();
  });

  it("calls test loss 20 % above its best while the training loss fell overfitting, but not a test loss that rose with the training loss", () => {
    const train = Array.from({ length: 60 }, (_, i) => 0.5 / (1 + i));
    const test = Array.from({ length: 60 }, (_, i) => (i < 10 ? 0.5 - 0.03 * i : 0.2 + 0.01 * (i - 10)));
    expect(overfittingWarning(history(train, test), Math.LN2)).toMatch(/^The network is overfitting: the test loss has risen from 0\.200 \(epoch 10\) to 0\.670 while the training loss fell from 0\.045 to 0\.009/);
    expect(overfittingWarning(history(test, test), Math.LN2)).toBeNull();
    // Tiny test losses near 0 wobbling up by 1e-4 are not overfitting.
    expect(overfittingWarning(history(train.map((t) => t / 1000), test.map((t) => t / 1000)), Math.LN2)).toBeNull();
  });
});

describe("advice wording", () => {
  const layer = (gradMean: number, deadShare = 0) => ({ gradMean, gradMax: 2 * gradMean, deadShare, saturatedShare: 0 });

  it("names dead ReLUs only when they hold the network back: half a layer dead in the overfit Iris run is not its problem", () => {
    const run = runs.find((r) => r.expected === "overfitting")!;
    const last = run.checks.at(-1)!;
    expect(last.health.map((h) => h.deadShare)).toContain(0.5);
    // Without the guessing loss (the old rule) the half-dead layer is named …
    expect(healthWarning(last.health, run.train.at(-1)!, "relu", run.setup.hidden)).toMatch(/hidden ReLUs .* are dead/);
    // … with it, the training loss near 0 shows the dead units cost nothing, and overfitting speaks.
    expect(replay(run).at(-1)!.advice).toMatch(/^The network is overfitting/);
    // A layer entirely dead is named whatever the loss.
    expect(healthWarning([layer(1), layer(0, 1), layer(1)], 0.001, "relu", [4, 4], { guessing: Math.LN2 })).toMatch(/^4 of the 8 hidden ReLUs \(50%\) are dead/);
  });

  it("does not tell a run at a large learning rate to take larger steps when its gradients vanish", () => {
    const deep = [layer(1e-6), layer(1e-4), layer(1e-2)];
    expect(healthWarning(deep, 0.6, "tanh", [], { learningRate: 3 })).toMatch(/Try ReLU or fewer layers; a learning rate of 3 is large: .* try 0\.03 and reset\.$/);
    expect(healthWarning(deep, 0.6, "tanh", [], { learningRate: 0.03 })).toMatch(/or a larger learning rate\.$/);
  });

  it("speaks of the mean target and a flat plane, not classes or a boundary, when a regression run plateaus", () => {
    const losses = Array.from({ length: 201 }, () => 0.24);
    const setup: PlateauSetup = { activation: "tanh", optimizer: "adam", learningRate: 0.03, hidden: [] };
    const text = plateauWarning({ losses, guessing: 0.25, setup, regression: true });
    expect(text).toMatch(/^The loss has stopped improving: 0\.240 now, .* that always predicting the mean target gives\. Without a hidden layer the prediction is a flat plane/);
    expect(text).not.toMatch(/class|boundary|accuracy/);
  });
});
