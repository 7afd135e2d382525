/** The options `scatter` and `decisionBoundary` share: text and size of a plot of 2-D points. */
export interface PointPlotOptions {
  /** Legend names per class. Default `class 0`, `class 1`, … */
  classNames?: readonly string[];
  title?: string;
  /** Axis titles. Default `Feature 1` and `Feature 2`. */
  xLabel?: string;
  yLabel?: string;
  /** Size of the SVG in px. */
  width?: number;
  height?: number;
}

/**
 * The display name of class `k`: `classNames[k]` or `class k`.
 * @example
 * classNameOf(["setosa"], 1); // "class 1"
 */
export function classNameOf(classNames: readonly string[] | undefined, k: number): string {
  return classNames?.[k] ?? `class ${k}`;
}

/**
 * Checks a grid resolution is an integer from 2 to 1000.
 * @throws RangeError otherwise.
 */
export function checkResolution(where: string, resolution: number): void {
  if (!Number.isInteger(resolution) || resolution < 2 || resolution > 1000) {
    throw new RangeError(`${where}: resolution must be an integer from 2 to 1000. Received: resolution=${resolution}.`);
  }
}

/**
 * Checks a terminal size is a positive integer.
 * @throws RangeError otherwise.
 */
export function checkSize(where: string, name: string, value: number, min = 1): void {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`${where}: ${name} must be an integer ≥ ${min}. Received: ${name}=${value}.`);
  }
}

/**
 * Checks an SVG size option is a finite number of pixels `≥ min`.
 * @throws TypeError when it is not a number; RangeError when it is not finite or below `min`.
 */
export function checkPixels(where: string, name: string, value: unknown, min: number): void {
  if (typeof value !== "number") throw new TypeError(`${where}: options.${name} must be a number. Received: ${name}=${JSON.stringify(value)}.`);
  if (!Number.isFinite(value) || value < min) {
    throw new RangeError(`${where}: options.${name} must be a finite number ≥ ${min} (px). Received: ${name}=${value}.`);
  }
}
