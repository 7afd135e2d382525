export { loadCsv, loadCsvTable } from "./csv/load-csv.js";
