import { fromHex } from "../color/color.js";
import { pointColor } from "../plots/class-style.js";
import { ANSI_RESET, ansiColor } from "./ansi.js";
import { MARKS } from "./decision-map.js";

/**
 * The legend line printed under a {@link decisionMap}: each class's mark and name, e.g.
 * `o setosa  x versicolor  + virginica`; with `color`, a `●` in the class colour instead.
 * @example
 * decisionMapKey(["no", "yes"]); // "o no  x yes"
 */
export function decisionMapKey(classNames: readonly string[], options: { color?: boolean } = {}): string {
  const k = classNames.length;
  return classNames
    .map((name, c) => (options.color ? `${ansiColor(fromHex(pointColor(c, k)))}●${ANSI_RESET} ${name}` : `${MARKS[c % MARKS.length]} ${name}`))
    .join("  ");
}
