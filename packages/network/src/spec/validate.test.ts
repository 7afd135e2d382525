import { describe, expect, it } from "vitest";
import { RandomState } from "@backprop/linalg";
import { buildModel } from "./build.js";
import { parameterCount } from "./parameters.js";
import type { ModelSpec } from "./types.js";
import { MAX_PARAMETERS, validateModelSpec } from "./validate.js";

const base: ModelSpec = { inputSize: 4, hidden: [{ units: 8, activation: "relu" }, { units: 4, activation: "tanh" }], task: "multiclass", outputs: 3, seed: 0 };

/** `base` with `patch` applied (a `null` value deletes the field); typed loosely, as untrusted JSON is. */
function spec(patch: Record<string, unknown>): unknown {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = v;
  }
  return out;
}

function hiddenWith(layer: Record<string, unknown>): unknown {
  return spec({ hidden: [{ units: 8 }, layer] });
}

describe("validateModelSpec / buildModel: errors name the field", () => {
  it.each<[string, unknown, RegExp, ErrorConstructor]>([
    ["a zero unit count", hiddenWith({ units: 0 }), /^buildModel: hidden\[1\]\.units must be an integer ≥ 1\. Received: 0\.$/, RangeError],
    ["a fractional unit count", hiddenWith({ units: 2.5 }), /^buildModel: hidden\[1\]\.units must be an integer ≥ 1\. Received: 2\.5\.$/, RangeError],
    ["a unit count given as text", hiddenWith({ units: "8" }), /^buildModel: hidden\[1\]\.units must be an integer ≥ 1\. Received: "8"\.$/, TypeError],
    ["a misspelt layer field", hiddenWith({ units: 3, activaton: "relu" }), /^buildModel: hidden\[1\]\.activaton is not a known field\. Expected only: units, activation, initializer, l1, l2, batchNorm, dropout, name\.$/, TypeError],
    ["a misspelt spec field", spec({ seeed: 1 }), /^buildModel: seeed is not a known field\. Expected only: inputSize, hidden, task, outputs, /, TypeError],
    ["an unknown activation", hiddenWith({ units: 3, activation: "rleu" }), /^buildModel: hidden\[1\]\.activation must be one of: sigmoid, relu, leakyRelu, tanh, softmax, linear, elu, selu, gelu, geluTanh, softplus, softsign, swish, silu, hardSigmoid, mish \(or \{ name: "leakyRelu", alpha \}\)\. Received: "rleu"\.$/, TypeError],
    ["alpha on relu", hiddenWith({ units: 3, activation: { name: "relu", alpha: 0.1 } }), /^buildModel: hidden\[1\]\.activation\.name must be "leakyRelu" \(the one activation with a setting\)\. Received: "relu"\.$/, TypeError],
    ["an unknown initializer", hiddenWith({ units: 3, initializer: "kaiming" }), /^buildModel: hidden\[1\]\.initializer must be one of: he, heNormal, .*, zeros, \{ name: "normal", std \} or \{ name: "uniform", limit \}\. Received: "kaiming"\.$/, TypeError],
    ["a negative std", hiddenWith({ units: 3, initializer: { name: "normal", std: -1 } }), /^buildModel: hidden\[1\]\.initializer\.std must be a finite number ≥ 0\. Received: -1\.$/, RangeError],
    ["a limit on a normal initializer", hiddenWith({ units: 3, initializer: { name: "normal", limit: 1 } }), /^buildModel: hidden\[1\]\.initializer\.limit is not a known field\. Expected only: name, std\.$/, TypeError],
    ["a dropout rate of 1", hiddenWith({ units: 3, dropout: 1 }), /^buildModel: hidden\[1\]\.dropout must be a number in \[0, 1\)\. Received: 1\.$/, RangeError],
    ["a batch-norm momentum above 1", hiddenWith({ units: 3, batchNorm: { momentum: 2 } }), /^buildModel: hidden\[1\]\.batchNorm\.momentum must be a number in \[0, 1\]\. Received: 2\.$/, RangeError],
    ["a negative penalty", spec({ l2: -0.1 }), /^buildModel: l2 must be a finite number ≥ 0\. Received: -0\.1\.$/, RangeError],
    ["hidden that is not a list", spec({ hidden: { units: 3 } }), /^buildModel: hidden must be an array of layers\. Received: an object\.$/, TypeError],
    ["a missing inputSize", spec({ inputSize: null }), /^buildModel: inputSize must be an integer ≥ 1\. Received: undefined\.$/, TypeError],
    ["an unknown task", spec({ task: "classification" }), /^buildModel: task must be one of: binary, multiclass, multiLabel, regression\. Received: "classification"\.$/, TypeError],
    ["three classes called binary", spec({ task: "binary", outputs: 3 }), /^buildModel: outputs must be 2 for task "binary" \(two classes, one sigmoid unit; use "multiclass" for more\)\. Received: 3\.$/, RangeError],
    ["a multiclass spec without its classes", spec({ outputs: null }), /^buildModel: outputs must be an integer ≥ 2 \(the number of classes\)\. Received: undefined\.$/, TypeError],
    ["one label called multiLabel", spec({ task: "multiLabel", outputs: 1 }), /^buildModel: outputs must be an integer ≥ 2 \(the number of labels\)\. Received: 1\.$/, RangeError],
    ["an output activation on a classifier", spec({ outputActivation: "tanh" }), /^buildModel: outputActivation applies to task "regression" only \(task "multiclass" always has a softmax output\)\. Received: outputActivation="tanh"\.$/, TypeError],
    ["a sigmoid regression output", spec({ task: "regression", outputs: 1, outputActivation: "sigmoid" }), /^buildModel: outputActivation of a regression model must not be sigmoid or softmax/, TypeError],
    ["a seed out of range", spec({ seed: 2 ** 32 }), /^buildModel: seed must be an integer in \[0, 4294967295\]\. Received: 4294967296\.$/, RangeError],
    ["two layers of one name", spec({ hidden: [{ units: 2, name: "a" }, { units: 2, name: "a" }] }), /^buildModel: layer names must be unique\. Received: hidden\[1\]\.name="a", also the name of hidden\[0\]\.name\.$/, TypeError],
    ["a name buildModel gives a dropout layer", spec({ hidden: [{ units: 3, name: "a", dropout: 0.1 }, { units: 3, name: "a_dropout" }] }), /^buildModel: layer names must be unique\. Received: hidden\[1\]\.name="a_dropout", also the name of hidden\[0\]'s dropout layer\.$/, TypeError],
    ["a generated batchNorm name taken by a later layer's", spec({ hidden: [{ units: 3, name: "b_batchNorm" }, { units: 3, name: "b", batchNorm: true }] }), /^buildModel: layer names must be unique\. Received: hidden\[1\]'s batchNorm layer="b_batchNorm", also the name of hidden\[0\]\.name\.$/, TypeError],
    ["the output named like a default dropout layer", spec({ hidden: [{ units: 3, dropout: 0.5 }], outputName: "hidden_1_dropout" }), /^buildModel: layer names must be unique\. Received: outputName="hidden_1_dropout", also the name of hidden\[0\]'s dropout layer\.$/, TypeError],
    ["a hidden layer named like the output", spec({ hidden: [{ units: 2, name: "output" }] }), /^buildModel: layer names must be unique\. Received: outputName="output", also the name of hidden\[0\]\.name\.$/, TypeError],
    ["an unknown optimizer", spec({ compile: { optimizer: "adamm" } }), /^buildModel: compile\.optimizer must be one of: sgd, momentum, nesterov, adam, adamw, rmsprop, adagrad \(or \{ name, \.\.\.settings \}\)\. Received: "adamm"\.$/, TypeError],
    ["a misspelt compile field", spec({ compile: { lr: 0.1 } }), /^buildModel: compile\.lr is not a known field\. Expected only: loss, optimizer, learningRate, metrics\.$/, TypeError],
    ["a zero learning rate", spec({ compile: { learningRate: 0 } }), /^buildModel: compile\.learningRate must be a finite number > 0\. Received: 0\.$/, RangeError],
    ["not an object", 42, /^buildModel: spec must be an object\. Received: 42\.$/, TypeError],
  ])("refuses %s", (_name, bad, message, type) => {
    expect(() => buildModel(bad as ModelSpec)).toThrow(message);
    expect(() => buildModel(bad as ModelSpec)).toThrow(type);
    expect(() => validateModelSpec(bad)).toThrow(new RegExp(message.source.replace("^buildModel", "^validateModelSpec")));
  });

  it("refuses a seed beside a generator, and options it does not know", () => {
    expect(() => buildModel(base, { rng: new RandomState(0) })).toThrow(/^buildModel: pass spec\.seed or options\.rng, not both/);
    expect(() => buildModel(base, { seed: 1 } as never)).toThrow(/^buildModel: options\.seed is not a known field\. Expected only: rng, maxParameters\.$/);
  });

  it("refuses a __proto__ key of untrusted JSON as an unknown field, leaving Object.prototype alone", () => {
    const hostile: unknown = JSON.parse('{"inputSize": 2, "task": "binary", "__proto__": {"polluted": true}}');
    expect(() => validateModelSpec(hostile)).toThrow(/^validateModelSpec: __proto__ is not a known field\./);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("returns a valid spec as it is, JSON text included once parsed", () => {
    expect(validateModelSpec(base)).toBe(base);
    const parsed: unknown = JSON.parse(JSON.stringify(base));
    expect(validateModelSpec(parsed)).toEqual(base);
  });
});

describe("the parameter bound", () => {
  it("counts what the built model holds, BatchNorm's γ and β included", () => {
    const s: ModelSpec = { inputSize: 5, hidden: [{ units: 7, batchNorm: true, dropout: 0.5 }, { units: 3 }], task: "multiclass", outputs: 4, seed: 2 };
    const held = buildModel(s).params().reduce((n, p) => n + p.value.size, 0);
    expect(parameterCount(s)).toBe(held);
    expect(held).toBe(6 * 7 + 2 * 7 + 8 * 3 + 4 * 4);
  });

  it(`refuses more than ${MAX_PARAMETERS} parameters before allocating anything, unless raised`, () => {
    // 1e6·1e4 weights would be 80 GB: the check must come first, or this test runs out of memory.
    const huge = { inputSize: 1_000_000, hidden: [{ units: 10_000 }], task: "binary", seed: 0 } as const;
    expect(() => buildModel(huge)).toThrow(/^buildModel: a model may have at most 50000000 parameters \(raise options\.maxParameters to allow more\)\. Received: a spec with 10000020001 parameters\.$/);
    expect(() => buildModel(huge)).toThrow(RangeError);
    const small: ModelSpec = { inputSize: 4, hidden: [{ units: 3 }], task: "binary", seed: 0 };
    expect(parameterCount(small)).toBe(19);
    expect(() => buildModel(small, { maxParameters: 18 })).toThrow(/at most 18 parameters .* Received: a spec with 19 parameters\.$/);
    expect(buildModel(small, { maxParameters: 19 }).params()).toHaveLength(4);
    expect(() => buildModel(small, { maxParameters: 0 })).toThrow(/^buildModel: options\.maxParameters must be an integer ≥ 1\. Received: 0\.$/);
  });
});
