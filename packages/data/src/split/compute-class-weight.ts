import { formatList } from "../checks.js";
import { uniqueInverse, type Category } from "../unique.js";

/** The classes of `y` (sorted) and the weight of each. */
export interface ClassWeights {
  classes: Category[];
  weights: Float64Array;
}

/**
 * Per-class weights, as scikit-learn's `compute_class_weight(class_weight, classes=np.unique(y),
 * y=y)`: `"balanced"` gives `n / (k · countᵢ)` (rarer classes weigh more, and the weighted
 * count of every class is `n / k`); a record gives each named class its weight and the others 1.
 * Record keys are the labels as text (`{ "0": 1, "1": 5 }` for labels 0 and 1).
 *
 * @throws RangeError for an empty `y`, a record naming a class that is not in `y` (scikit-learn
 *   ignores it when every class has a weight), or a weight that is not a finite number ≥ 0;
 *   TypeError for another `classWeight`.
 * @example
 * computeClassWeight("balanced", [0, 0, 0, 1]); // { classes: [0, 1], weights: Float64Array [0.6666666666666666, 2] }
 */
export function computeClassWeight(classWeight: "balanced" | Readonly<Record<string, number>>, y: ArrayLike<Category>): ClassWeights {
  const op = "computeClassWeight";
  if (y === null || typeof y !== "object" || typeof y.length !== "number") throw new TypeError(`${op}: y must be an array of labels. Received: y=${String(y)}.`);
  if (y.length === 0) throw new RangeError(`${op}: y must not be empty. Received: y.length=0.`);
  const { classes, inverse } = uniqueInverse(op, "y", y);
  if (classWeight === "balanced") {
    const counts = new Float64Array(classes.length);
    inverse.forEach((c) => (counts[c] as number)++);
    return { classes, weights: counts.map((count) => y.length / (classes.length * count)) };
  }
  if (classWeight === null || typeof classWeight !== "object" || Array.isArray(classWeight)) {
    throw new TypeError(`${op}: classWeight must be "balanced" or a record of class → weight. Received: classWeight=${JSON.stringify(classWeight)}.`);
  }
  const names = classes.map(String);
  const unknown = Object.keys(classWeight).filter((key) => !names.includes(key));
  if (unknown.length > 0) {
    throw new RangeError(`${op}: classWeight names classes that are not in y. Received: ${formatList(unknown)}; the classes are ${formatList(classes)}.`);
  }
  const weights = Float64Array.from(names, (name) => {
    if (!Object.hasOwn(classWeight, name)) return 1;
    const w = classWeight[name];
    if (typeof w !== "number" || !Number.isFinite(w) || w < 0) {
      throw new RangeError(`${op}: class weights must be finite numbers ≥ 0. Received: classWeight[${JSON.stringify(name)}]=${String(w)}.`);
    }
    return w;
  });
  return { classes, weights };
}
