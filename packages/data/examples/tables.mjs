// The README's table example: a CSV with a text column, a blank and an NA, through a ColumnTransformer.
import { ColumnTransformer, OneHotEncoder, SimpleImputer, StandardScaler, parseCsvTable } from "@backprop/data";

const csv = `color,rooms,area,price
red,3,2.5,210
blue,,4.0,340
green,2,NA,150
red,4,3.0,260
`;
const table = parseCsvTable(csv, { target: "price" });
console.log(table.columns.map((c) => `${c.name}: ${c.kind} ${JSON.stringify(Array.from(c.values, (v) => (Number.isNaN(v) ? "NaN" : v)))}`).join("\n"));

const pipeline = new ColumnTransformer({
  transformers: [
    { name: "num", columns: ["rooms", "area"], steps: [new SimpleImputer({ strategy: "median" }), new StandardScaler()] },
    { name: "cat", columns: ["color"], steps: [new SimpleImputer({ strategy: "most_frequent" }), new OneHotEncoder({ handleUnknown: "ignore" })] },
  ],
});
const x = pipeline.fitTransform(table);
console.log(pipeline.featureNamesOut);
console.log("x[1]", Array.from(x.row(1), (v) => +v.toFixed(4)));

// one raw query row, in the CSV's column order: a blank rooms cell is imputed, "3.5" is read as a number
const saved = JSON.parse(JSON.stringify(pipeline));
const query = ColumnTransformer.fromJSON(saved).transformRows([["red", "", "3.5"]]);
console.log("query", Array.from(query.row(0), (v) => +v.toFixed(4)));
