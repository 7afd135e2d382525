import { describe, expect, it } from "vitest";
import { generateCsvCode } from "./generate-csv-code.js";
import { runGenerated, type LoggedEpoch } from "./run-generated.js";
import { flowersCsv, housesCsv } from "../model/__fixtures__/upload-csv.js";
import { createSession } from "../model/session.js";
import { createCsvHost } from "../worker/csv-host.js";
import { defaultConfig, type PlaygroundConfig } from "../state/config.js";
import { settingsAt } from "../state/live.js";


/** The page's run on the uploaded file: the worker's data, the session's epochs (recorded changes applied). */
function pageRun(file: string, text: string, patch: Partial<PlaygroundConfig>, epochs: number): { config: PlaygroundConfig; classes: number; expected: LoggedEpoch[] } {
  const host = createCsvHost();
  const answer = host.receive({ type: "csv", file, text });
  const summary = answer.type === "csv" ? answer.summary! : (null as never);
  const regression = patch.problem === "regression";
  const config: PlaygroundConfig = { ...defaultConfig(), csv: (regression ? summary.regressionChoice : summary.defaultChoice)!, ...patch };
  const data = host.prepare(config);
  const session = createSession(config, data);
  const expected = Array.from({ length: epochs }, () => {
    session.applyLive(settingsAt(config, session.epoch));
    const { epoch, train, test } = session.runEpoch();
    return { epoch, train, test };
  });
  return { config, classes: data.view.classNames.length, expected };
}

describe("generateCsvCode", () => {
  it("prints code that reads the uploaded file and reproduces a classification run on it epoch for epoch", () => {
    const { config, classes, expected } = pageRun("flowers.csv", flowersCsv(), { hidden: [5], seed: 4, trainRatio: 60, dropout: 0.1 }, 3);
    const code = generateCsvCode(config, 3, classes);
    expect(code).toMatch(/^const FILE = "flowers\.csv";$/m);
    expect(code).toMatch(/^const features = \["petal", "sepal", "age"\]\.map\(byName\);$/m);
    expect(runGenerated(code, 3, { "flowers.csv": flowersCsv() })).toEqual(expected);
  });

  it("names that would break out of a comment or a string stay inside them: the program still runs", () => {
    // A label with a line separator (U+2028 ends a // comment) and a quote, a file name with a newline.
    const odd = "h\u2028x\"y";
    const text = housesCsv().replace("price", JSON.stringify(odd).replace(/\\"/g, '""'));
    const { config, classes, expected } = pageRun("my\nhouses.csv", text, { problem: "regression", hidden: [3] }, 2);
    expect(config.csv!.label).toBe(odd);
    expect(runGenerated(generateCsvCode(config, 2, classes), 2, { "my\nhouses.csv": text })).toEqual(expected);
  });

  it("prints code that reproduces a regression run on a numeric target (standardized as on the page), with a mid-run change", () => {
    const { config, classes, expected } = pageRun("houses.csv", housesCsv(), {
      problem: "regression", regressionLoss: "huber", hidden: [6], learningRate: 0.03, changes: [{ epoch: 2, learningRate: 0.01 }],
    }, 4);
    const code = generateCsvCode(config, 4, classes);
    expect(code).toMatch(/^const targetScaler = new StandardScaler\(\)\.fit\(column\(split\.yTrain as Float64Array\)\);$/m);
    expect(runGenerated(code, 4, { "houses.csv": housesCsv() })).toEqual(expected);
  });
});
