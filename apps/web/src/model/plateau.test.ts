import { describe, expect, it } from "vitest";
import { Matrix } from "@backprop/linalg";
import { Dense } from "@backprop/layers";
import { sequential } from "@backprop/network";
import { guessingLoss, PLATEAU_EPOCHS, plateauWarning, type PlateauSetup } from "./plateau.js";

const LN2 = Math.log(2);
const setup = (patch: Partial<PlateauSetup> = {}): PlateauSetup => ({ activation: "tanh", optimizer: "adam", learningRate: 0.03, hidden: [4, 4], ...patch });
/** `epochs + 1` training losses from `from`, each epoch multiplied by `factor`. */
const history = (from: number, factor: number, epochs = PLATEAU_EPOCHS) => Array.from({ length: epochs + 1 }, (_, t) => from * factor ** t);
/** Relative gain over the rule's window for a per-epoch factor: `1 − factor^200`. */
const factorFor = (gain: number) => (1 - gain) ** (1 / PLATEAU_EPOCHS);

describe("guessingLoss", () => {
  /** The same loss from @backprop/network: a model with zero weights whose output is the class shares. */
  const reference = (labels: number[], loss: "binaryCrossEntropy" | "categoricalCrossEntropy" | "mse") => {
    const classes = Math.max(...labels) + 1;
    const shares = Array.from({ length: classes }, (_, k) => labels.filter((y) => y === k).length / labels.length);
    const binary = classes === 2;
    // sigmoid(ln(p₁/p₀)) = p₁; softmax(ln pₖ) = pₖ.
    const bias = binary ? [Math.log(shares[1]! / shares[0]!)] : shares.map(Math.log);
    const output = new Dense(1, bias.length, { activation: binary ? "sigmoid" : "softmax", weights: new Matrix(1, bias.length), bias: Matrix.from([bias]) });
    const x = new Matrix(labels.length, 1);
    return sequential([output]).evaluate(x, Int32Array.from(labels), { loss }).loss;
  };

  it("equals the loss of a network that outputs the class shares for every point", () => {
    const binary = [0, 1, 1, 1, 0, 1, 1, 1];
    const three = [0, 0, 1, 2, 2, 2, 1, 0, 2];
    expect(guessingLoss(Int32Array.from(binary), 2, "binaryCrossEntropy")).toBeCloseTo(reference(binary, "binaryCrossEntropy"), 12);
    expect(guessingLoss(Int32Array.from(binary), 2, "mse")).toBeCloseTo(reference(binary, "mse"), 12);
    expect(guessingLoss(Int32Array.from(three), 3, "categoricalCrossEntropy")).toBeCloseTo(reference(three, "categoricalCrossEntropy"), 12);
    expect(guessingLoss(Int32Array.from(three), 3, "mse")).toBeCloseTo(reference(three, "mse"), 12);
  });

  it("is ln 2 for two even classes under cross-entropy", () => {
    expect(guessingLoss(Int32Array.from([0, 1, 0, 1]), 2, "binaryCrossEntropy")).toBeCloseTo(LN2, 15);
  });
});

describe("plateauWarning", () => {
  it("flags a loss that gained under 1 % in 200 epochs while still near the guessing loss", () => {
    expect(plateauWarning({ losses: history(0.6931, factorFor(0.005)), guessing: LN2, setup: setup() }))
      .toMatch(/^The loss has stopped improving: 0\.690 now, 0\.693 200 epochs ago, still near the 0\.693 that always guessing the class shares gives\. /);
    // Noise does not hide it: a flat loss that wobbles up and down.
    const wobbly = history(0.69, 1).map((l, t) => l + 0.002 * Math.sin(t));
    expect(plateauWarning({ losses: wobbly, guessing: LN2, setup: setup() })).toMatch(/^The loss has stopped improving/);
  });

  it("stays quiet while the loss still falls, once it is well below guessing, and before 200 epochs have passed", () => {
    expect(plateauWarning({ losses: history(0.6931, factorFor(0.02)), guessing: LN2, setup: setup() })).toBeNull();
    // Learned what the noise allows (makeClassification at noise 30 settles near 0.40).
    expect(plateauWarning({ losses: history(0.40, 1), guessing: LN2, setup: setup() })).toBeNull();
    expect(plateauWarning({ losses: history(0.01, 1), guessing: LN2, setup: setup() })).toBeNull();
    expect(plateauWarning({ losses: history(0.6931, 1, PLATEAU_EPOCHS - 1), guessing: LN2, setup: setup() })).toBeNull();
    expect(plateauWarning({ losses: [...history(0.6931, 1), Number.NaN], guessing: LN2, setup: setup() })).toBeNull();
  });

  it("reads only the last 200 epochs: a fast start does not hide a later plateau", () => {
    const losses = [...history(2, 0.99, 300), ...history(0.6931, 1)];
    expect(plateauWarning({ losses, guessing: LN2, setup: setup() })).toMatch(/^The loss has stopped improving/);
  });

  it("gives advice that fits the layers, the optimizer and the learning rate", () => {
    const advice = (patch: Partial<PlateauSetup>) => plateauWarning({ losses: history(0.69, 1), guessing: LN2, setup: setup(patch) })!.replace(/^.*gives\. /, "");
    expect(advice({ activation: "sigmoid", optimizer: "sgd" })).toBe(
      "Each sigmoid layer passes back at most a quarter of the gradient: try tanh or ReLU. Plain SGD crawls across flat stretches: try Adam, or a learning rate above 0.03.");
    expect(advice({ hidden: [] })).toMatch(/^Without a hidden layer the boundary is a straight line/);
    expect(advice({ activation: "linear" })).toMatch(/^Linear layers stack into one straight boundary: try tanh or ReLU\.$/);
    expect(advice({ learningRate: 3, optimizer: "sgd" })).toMatch(/^A learning rate of 3 can jump back and forth across a valley: try 0\.1 or lower\.$/);
    expect(advice({ optimizer: "adagrad" })).toMatch(/^Adagrad's steps only ever shrink: try Adam\.$/);
    expect(advice({ learningRate: 0.001 })).toMatch(/^A learning rate of 0\.001 takes tiny steps: try 0\.03\.$/);
    expect(advice({})).toMatch(/^This setup often escapes a flat start: try another seed/);
  });
});
