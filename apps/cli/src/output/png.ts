import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { extname } from "node:path";
import { UsageError } from "../errors.js";

const require = createRequire(import.meta.url);

/** The image formats a plot flag can write, by file extension; a path without one is SVG. */
export const PLOT_EXTENSIONS = [".svg", ".png"] as const;

/** The format a plot path asks for. @throws UsageError for any other extension (`cannot write .jpg; use .svg or .png`). */
export function plotFormat(command: string, flag: string, path: string): "svg" | "png" {
  const ext = extname(path).toLowerCase();
  if (ext === ".png") return "png";
  if (ext === ".svg" || ext === "") return "svg";
  throw new UsageError(`${command}: ${flag} cannot write ${ext}; use .svg or .png. Received: ${flag}=${path}.`);
}

/** Pixels per SVG unit: the plots are ~640 units wide, so PNGs come out ~1280 px, sharp on a high-DPI screen. */
const ZOOM = 2;
const FONT = "DejaVu Sans";

type Resvg = typeof import("@resvg/resvg-wasm");
let loading: Promise<Resvg> | undefined;

/** resvg's WebAssembly build, initialised once from the .wasm file inside its npm package (nothing is downloaded). */
function resvg(): Promise<Resvg> {
  loading ??= import("@resvg/resvg-wasm").then(async (mod) => {
    await mod.initWasm(readFileSync(require.resolve("@resvg/resvg-wasm/index_bg.wasm")));
    return mod;
  });
  return loading;
}

/**
 * Rasterises an SVG plot to PNG with resvg (WebAssembly), its text set in DejaVu Sans read from
 * the `dejavu-fonts-ttf` package, so the result is the same on a machine with no fonts installed;
 * system fonts are never consulted. White background, 2 pixels per SVG unit.
 * @example
 * writeFileSync("loss.png", await svgToPng(lossCurve({ loss }))); // a 1280×800 PNG
 */
export async function svgToPng(svg: string): Promise<Uint8Array> {
  const { Resvg } = await resvg();
  const font = readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"));
  const renderer = new Resvg(svg, {
    background: "white",
    fitTo: { mode: "zoom", value: ZOOM },
    font: { fontBuffers: [font], defaultFontFamily: FONT, sansSerifFamily: FONT, serifFamily: FONT, monospaceFamily: FONT },
  });
  try {
    const image = renderer.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    renderer.free();
  }
}
