/**
 * A tiny SVG/HTML string builder for server rendering. Every attribute value and text node is
 * escaped: data is text, never markup, whatever a CSV cell holds.
 */

export type Attributes = Record<string, string | number | boolean | null | undefined>;

/** Markup that is already safe: only what `el` and `text` build. */
export class Markup {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

export type Child = Markup | string | number | null | undefined | false | readonly Child[];

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in an attribute value or a text node. */
export function escapeText(value: string): string {
  return value.replace(/[&<>"']/g, (c) => escapes[c]);
}

/** Rounds coordinates so output is small and stable across platforms. */
export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

function renderChild(child: Child): string {
  if (child === null || child === undefined || child === false) return '';
  if (child instanceof Markup) return child.html;
  if (Array.isArray(child)) return child.map(renderChild).join('');
  return escapeText(String(child));
}

/**
 * An element. `null`, `undefined` and `false` attributes are left out; `true` writes the bare
 * attribute name; numbers are rounded to one decimal.
 *
 * @example el('text', { x: 1.234, class: 'label' }, 'Lai Châu <3') // <text x="1.2" class="label">Lai Châu &lt;3</text>
 */
export function el(tag: string, attributes: Attributes = {}, ...children: Child[]): Markup {
  let html = `<${tag}`;
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (value === true) html += ` ${name}`;
    else html += ` ${name}="${escapeText(typeof value === 'number' ? String(round(value)) : value)}"`;
  }
  return new Markup(`${html}>${children.map(renderChild).join('')}</${tag}>`);
}

/** Joins pieces of markup. */
export function fragment(...children: Child[]): Markup {
  return new Markup(children.map(renderChild).join(''));
}
