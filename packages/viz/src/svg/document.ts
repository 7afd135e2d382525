import { escapeXml, num } from "./escape.js";
import { fnv1a } from "./hash.js";

/** Written in a body where an element id is needed; replaced by the document's own id prefix. */
export const ID = "{{id}}";

/** What every standalone SVG document carries. */
export interface SvgDocumentOptions {
  width: number;
  height: number;
  /** Visible heading and the accessible `<title>`. */
  title: string;
  /** Accessible `<desc>`: a sentence describing what the plot shows. */
  desc: string;
  /** The drawing, already serialised; `{{id}}` ({@link ID}) in it becomes the document's id prefix. */
  body: string;
}

/**
 * Wraps a drawing into a standalone SVG document: XML declaration, `xmlns`, `viewBox`,
 * `role="img"` with `<title>`/`<desc>` for screen readers, a white background and a visible title.
 * Element ids start with `bp-` and a hash of the content, so several plots inlined in one HTML
 * page keep distinct ids while the same input still gives the same string.
 * @example
 * svgDocument({ width: 10, height: 10, title: "t", desc: "d", body: "" }).startsWith("<?xml"); // true
 */
export function svgDocument(options: SvgDocumentOptions): string {
  const { width, height, title, desc, body } = options;
  const id = `bp-${fnv1a(`${width}x${height}|${title}|${desc}|${body}`)}`;
  const w = num(width);
  const h = num(height);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" ` +
    `role="img" aria-labelledby="${id}-title ${id}-desc" font-family="system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif">\n` +
    `<title id="${id}-title">${escapeXml(title)}</title>\n` +
    `<desc id="${id}-desc">${escapeXml(desc)}</desc>\n` +
    `<rect class="background" x="0" y="0" width="${w}" height="${h}" fill="#ffffff"/>\n` +
    `<text class="plot-title" x="${num(width / 2)}" y="24" text-anchor="middle" font-size="16" font-weight="600" fill="#222">${escapeXml(title)}</text>\n` +
    body.replaceAll(ID, id) +
    `</svg>\n`
  );
}
