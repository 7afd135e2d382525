/** The rectangle, in SVG pixels, where a plot draws its data. */
export interface Frame {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Room reserved around the plot area. */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Default margins: room for the title above, tick labels and axis titles left and below. */
export const DEFAULT_MARGINS: Margins = { top: 44, right: 24, bottom: 56, left: 70 };

/**
 * The plot area left inside a `width×height` canvas once `margins` are taken off. `where` names
 * the plot in the error, and `rightNote` says what the right margin holds when it is not the default.
 * @throws RangeError when the canvas is too small to leave a plot area.
 * @example
 * plotFrame(640, 480); // { left: 70, top: 44, width: 546, height: 380 }
 */
export function plotFrame(width: number, height: number, margins: Partial<Margins> = {}, where = "plotFrame", rightNote = ""): Frame {
  const m = { ...DEFAULT_MARGINS, ...margins };
  const frame = { left: m.left, top: m.top, width: width - m.left - m.right, height: height - m.top - m.bottom };
  if (!(frame.width >= 40) || !(frame.height >= 40)) {
    const right = rightNote ? `${m.right} px right (${rightNote})` : `${m.right} px right`;
    throw new RangeError(
      `${where}: width and height must leave at least 40 px for the plot inside margins of ${m.left} px left, ${right}, ${m.top} px top and ${m.bottom} px bottom. Received: width=${width}, height=${height}.`,
    );
  }
  return frame;
}
