import { readFile } from "node:fs/promises";
import { parseCsv, type CsvDataset, type ParseCsvOptions } from "./parse-csv.js";
import { parseCsvTable, type CsvTable, type ParseCsvTableOptions } from "./parse-csv-table.js";

/**
 * Node only (`@backprop/data/node`): reads a UTF-8 CSV file and parses it with {@link parseCsv};
 * error messages start with the file path.
 *
 * @throws RangeError from parsing; the file system's error when the file cannot be read.
 * @example
 * import { loadCsv } from "@backprop/data/node";
 * const d = await loadCsv("iris.csv", { target: "species" });
 * d.x.shape; // [150, 4]
 */
export async function loadCsv(path: string, options: Omit<ParseCsvOptions, "source"> = {}): Promise<CsvDataset> {
  const text = await readFile(path, "utf8");
  return parseCsv(text, { ...options, source: `loadCsv ${path}` });
}

/**
 * Node only: reads a UTF-8 CSV file into typed columns with {@link parseCsvTable}, missing values kept.
 * @throws RangeError from parsing; the file system's error when the file cannot be read.
 * @example
 * const t = await loadCsvTable("houses.csv", { target: "price" });
 * t.columns.map((c) => c.kind); // ["numeric", "categorical", …]
 */
export async function loadCsvTable(path: string, options: Omit<ParseCsvTableOptions, "source"> = {}): Promise<CsvTable> {
  const text = await readFile(path, "utf8");
  return parseCsvTable(text, { ...options, source: `loadCsvTable ${path}` });
}
