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
