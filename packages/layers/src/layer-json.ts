import { Matrix } from "@backprop/linalg";
import { BatchNorm } from "./batch-norm.js";
import { Dense } from "./dense.js";
import { parseDenseJSON } from "./dense-json.js";
import { Dropout } from "./dropout.js";
import { expectInteger, expectNumber, expectObject, expectVector, field, invalidField, type JSONPath } from "./json-checks.js";
import type { Layer } from "./layer.js";
import { regularizerFromJSON } from "./regularizers.js";

/**
 * Rebuilds a layer from its `toJSON()` form, checking every field; errors name the field with
 * `path` as prefix (`layers[1].weights[0][2] must be a finite number`).
 * @throws TypeError naming the first wrong field.
 * @example
 * layerFromJSON({ type: "dropout", rate: 0.5 }).type; // "dropout"
 */
export function layerFromJSON(value: unknown, at: JSONPath = { where: "layerFromJSON", path: "layer" }): Layer {
  const obj = expectObject(at, value);
  const [typeAt, type] = field(at, obj, "type");
  const [nameAt, nameValue] = field(at, obj, "name");
  if (nameValue !== undefined && typeof nameValue !== "string") throw invalidField(nameAt, "a string", nameValue);
  const name = nameValue as string | undefined;
  if (type === "dense") {
    const args = parseDenseJSON(at, value);
    return new Dense(args.inputSize, args.units, {
      activation: args.activation,
      useBias: args.useBias,
      weights: args.weights,
      bias: args.bias,
      ...(args.regularizer === undefined ? {} : { regularizer: regularizerFromJSON(args.regularizer) }),
      ...(name === undefined ? {} : { name }),
    });
  }
  if (type === "dropout") {
    const rate = expectNumber(...field(at, obj, "rate"), 0, 1);
    if (rate >= 1) throw invalidField(field(at, obj, "rate")[0], "a number in [0, 1)", rate);
    return new Dropout(rate, name === undefined ? {} : { name });
  }
  if (type === "batchNorm") return batchNormFromJSON(at, obj, name);
  throw invalidField(typeAt, `one of "dense", "dropout", "batchNorm"`, type);
}

function batchNormFromJSON(at: JSONPath, obj: Record<string, unknown>, name: string | undefined): BatchNorm {
  const features = expectInteger(...field(at, obj, "features"));
  const bn = new BatchNorm(features, {
    momentum: expectNumber(...field(at, obj, "momentum"), 0, 1),
    epsilon: expectNumber(...field(at, obj, "epsilon"), Number.MIN_VALUE),
    ...(name === undefined ? {} : { name }),
  });
  const read = (key: string, target: Matrix): void => {
    target.data.set(expectVector(...field(at, obj, key), features));
  };
  read("gamma", bn.gamma.value);
  read("beta", bn.beta.value);
  read("runningMean", bn.runningMean);
  read("runningVar", bn.runningVar);
  if (bn.runningVar.data.some((v) => v < 0)) throw invalidField(field(at, obj, "runningVar")[0], "non-negative", obj.runningVar);
  return bn;
}
