import { describe, expect, it } from "vitest";
import { parseCsvTable } from "./parse-csv-table.js";
import { parseCsv } from "./parse-csv.js";

const values = (text: string, options = {}): unknown[] => parseCsvTable(text, options).columns.map((c) => (c.kind === "numeric" ? Array.from(c.values) : c.values));

describe("parseCsvTable: types from every row, missing values kept", () => {
  it("keeps a numeric column numeric when its first data row holds NA, ? or null", () => {
    const t = parseCsvTable("a,b,c\nNA,?,null\n2,1.5,-3\n4,,5e2\n");
    expect(t.header).toBe(true);
    expect(t.columns.map((c) => [c.name, c.kind])).toEqual([["a", "numeric"], ["b", "numeric"], ["c", "numeric"]]);
    expect(values("a,b,c\nNA,?,null\n2,1.5,-3\n4,,5e2\n")).toEqual([[NaN, 2, 4], [NaN, 1.5, NaN], [NaN, -3, 500]]);
  });

  it("keeps missing text cells as null, not as a category", () => {
    const t = parseCsvTable("color,n\nred,1\nNA,2\n,3\nblue,N/A\n");
    expect(t.columns[0]).toEqual({ name: "color", kind: "categorical", values: ["red", null, null, "blue"] });
    expect(Array.from(t.columns[1]?.values as Float64Array)).toEqual([1, 2, 3, NaN]);
    expect(parseCsv("color,n\nred,1\nblue,2\n").categorical).toEqual({ color: ["blue", "red"] });
  });

  it("reads NaN and nan (numpy.savetxt's spelling) as missing by default; other spellings of a non-finite number are refused", () => {
    const t = parseCsvTable("a,b\n1,nan\nNaN,2\n3,4\n");
    expect(t.columns.map((c) => Array.from(c.values as Float64Array).map(String))).toEqual([["1", "NaN", "3"], ["NaN", "2", "4"]]);
    expect(() => parseCsvTable("a,b\n1,NAN\n2,3\n")).toThrow(/^parseCsvTable: line 2, column "b": values must be finite numbers\. Received: "NAN"\./);
  });

  it("compares a quoted cell with the missing values as written, an unquoted one trimmed", () => {
    expect(parseCsvTable('x,y\n" NA ",1\n"NA",2\n  NA  ,3\nb,4\n').columns[0]?.values).toEqual([" NA ", null, null, "b"]);
  });

  it("reads only the given missingValues as missing", () => {
    const t = parseCsvTable("color,n\nNA,1\n-,2\nred,-\n", { missingValues: ["-"] });
    expect(t.columns[0]?.values).toEqual(["NA", null, "red"]);
    expect(Array.from(t.columns[1]?.values as Float64Array)).toEqual([1, 2, NaN]);
    expect(t.missingValues).toEqual(["-"]);
  });

  it("refuses a thousands separator or decimal comma in a numeric column, naming line, column and value", () => {
    expect(() => parseCsvTable('price,n\n"1,000",1\n2,3\n4,5\n')).toThrow(
      /^parseCsvTable: line 2, column "price": numbers must be plain decimals, without thousands separators or a decimal comma\. Received: "1,000"\.$/,
    );
    expect(() => parseCsvTable("a;b\n1;2,5\n3;4\n")).toThrow(/line 2, column "b": numbers must be plain decimals.*Received: "2,5"\./);
  });

  it("types a mostly-text column as text (numbers kept as their spelling) and a mostly-numeric one as numbers", () => {
    expect(values("size\nS\nM\n10\nL\n")).toEqual([["S", "M", "10", "L"]]);
    expect(() => parseCsvTable("n\n1\n2\nabc\n")).toThrow(/^parseCsvTable: line 4, column "n": a numeric column must hold numbers\. Received: "abc"\.$/);
  });

  it("sets the target column apart", () => {
    const t = parseCsvTable("a,label\n1,x\n2,NA\n", { target: "label" });
    expect(t.columns.map((c) => c.name)).toEqual(["a"]);
    expect(t.target).toEqual({ name: "label", kind: "categorical", values: ["x", null] });
    expect(t.nRows).toBe(2);
  });
});

describe("line endings", () => {
  it("reads \\n, \\r\\n and a lone \\r (old Mac files) as line breaks, as Python's csv module does", () => {
    // csv.reader(io.StringIO(t, newline="")) gives [["a","b"],["1","p"],["3","x"]] (and [] for a blank line) for each of these texts.
    for (const text of ["a,b\r1,p\r3,x\r", "a,b\r\n1,p\r\n3,x", "a,b\n1,p\r3,x\r\n", "a,b\r\r1,p\r\r\r3,x"]) {
      const t = parseCsvTable(text);
      expect([t.header, t.nRows, t.columns]).toEqual([true, 2, [{ name: "a", kind: "numeric", values: Float64Array.of(1, 3) }, { name: "b", kind: "categorical", values: ["p", "x"] }]]);
    }
  });

  it("keeps a line break inside quotes as written and counts lone-\\r lines in its errors", () => {
    const t = parseCsvTable('n,note\r1,"two\rlines"\r2,"and\r\nthese"\r');
    expect(t.columns[1]?.values).toEqual(["two\rlines", "and\r\nthese"]);
    expect(t.lines).toEqual([2, 4]);
    // Blank lines and a quoted line break are counted: the rows start on lines 3, 7 and 8.
    expect(parseCsvTable('a,b\r\n\r\n1,"x\ny"\n   \n\n3,z\n4,w\n').lines).toEqual([3, 7, 8]);
    expect(() => parseCsvTable("a,b\r1,2\r3\r")).toThrow(/^parseCsvTable: line 3: every row must have 2 fields \(as in the header\)\. Received: 1 field\.$/);
    expect(() => parseCsvTable('a,b\r"x\ry" z,2\r')).toThrow(/^parseCsvTable: line 3: a closing quote must be followed by the delimiter or the end of the line\. Received: "z,2"\.$/);
  });
});

describe("delimiter detection", () => {
  it.each([
    [",", 'a,"b,c",d\n1,"x,y",2\n'],
    [";", 'a;"b;c";d\n1;"x;y";2\n'],
    ["\t", "a\tb\tc\n1\t2\t3\n"],
    ["|", "a|b|c\n1|2|3\n"],
    [",", 'name,note\nbob,"a;b;c"\nal,"d;e"\n'],
    [";", "a;b\nx,y;z\n"],
    // a tab would cut these quoted line breaks into more (and equally wide) records than the comma gives
    [",", 'c0,c1,c2,c3\n,"t\t\r\n,","t","t\t,"\nNA,"t\t\r\n,","t",NA\n,"t\t\r\n,","t","t\t,"\n'],
  ])("detects %j", (delimiter, text) => {
    expect(parseCsvTable(text, { header: true }).delimiter).toBe(delimiter);
  });

  it("falls back to a comma for one column, and obeys a given delimiter", () => {
    expect(parseCsvTable("a\n1\n2\n").delimiter).toBe(",");
    expect(parseCsvTable("a;b|c\n1;2|3\n", { delimiter: "|" }).columns.map((c) => c.name)).toEqual(["a;b", "c"]);
  });

  it("strips a byte-order mark before detecting", () => {
    const t = parseCsvTable("\ufeffa;b\n1;2\n");
    expect([t.delimiter, t.columns[0]?.name]).toEqual([";", "a"]);
  });
});

describe("header detection", () => {
  it.each([
    ["a numeric first row over numeric columns is data", "1,2\n3,4\n", false],
    ["labels over numeric columns are a header", "width,height\n3,4\n5,6\n", true],
    ["labels over a numeric column whose first value is missing are a header", "w,h\nNA,4\n5,6\n", true],
    ["a first row with a number is data even above text", "1,red\n2,blue\n", false],
    ["a text-only table has a header when no top cell recurs below", "color,size\nred,S\nblue,M\n", true],
    ["a text-only table is data when a top cell recurs in its column", "red,S\nblue,M\nred,L\n", false],
    ["a first row of missing tokens over numbers is data", "NA,?\n1,2\n", false],
  ])("%s", (_, text, header) => {
    expect(parseCsvTable(text).header).toBe(header);
  });

  it("obeys header: true / false", () => {
    expect(parseCsvTable("1,2\n3,4\n", { header: true }).columns.map((c) => c.name)).toEqual(["1", "2"]);
    expect(parseCsvTable("a,b\nc,d\n", { header: false }).columns.map((c) => c.name)).toEqual(["x0", "x1"]);
  });

  it("refuses duplicate header names, naming them and their columns", () => {
    expect(() => parseCsvTable("a,b,a,b,c\n1,2,3,4,5\n")).toThrow(/^parseCsvTable: line 1: header names must be distinct\. Received: "a" \(columns 1, 3\), "b" \(columns 2, 4\)\.$/);
  });
});

describe("option and value checks", () => {
  it("refuses unknown and mistyped options", () => {
    expect(() => parseCsv("a\n1\n", { delimeter: ";" } as never)).toThrow(
      /^parseCsv: unknown option \["delimeter"\]\. Expected one of: delimiter, header, target, missingValues, source\.$/,
    );
    expect(() => parseCsv("a\n1\n", { header: "yes" } as never)).toThrow(/^parseCsv: header must be true, false or "auto"\. Received: header="yes"\.$/);
    expect(() => parseCsv("a\n1\n", { missingValues: "NA" } as never)).toThrow(/^parseCsv: missingValues must be an array of strings/);
    expect(() => parseCsv(42 as never)).toThrow(/^parseCsv: text must be a string\. Received: number\.$/);
  });

  it("shortens a long value in an error to 40 characters", () => {
    const long = "x".repeat(500);
    expect(() => parseCsvTable(`n\n1\n2\n${long}\n`)).toThrow(new RegExp(`Received: "${"x".repeat(39)}…"\\.$`));
  });

  it("says which missing token parseCsv found", () => {
    expect(() => parseCsv("a,b\nNA,1\n2,3\n")).toThrow(/^parseCsv: line 2, column "a": every field must hold a value; fill or drop the row\. Received: "NA" \(a missing value\)\.$/);
  });
});

describe("parseCsvTable: columnKinds and otherColumns read columns by name", () => {
  const grade = "a,grade,weight\n0.7,1.0,12\n0.2,2.50,-\n0.5,NA,1e999\n";

  it("reads a categorical column as each cell's text, numbers as written, missing cells null", () => {
    const t = parseCsvTable(grade, { columnKinds: { grade: "categorical", weight: "skip" } });
    expect(t.columns).toEqual([
      { name: "a", kind: "numeric", values: Float64Array.of(0.7, 0.2, 0.5) },
      { name: "grade", kind: "categorical", values: ["1.0", "2.50", null] },
    ]);
    expect(t.columnNames).toEqual(["a", "grade", "weight"]);
  });

  it("never reads a skipped column, nor the unnamed ones with otherColumns: skip; the target is still read", () => {
    expect(() => parseCsvTable(grade)).toThrow(/^parseCsvTable: line 3, column "weight": a numeric column must hold numbers\. Received: "-"\.$/);
    const t = parseCsvTable(grade, { columnKinds: { a: "numeric" }, otherColumns: "skip", target: "grade" });
    expect(t.columns.map((c) => c.name)).toEqual(["a"]);
    expect(t.target).toEqual({ name: "grade", kind: "numeric", values: Float64Array.of(1, 2.5, NaN) });
    expect(t.columnNames).toEqual(["a", "grade", "weight"]);
    expect(t.nRows).toBe(3);
  });

  it("reads a numeric column as numbers even when most cells are text, naming the first text cell", () => {
    expect(parseCsvTable("x,y\nA,1\nB,2\n").columns[0]?.kind).toBe("categorical");
    expect(() => parseCsvTable("x,y\nA,1\nB,2\n", { columnKinds: { x: "numeric" } })).toThrow(/^parseCsvTable: line 2, column "x": a numeric column must hold numbers\. Received: "A"\.$/);
    expect(parseCsvTable("x,y\nNA,1\n,2\n", { columnKinds: { x: "numeric" } }).columns[0]).toEqual({ name: "x", kind: "numeric", values: Float64Array.of(NaN, NaN) });
  });

  it("refuses a column name the text does not have, naming its columns, and bad kinds or otherColumns", () => {
    expect(() => parseCsvTable(grade, { columnKinds: { grde: "skip" }, source: "g.csv" })).toThrow(
      /^g\.csv: columnKinds must name columns of the CSV\. Received: \["grde"\]\. Expected one of: \["a", "grade", "weight"\]\.$/,
    );
    expect(() => parseCsvTable("1,2\n3,4\n", { columnKinds: { a: "numeric" } })).toThrow(/columnKinds must name columns of the CSV \(no header was found, so the columns are x0, x1, …\)\. Received: \["a"\]\. Expected one of: \["x0", "x1"\]\./);
    expect(() => parseCsvTable(grade, { columnKinds: { a: "text" as never } })).toThrow(/^parseCsvTable: columnKinds\["a"\] must be one of "numeric", "categorical", "infer", "skip"\. Received: "text"\.$/);
    expect(() => parseCsvTable(grade, { otherColumns: "drop" as never })).toThrow(/^parseCsvTable: otherColumns must be "infer" or "skip"\. Received: otherColumns="drop"\.$/);
    expect(() => parseCsvTable(grade, { target: "grade", columnKinds: { grade: "skip" } })).toThrow(/^parseCsvTable: columnKinds must not skip the target column\. Received: "grade" as the target and "skip"\.$/);
    expect(() => parseCsv(grade, { columnKinds: {} } as never)).toThrow(/^parseCsv: unknown option \["columnKinds"\]\. Expected one of: delimiter, header, target, missingValues, source\.$/);
  });

  it("takes columnKinds as a function of the header, called once before any cell is typed", () => {
    const calls: [readonly string[], boolean][] = [];
    const t = parseCsvTable(grade, {
      columnKinds: (names, header) => {
        calls.push([names, header]);
        return { [names[1] as string]: "categorical", [names[2] as string]: "skip" };
      },
    });
    expect(calls).toEqual([[["a", "grade", "weight"], true]]);
    expect(Object.isFrozen(calls[0]?.[0])).toBe(true);
    // The same columns as the object form gives.
    expect(t).toEqual(parseCsvTable(grade, { columnKinds: { grade: "categorical", weight: "skip" } }));
    const headless = parseCsvTable("1,x\n2,y\n", { columnKinds: (names, header) => (header ? {} : { [names[0] as string]: "categorical" }), otherColumns: "skip" });
    expect(headless.columns).toEqual([{ name: "x0", kind: "categorical", values: ["1", "2"] }]);
  });

  it("checks what a columnKinds function returns as it checks the object", () => {
    expect(() => parseCsvTable(grade, { columnKinds: () => ({ grde: "skip" }) })).toThrow(/^parseCsvTable: columnKinds must name columns of the CSV\. Received: \["grde"\]\. Expected one of: \["a", "grade", "weight"\]\.$/);
    expect(() => parseCsvTable(grade, { columnKinds: () => ({ a: "text" }) as never })).toThrow(
      /^parseCsvTable: the object columnKinds returned\["a"\] must be one of "numeric", "categorical", "infer", "skip"\. Received: "text"\.$/,
    );
    expect(() => parseCsvTable(grade, { columnKinds: () => undefined as never })).toThrow(
      /^parseCsvTable: the object columnKinds returned must be an object mapping column names to kinds\. Received: undefined\.$/,
    );
  });
});
