import { describe, expect, it } from "vitest";
import type { Dense } from "@backprop/layers";
import { defaultLoss, type Task } from "../task.js";
import { buildModel } from "./build.js";
import { classificationTask, lossForSpec, outputHead } from "./head.js";

describe("outputHead: the head rule, once", () => {
  it.each<[Task, number, number, string, string]>([
    ["binary", 2, 1, "sigmoid", "binaryCrossEntropy"],
    ["multiclass", 3, 3, "softmax", "categoricalCrossEntropy"],
    ["multiclass", 2, 2, "softmax", "categoricalCrossEntropy"],
    ["multiLabel", 4, 4, "sigmoid", "binaryCrossEntropy"],
    ["regression", 1, 1, "linear", "mse"],
    ["regression", 3, 3, "linear", "mse"],
  ])("%s with %i outputs: %i %s unit(s) and %s", (task, outputs, units, activation, loss) => {
    expect(outputHead(task, outputs)).toEqual({ units, activation, loss });
    // The model built from it reads back as the same task, and the library's own default loss for
    // its output activation (task.ts, independent of the rule) is the head's loss.
    const model = buildModel({ inputSize: 3, hidden: [{ units: 2 }], task, outputs, seed: 0 });
    const out = model.layers.at(-1) as Dense;
    expect([out.units, out.activation.name]).toEqual([units, activation]);
    expect(model.task).toBe(task);
    expect(defaultLoss(model.layers)).toBe(loss);
    expect(lossForSpec({ inputSize: 3, task, outputs })).toBe(loss);
  });

  it("calls two classes binary and more multiclass", () => {
    expect([2, 3, 10].map(classificationTask)).toEqual(["binary", "multiclass", "multiclass"]);
  });

  it("lets a binary spec omit its two classes, and compile.loss override the head's loss", () => {
    expect(buildModel({ inputSize: 2, task: "binary", seed: 1 }).outputSize).toBe(1);
    expect(lossForSpec({ inputSize: 2, task: "binary", compile: { loss: "mse" } })).toBe("mse");
  });

  it("compiles with the head's loss unless told otherwise", () => {
    const spec = { inputSize: 4, task: "multiclass", outputs: 3, seed: 3 } as const;
    const model = buildModel({ ...spec, compile: { optimizer: "adam", learningRate: 0.05, metrics: ["accuracy"] } });
    expect(model.compiled).toBe(true);
    expect(model.loss?.name).toBe("categoricalCrossEntropy");
    expect(model.optimizer?.getConfig()).toMatchObject({ name: "adam", learningRate: 0.05 });
    expect(model.metrics).toEqual(["accuracy"]);
    expect(buildModel({ ...spec, compile: { loss: "mse" } }).loss?.name).toBe("mse");
    expect(buildModel(spec).compiled).toBe(false);
  });
});
