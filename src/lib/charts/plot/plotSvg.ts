/**
 * The one way charts are drawn: Observable Plot, on the server, into an XML document, then
 * tidied into the markup our pages, embeds and exports share. Plot's own `<style>` goes (the
 * site's `style-src 'self'` would block it, and its colours come from presentation attributes
 * and our CSS); coordinates are rounded (stable goldens, fewer bytes); the root gets the chart's
 * accessible name, description and viewBox; every text is escaped by the XML serializer.
 */
import * as Plot from '@observablehq/plot';
import { DOMParser } from 'linkedom';
import { rewriteAttributes } from '../../svg/rewriteAttributes.ts';
import { Markup, type Attributes } from '../../svg/svg.ts';
import { svgAttributes } from '../layout.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Attributes holding coordinates: rounded to one decimal. Text attributes (`data-*`) are never touched. */
const GEOMETRY = new Set([
  'd',
  'transform',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'width',
  'height',
  'points',
  'font-size',
]);
/** Attributes Plot writes that our markup does without: the root is one image for assistive technology. */
const DROPPED = new Set(['aria-label', 'aria-hidden', 'aria-description']);
/** In a drawing of links, Plot's names for its marks' groups ("geo", "text") would be read out; a label hidden on purpose stays hidden. */
const DROPPED_IN_GROUP = new Set(['aria-label', 'aria-description']);

/**
 * An XML document per drawing: linkedom's HTML documents leave `&` and `<` raw in attribute
 * values, which makes invalid SVG files.
 */
function svgDocument(): Document {
  return new DOMParser().parseFromString(`<svg xmlns="${SVG_NS}"></svg>`, 'image/svg+xml') as unknown as Document;
}

/** `1.23456` → `1.2` inside an attribute value such as a path's `d`. */
function roundNumbers(value: string): string {
  // Not a unit's number (`0.32em`): those are exact.
  return value.replace(/-?\d*\.\d{2,}(?:e-?\d+)?(?![\d.a-z%])/g, (n) => {
    const rounded = Math.round(Number(n) * 10) / 10;
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}

/**
 * Sets attributes on each element a mark draws, from the datum it draws, in data order: the
 * `data-label`/`data-value` the browser enhancer reads, classes, links. Pass it as the mark's
 * `render` option. The data must be the mark's own array (Plot's index points into it).
 *
 * @example Plot.dot(points, { x: 'x', y: 'y', render: perDatum(points, (p) => ({ class: 'point', 'data-value': p.text })) })
 */
export function perDatum<T>(data: readonly T[], attributes: (datum: T, i: number) => Attributes): Plot.RenderFunction {
  return function (index, scales, values, dimensions, context, next) {
    const group = next!(index, scales, values, dimensions, context) as SVGElement;
    const drawn = [...group.children].filter((child) => child.tagName !== 'title');
    drawn.forEach((element, j) => {
      const datum = data[index[j]];
      for (const [name, value] of Object.entries(attributes(datum, index[j]))) {
        if (value === null || value === undefined || value === false) continue;
        if (name === 'class') element.setAttribute('class', `${element.getAttribute('class') ?? ''} ${value}`.trim());
        else element.setAttribute(name, value === true ? '' : String(value));
      }
    });
    return group;
  };
}

/**
 * Wraps each element a mark draws in a link (`<a href>`, named by its `<title>`), in data order:
 * a shape that leads to a page without JavaScript, reached with the Tab key. Pass it as the
 * mark's `render` option, with a frame of role `group` (links inside an image are not reachable).
 *
 * @example Plot.geo(units, { render: linkEach(units, (u) => ({ href: `/tinh/2025/${u.slug}/`, title: u.name })) })
 */
export function linkEach<T>(
  data: readonly T[],
  link: (datum: T, i: number) => { href: string; title: string; class?: string },
): Plot.RenderFunction {
  return function (index, scales, values, dimensions, context, next) {
    const group = next!(index, scales, values, dimensions, context) as SVGElement;
    const drawn = [...group.children].filter((child) => child.tagName !== 'title');
    drawn.forEach((element, j) => {
      const { href, title, class: className } = link(data[index[j]], index[j]);
      const anchor = group.ownerDocument.createElementNS(SVG_NS, 'a');
      anchor.setAttribute('href', href);
      if (className) anchor.setAttribute('class', className);
      const name = group.ownerDocument.createElementNS(SVG_NS, 'title');
      name.textContent = title;
      anchor.append(name);
      element.replaceWith(anchor);
      anchor.append(element);
    });
    return group;
  };
}

export interface PlotFrame {
  /** The chart id: the root is labelled and described by the figure's `${id}-title` and `${id}-desc`. */
  id: string;
  width: number;
  height: number;
  fontSize: number;
  /** The root's class; `chart-svg` is what the enhancer and the CSS look for. */
  className?: string;
  /**
   * `img` (the default): one image for assistive technology, its parts hidden. `group`: a drawing
   * whose links are reached one by one (a locator map); `aria-hidden` set by a mark is kept.
   */
  role?: 'img' | 'group';
}

/**
 * Draws Plot options as chart markup. Axes, grids and marks come from `options`; the adapter
 * owns the document, the frame and the tidying.
 */
export function plotSvg(frame: PlotFrame, options: Omit<Plot.PlotOptions, 'document' | 'width' | 'height'>): Markup {
  const { id, width, height, fontSize, className, role = 'img' } = frame;
  const root = Plot.plot({ ...options, width, height, document: svgDocument() }) as unknown as SVGSVGElement;
  if (root.tagName.toLowerCase() !== 'svg')
    throw new Error(`chart ${id}: Plot drew a figure, not an SVG (no legend or title in the options)`);
  for (const style of root.querySelectorAll('style')) style.remove();
  for (const name of root.getAttributeNames()) root.removeAttribute(name);
  for (const [name, value] of Object.entries(svgAttributes(id, width, height, fontSize, className))) {
    if (value !== undefined) root.setAttribute(name, String(value));
  }
  root.setAttribute('role', role);
  // Plot's defaults for its marks: text centred and filled with the text colour unless a mark says otherwise.
  root.setAttribute('fill', 'currentColor');
  root.setAttribute('text-anchor', 'middle');
  tidy(root, role === 'img' ? DROPPED : DROPPED_IN_GROUP);
  return new Markup(root.outerHTML.replace(/ xmlns="[^"]*"/, ''));
}

/**
 * Drops Plot's accessibility attributes, rounds geometry, and writes attributes in the order
 * they were set (linkedom writes the last set first), so markup reads as it was built.
 */
function tidy(element: Element, dropped: ReadonlySet<string>): void {
  // Plot set them in order, which linkedom lists last first.
  rewriteAttributes(
    element,
    ({ name, value }) => (dropped.has(name) ? null : GEOMETRY.has(name) ? roundNumbers(value) : value),
    undefined,
    {
      reversed: true,
    },
  );
  for (const child of element.children) tidy(child, dropped);
}
