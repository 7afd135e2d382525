import { describe, expect, it } from "vitest";
import { RandomState } from "@backprop/linalg";
import { BatchNorm, Dense, Dropout } from "@backprop/layers";
import { Adam, adam, sgd, type Optimizer } from "@backprop/optimizers";
import { softmax, type Activation } from "@backprop/activations";
import { categoricalCrossEntropy, type Loss } from "@backprop/losses";
import { makeMoons } from "@backprop/data";
import { Sequential } from "./sequential.js";

function model(seed: number): Sequential {
  const rng = new RandomState(seed);
  return new Sequential(
    [
      new Dense(2, 8, { activation: "relu", rng, name: "d1" }),
      new BatchNorm(8, { name: "bn" }),
      new Dropout(0.2, { name: "drop" }),
      new Dense(8, 1, { activation: "sigmoid", rng, name: "out" }),
    ],
    { rng },
  );
}

const data = makeMoons({ nSamples: 120, noise: 0.2, randomState: 0 });

describe("resume exactly: fit 10, save, load, fit 10 = fit 20", () => {
  it("Adam, mini-batches, shuffling, dropout and batch norm: every epoch's loss bit for bit", () => {
    const straight = model(7).compile({ optimizer: adam({ learningRate: 0.01 }), metrics: ["accuracy"] });
    const whole = straight.fit(data.x, data.y, { epochs: 20, batchSize: 16 });

    const first = model(7).compile({ optimizer: adam({ learningRate: 0.01 }), metrics: ["accuracy"] });
    const part1 = first.fit(data.x, data.y, { epochs: 10, batchSize: 16 });
    const saved = JSON.stringify(first.toJSON());
    const second = Sequential.fromJSON(saved);
    const part2 = second.fit(data.x, data.y, { epochs: 10, batchSize: 16 });

    expect([...part1.loss, ...part2.loss]).toEqual(whole.loss);
    expect([...(part1.accuracy ?? []), ...(part2.accuracy ?? [])]).toEqual(whole.accuracy);
    expect(second.epochsTrained).toBe(20);
    expect(Array.from(second.predict(data.x).data)).toEqual(Array.from(straight.predict(data.x).data));
  });

  it("a learning-rate schedule continues from the saved epoch", () => {
    const schedule = { name: "stepDecay", dropEvery: 3, factor: 0.5 } as const;
    const straight = model(3).compile({ optimizer: sgd({ learningRate: 0.5, schedule }) });
    const whole = straight.fit(data.x, data.y, { epochs: 8, batchSize: 32 });
    const first = model(3).compile({ optimizer: sgd({ learningRate: 0.5, schedule }) });
    const part1 = first.fit(data.x, data.y, { epochs: 5, batchSize: 32 });
    const second = Sequential.fromJSON(first.toJSON());
    const part2 = second.fit(data.x, data.y, { epochs: 3, batchSize: 32 });
    expect([...part1.loss, ...part2.loss]).toEqual(whole.loss);
    expect(second.optimizer?.learningRate).toBe(straight.optimizer?.learningRate);
  });

  it("a new optimizer's schedule starts at its own epoch 0, on a model that had trained before, and continues from there through a file", () => {
    const rates = (m: Sequential, epochs: number): number[] => {
      const seen: number[] = [];
      m.fit(data.x, data.y, { epochs, batchSize: 32, callbacks: { onEpochEnd: () => { seen.push(m.optimizer!.learningRate); } } });
      return seen;
    };
    // Cosine annealing over 10 epochs from 0.5: rate_e = 0.5·(1 + cos(π·e/10))/2, from 0.5 at e = 0 down to 0.0061 at e = 9.
    const cosine = Array.from({ length: 10 }, (_, e) => 0.5 * (1 + Math.cos((Math.PI * e) / 10)) / 2);
    const pretrained = model(3);
    pretrained.fit(data.x, data.y, { epochs: 10, batchSize: 32 });
    pretrained.compile({ optimizer: sgd({ learningRate: 0.5, schedule: { name: "cosineAnnealing", totalEpochs: 10, minRate: 0 } }) });
    const seen = rates(pretrained, 10);
    seen.forEach((rate, e) => expect(rate).toBeCloseTo(cosine[e]!, 15));
    // Step decay given to fit itself, continued by a second fit and through a file: 0.1 three times, then 0.01.
    const schedule = { name: "stepDecay", dropEvery: 3, factor: 0.1 } as const;
    const straight = model(3);
    straight.fit(data.x, data.y, { epochs: 10, batchSize: 32 });
    const whole = straight.fit(data.x, data.y, { epochs: 6, batchSize: 32, optimizer: sgd({ learningRate: 0.1, schedule }) });
    const first = model(3);
    first.fit(data.x, data.y, { epochs: 10, batchSize: 32 });
    const part1 = first.fit(data.x, data.y, { epochs: 2, batchSize: 32, optimizer: sgd({ learningRate: 0.1, schedule }) });
    const part2 = first.fit(data.x, data.y, { epochs: 2, batchSize: 32 });
    const json = first.toJSON();
    expect(json.training?.optimizer?.epochs).toBe(4);
    const second = Sequential.fromJSON(JSON.stringify(json));
    expect(rates(second, 2).map((r) => Number(r.toPrecision(12)))).toEqual([0.01, 0.01]);
    expect(second.epochsTrained).toBe(16);
    expect(Array.from(second.predict(data.x).data)).toEqual(Array.from(straight.predict(data.x).data));
    expect([...part1.loss, ...part2.loss]).toEqual(whole.loss.slice(0, 4));
    // A file whose optimizer has trained every epoch of the model says nothing more.
    expect(Sequential.fromJSON(JSON.stringify(json)).toJSON().training?.optimizer?.epochs).toBe(4);
    const compiled = model(3).compile({ optimizer: sgd({ learningRate: 0.1, schedule }) });
    compiled.fit(data.x, data.y, { epochs: 2, batchSize: 32 });
    expect(compiled.toJSON().training?.optimizer).not.toHaveProperty("epochs");
  });

  it("refuses a saved optimizer epoch count that is not an integer from 0 to the model's epochs", () => {
    const m = model(3);
    m.fit(data.x, data.y, { epochs: 3, batchSize: 32 });
    const json = m.toJSON();
    for (const bad of [-1, 1.5, 4, "2"]) {
      const tampered = { ...json, training: { ...json.training!, optimizer: { ...json.training!.optimizer!, epochs: bad as number } } };
      expect(() => Sequential.fromJSON(tampered)).toThrow(
        new RegExp(`^Sequential\\.fromJSON: training\\.optimizer\\.epochs must be an integer from 0 to training\\.epochs \\(3\\)\\. Received: ${JSON.stringify(bad).replace(/[.]/g, "\\.")}\\.$`),
      );
    }
  });

  it("a Dropout with a generator of its own, or with the model's passed as its rng, resumes exactly", () => {
    const build = (own: (modelRng: RandomState) => Dropout): Sequential => {
      const rng = new RandomState(42);
      return new Sequential([new Dense(2, 8, { activation: "relu", rng }), own(rng), new Dense(8, 1, { activation: "sigmoid", rng })], { rng })
        .compile({ optimizer: adam({ learningRate: 0.01 }) });
    };
    for (const own of [() => new Dropout(0.5, { seed: 7 }), (rng: RandomState) => new Dropout(0.5, { rng })]) {
      const whole = build(own).fit(data.x, data.y, { epochs: 10, batchSize: 16 });
      const first = build(own);
      const part1 = first.fit(data.x, data.y, { epochs: 5, batchSize: 16 });
      const part2 = Sequential.fromJSON(JSON.stringify(first.toJSON())).fit(data.x, data.y, { epochs: 5, batchSize: 16 });
      expect([...part1.loss, ...part2.loss]).toEqual(whole.loss);
    }
  });

  it("a softmax and cross-entropy from second copies of their packages train as the built-ins (fused gradient) and save", () => {
    const second = <T extends object>(builtIn: T, pkg: string, name: string): T =>
      Object.freeze(Object.defineProperty({ ...builtIn }, Symbol.for(`@backprop/${pkg} built-in`), { value: name }));
    const build = (activation: Activation, loss: Loss) => {
      const rng = new RandomState(9);
      return new Sequential([new Dense(2, 6, { activation: "relu", rng }), new Dense(6, 2, { activation, rng })], { rng }).compile({ loss, optimizer: sgd({ learningRate: 0.3 }) });
    };
    const labels = Int32Array.from(data.y);
    const ours = build(softmax, categoricalCrossEntropy).fit(data.x, labels, { epochs: 5, batchSize: 16 });
    const copied = build(second(softmax, "activations", "softmax"), second(categoricalCrossEntropy, "losses", "categoricalCrossEntropy"));
    expect(copied.fit(data.x, labels, { epochs: 5, batchSize: 16 }).loss).toEqual(ours.loss);
    expect(Sequential.fromJSON(JSON.stringify(copied.toJSON())).epochsTrained).toBe(5);
  });

  it("without the saved state the copy drifts (the property is not vacuous)", () => {
    const first = model(7).compile({ optimizer: adam({ learningRate: 0.01 }) });
    first.fit(data.x, data.y, { epochs: 10, batchSize: 16 });
    const json = first.toJSON();
    const reseeded = Sequential.fromJSON({ ...json, training: undefined });
    reseeded.compile({ optimizer: adam({ learningRate: 0.01 }) });
    const carried = Sequential.fromJSON(json);
    const a = reseeded.fit(data.x, data.y, { epochs: 3, batchSize: 16 });
    const b = carried.fit(data.x, data.y, { epochs: 3, batchSize: 16 });
    expect(a.loss).not.toEqual(b.loss);
  });
});

/** A user's optimizer: gradient descent at half the given rate, its step count as its state. */
function halvedSgd(learningRate: number, name = "halvedSgd"): Optimizer {
  let steps = 0;
  return {
    name,
    learningRate,
    get iterations() {
      return steps;
    },
    step(params) {
      steps++;
      for (const p of params) {
        const w = p.value.data, g = p.grad.data;
        for (let k = 0; k < w.length; k++) w[k] = (w[k] as number) - 0.5 * learningRate * (g[k] as number);
      }
    },
    setEpoch() {},
    getConfig: () => ({ name, learningRate }),
    reset() {
      steps = 0;
    },
    exportState: (params) => ({ iterations: steps, slots: params.map(() => []) }),
    importState(_params, state) {
      steps = state.iterations;
    },
  };
}

describe("your own optimizer in the model file", () => {
  const fromConfig = (config: Readonly<Record<string, unknown>>) => halvedSgd(config.learningRate as number);

  it("resumes exactly when registered by its name, and names the registry when it is not", () => {
    const whole = model(5).compile({ optimizer: halvedSgd(0.5) }).fit(data.x, data.y, { epochs: 8, batchSize: 32 });
    const first = model(5).compile({ optimizer: halvedSgd(0.5) });
    const part1 = first.fit(data.x, data.y, { epochs: 5, batchSize: 32 });
    const saved = JSON.stringify(first.toJSON());
    const second = Sequential.fromJSON(saved, { optimizers: { halvedSgd: fromConfig } });
    expect(second.optimizer?.iterations).toBe(first.optimizer?.iterations);
    const part2 = second.fit(data.x, data.y, { epochs: 3, batchSize: 32 });
    expect([...part1.loss, ...part2.loss]).toEqual(whole.loss);
    // The built-in sgd at the same rate would have gone elsewhere: the registry is what resumed it.
    const asSgd = Sequential.fromJSON(saved.replace('"name":"halvedSgd"', '"name":"sgd"'));
    expect(asSgd.fit(data.x, data.y, { epochs: 3, batchSize: 32 }).loss).not.toEqual(part2.loss);
    expect(() => Sequential.fromJSON(saved)).toThrow(
      /^Sequential\.fromJSON: training\.optimizer\.config\.name "halvedSgd" is not a known optimizer\. Expected one of: sgd, momentum, nesterov, adam, adamw, rmsprop, adagrad\. For your own, register it: \{ optimizers: \{ "halvedSgd": \(config\) => yourOptimizer \} \}\.$/,
    );
  });

  it("refuses to save one that reports a built-in's name, which would resume as the built-in", () => {
    class LoggedAdam extends Adam {}
    for (const optimizer of [new LoggedAdam({ learningRate: 0.01 }), halvedSgd(0.5, "sgd")]) {
      const m = model(5).compile({ optimizer });
      m.fit(data.x, data.y, { epochs: 1, batchSize: 32 });
      const name = optimizer.getConfig().name as string;
      expect(() => m.toJSON()).toThrow(
        new RegExp(`^toJSON: the model's optimizer is one of your own that reports the name "${name}", a built-in's, so the model file would resume training with the built-in ${name} in its place\\. Give yours a name of its own and register it when reading the file: Sequential\\.fromJSON\\(json, \\{ optimizers: \\{ myName: \\(config\\) => yourOptimizer \\} \\}\\)\\. Received: getConfig\\(\\)\\.name="${name}"\\.$`),
      );
    }
  });

  it("saves and resumes a built-in from a second copy of @backprop/optimizers", () => {
    // A second copy's Adam: classes of its own named Adam and BaseOptimizer, the latter with no base class.
    const copyOf = (proto: object, name: string, parent: object): object =>
      Object.assign(Object.create(parent, Object.getOwnPropertyDescriptors(proto)) as object, { constructor: { [name]: function () {} }[name] });
    const baseCopy = copyOf(Object.getPrototypeOf(Adam.prototype) as object, "BaseOptimizer", Object.prototype);
    const adamCopy = copyOf(Adam.prototype, "Adam", baseCopy);
    const whole = model(5).compile({ optimizer: adam({ learningRate: 0.01 }) }).fit(data.x, data.y, { epochs: 6, batchSize: 32 });
    const first = model(5).compile({ optimizer: Object.setPrototypeOf(adam({ learningRate: 0.01 }), adamCopy) as Optimizer });
    const part1 = first.fit(data.x, data.y, { epochs: 4, batchSize: 32 });
    const part2 = Sequential.fromJSON(JSON.stringify(first.toJSON())).fit(data.x, data.y, { epochs: 2, batchSize: 32 });
    expect([...part1.loss, ...part2.loss]).toEqual(whole.loss);
  });
});
