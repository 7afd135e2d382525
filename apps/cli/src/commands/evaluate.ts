import type { Command } from "./command.js";
import { dataFlag, jsonFlag, modelFlag, targetFlag } from "./shared-flags.js";
import { loadModel } from "../engine/model-file.js";
import { applyScaler } from "../engine/preprocessing.js";
import { accuracy } from "../engine/targets.js";
import { predict } from "../engine/train-network.js";
import { loadData } from "../data/load-data.js";
import { Output } from "../output/output.js";
import { pyFixed } from "../format/python-format.js";
import { UsageError, EXIT } from "../errors.js";
import { assertFiniteInputs, assertFinitePredictions } from "./predict.js";

/** Maps the data's class codes onto the model's class order, by name. */
function relabel(dataLabels: Int32Array, dataClasses: string[], modelClasses: string[]): Int32Array {
  const index = dataClasses.map((name) => {
    const k = modelClasses.indexOf(name);
    if (k < 0) throw new UsageError(`evaluate: the data has class "${name}", which the model does not know. Expected one of: ${modelClasses.join(", ")}.`);
    return k;
  });
  return Int32Array.from(dataLabels, (c) => index[c] as number);
}

/** `backprop evaluate`: a saved model's loss and accuracy on a data set. */
export const evaluateCommand: Command = {
  spec: {
    name: "evaluate",
    summary: "Report a saved model's loss and accuracy on a data set.",
    flags: [
      modelFlag,
      dataFlag(true),
      targetFlag,
      jsonFlag,
    ],
    examples: ["backprop evaluate --model model.json --data iris", "backprop evaluate --model model.json --data test.csv --target species --json"],
  },
  async run(args, io) {
    const f = args.flags;
    const out = new Output(io.stdout, io.stderr, Boolean(f.json));
    const { model, scaler, classNames } = await loadModel("evaluate", f.model as string);
    const data = await loadData("evaluate", f.data as string, f.target as string | undefined);
    if (data.x.cols !== model.inputSize) {
      throw new UsageError(`evaluate: the data must have the model's ${model.inputSize} features. Received: --data=${data.source} with ${data.x.cols}.`);
    }
    const labels = relabel(data.y, data.classNames, classNames);
    const x = applyScaler(scaler, data.x);
    assertFiniteInputs("evaluate", x, data.x);
    const output = predict(model, x);
    assertFinitePredictions("evaluate", output, data.x, model);
    const { loss } = model.evaluate(x, labels);
    const fraction = accuracy(output, labels);
    const right = Math.round(fraction * labels.length);
    out.line(`accuracy ${pyFixed(fraction * 100, 2)}% (${right}/${labels.length} rows), loss ${pyFixed(loss, 6)}`);
    out.result({ model: f.model, data: data.source, rows: labels.length, accuracy: fraction, loss });
    return EXIT.ok;
  },
};
