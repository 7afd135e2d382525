/** The uploaded files of the upload tests (unit and browser): one table per problem type. */

/** Three flower kinds around three centres of (petal, sepal), a useless "age" column, text labels, two blank cells. */
export function flowersCsv(): string {
  const centres = { setosa: [1, 1], versicolor: [4, 1.5], virginica: [2.5, 4.5] } as const;
  const lines = ["id,petal,sepal,age,species"];
  let i = 0;
  for (let k = 0; k < 30; k++) {
    for (const [name, [cx, cy]] of Object.entries(centres)) {
      i++;
      const petal = i === 5 ? "" : (cx + 0.6 * Math.sin(i * 12.9898)).toFixed(3);
      const sepal = (cy + 0.6 * Math.cos(i * 78.233)).toFixed(3);
      lines.push(`${i},${petal},${sepal},${(20 + ((i * 7) % 13)).toString()},${i === 9 ? "" : name}`);
    }
  }
  return lines.join("\n") + "\n";
}

/**
 * A table to predict a price from, for the regression-upload tests (unit and browser):
 * price = 200 + 40·sin(area/20) + 15·rooms (no noise, 2 decimals), with a row number `id`, a text
 * column `town`, a blank area on data row 4 and a blank price on data row 9.
 */
export function housesCsv(): string {
  const lines = ["id,area,rooms,town,price"];
  for (let i = 1; i <= 240; i++) {
    const area = 20 + ((i * 37) % 100);
    const rooms = 1 + ((i * 7) % 5);
    const price = 200 + 40 * Math.sin(area / 20) + 15 * rooms;
    lines.push([String(i), i === 4 ? "" : String(area), String(rooms), ["north", "south", "east"][i % 3], i === 9 ? "" : price.toFixed(2)].join(","));
  }
  return lines.join("\n") + "\n";
}
