/**
 * The look of an exported chart as presentation attributes, with no `<style>` element: the
 * site's CSP (`style-src 'self'`) blocks an inline style sheet when the SVG file is opened
 * directly, and a map whose colours live in class rules then shows black. Attributes are not
 * styles, so the file renders the same opened directly, as an `<img>` and in resvg (PNG).
 */
import { DOMParser } from 'linkedom';
import { palette } from '../charts/palette.ts';
import { rewriteAttributes } from '../svg/rewriteAttributes.ts';

/** The export's font: bundled for the PNG renderer, with system fallbacks for SVG viewers. */
export const EXPORT_FONT = 'Noto Sans';

type Attributes = Readonly<Record<string, string | number>>;

const c = palette.light;
/** The page's halo in the background colour: labels stay legible where they cross lines. */
const halo: Attributes = { 'paint-order': 'stroke', stroke: c.background, 'stroke-width': 3, 'stroke-linejoin': 'round' };
/** What the export's root sets for everything inside: the text colour (also Plot's `currentColor`) and the font. */
export const exportRootAttributes: Attributes = {
  'font-family': `'${EXPORT_FONT}', system-ui, sans-serif`,
  fill: c.text,
  color: c.text,
};

/**
 * The light theme of `src/styles/charts.css` for the classes our charts draw, as attributes set
 * on the elements each selector matches. In cascade order: where two rules set the same
 * attribute on one element, the later (more specific) one wins; a rule replaces an attribute the
 * element already has, as a CSS rule overrides a presentation attribute on the page.
 */
export const exportRules: readonly (readonly [selector: string, attributes: Attributes])[] = [
  ['.axis text, .unit, .break text, .source', { fill: c.muted }],
  ['.grid', { stroke: c.grid }],
  ['.baseline', { stroke: c.baseline }],
  ['.series path', { fill: 'none', 'stroke-linejoin': 'round', 'stroke-linecap': 'round' }],
  ['.series.context path', { stroke: c.context, 'stroke-width': 1 }],
  ['.series.highlight path', { 'stroke-width': 2.5 }],
  // Small multiples draw every panel's series in c1; other charts' series carry their entity's colour as attributes.
  ['.series.c1 path', { stroke: c.c1 }],
  ['.series.c1 circle', { fill: c.c1 }],
  ['.series.highlight circle', { stroke: c.background, 'stroke-width': 1 }],
  ['.series.highlight .end-label', { 'font-weight': 600 }],
  ['.break line', { stroke: c.muted, 'stroke-dasharray': '3 3' }],
  ['rect.planned', { fill: c.bar }],
  ['.reference line', { stroke: c.text, 'stroke-dasharray': '4 3', 'stroke-width': 1.5 }],
  ['rect.disbursed', { fill: c.c1 }],
  ['.province', { stroke: c.background, 'stroke-width': 0.5 }],
  // Filled, as on the page: drawn at a least size, too small for an outline to read.
  ['.island', { fill: c.muted, stroke: c.muted, 'stroke-width': 0.5 }],
  ...palette.map.map((colour, i) => [`.q${i}`, { fill: colour }] as const),
  ['.nodata', { fill: palette.mapNoData.light }],
  ['.incomparable', { fill: palette.mapIncomparable.light }],
  ['.title', { 'font-weight': 700 }],
  ['.map-year', { 'font-weight': 600 }],
  ['.swatch', { stroke: c.muted, 'stroke-width': 0.5 }],
  ['.bar-value, .end-label, .break text, .reference text, .island-label', halo],
];

/**
 * `svg` (a whole export) with `exportRules` written as attributes on the elements they match
 * and `exportRootAttributes` on its root; attributes keep their order, new ones follow.
 *
 * @example inlineExportStyle('<svg xmlns="http://www.w3.org/2000/svg"><path class="q0"/></svg>')
 * // '<svg xmlns="…" font-family="'Noto Sans', system-ui, sans-serif" fill="#333333" color="#333333"><path class="q0" fill="#fef0d9" /></svg>'
 */
export function inlineExportStyle(svg: string): string {
  const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement as unknown as Element;
  const wanted = new Map<Element, Map<string, string>>([[root, new Map()]]);
  const attributesOf = (element: Element) => {
    let map = wanted.get(element);
    if (!map) wanted.set(element, (map = new Map()));
    return map;
  };
  for (const [name, value] of Object.entries(exportRootAttributes)) attributesOf(root).set(name, String(value));
  for (const [selector, attributes] of exportRules) {
    for (const element of root.querySelectorAll(selector)) {
      const map = attributesOf(element);
      for (const [name, value] of Object.entries(attributes)) map.set(name, String(value));
    }
  }
  for (const [element, map] of wanted) rewriteAttributes(element, ({ name, value }) => map.get(name) ?? value, map);
  return root.outerHTML;
}
