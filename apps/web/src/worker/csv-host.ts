import { loadCsv, type LoadedCsv } from "../model/csv-dataset.js";
import { prepareCsvData } from "../model/csv-prepare.js";
import { prepareData, type PreparedData } from "../model/prepare-data.js";
import type { PlaygroundConfig } from "../state/config.js";
import type { FromWorker, ToWorker } from "./protocol.js";

/**
 * The worker's side of "Upload CSV": keeps the last file read (only in the worker's memory) and
 * prepares a run's data from it when the config names columns of it (`config.csv`).
 */
export function createCsvHost() {
  let loaded: LoadedCsv | null = null;
  return {
    /** Reads an uploaded file; the answer is its summary or the reason it cannot be used. */
    receive(message: Extract<ToWorker, { type: "csv" }>): FromWorker {
      try {
        loaded = loadCsv(message.file, message.text);
        return { type: "csv", summary: loaded.summary, message: null };
      } catch (error) {
        return { type: "csv", summary: null, message: (error as Error).message };
      }
    },
    /** The data of a run: the uploaded file's for "Your data", else the built-in set's. */
    prepare(config: PlaygroundConfig): PreparedData {
      return config.csv ? prepareCsvData(config, loaded) : prepareData(config);
    },
  };
}
