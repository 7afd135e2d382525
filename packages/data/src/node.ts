export { loadCsv } from "./csv/load-csv.js";
