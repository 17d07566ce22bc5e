import sax from 'sax';

/** An element of a parsed SVG: its name, attributes (entities decoded), children and own text. */
export interface SvgElement {
  name: string;
  attributes: Record<string, string>;
  children: SvgElement[];
  /** The text directly inside the element, entities decoded. */
  text: string;
}

/**
 * Parses SVG markup as XML (sax, strict) and returns its root element; throws, with line and
 * column, when it is not well-formed: a tag left open or closed twice, a `&` that starts no
 * entity, an attribute given twice, or a raw `<` in an attribute value (which sax lets through).
 */
export function parseSvg(svg: string): SvgElement {
  const parser = sax.parser(true, { position: true });
  const fail = (message: string) => {
    throw new Error(`not well-formed XML: ${message.split('\n')[0]} at ${parser.line + 1}:${parser.column + 1}`);
  };
  const open: SvgElement[] = [];
  let root: SvgElement | undefined;
  parser.onerror = (error) => fail(error.message);
  parser.onopentag = (tag) => {
    const element: SvgElement = {
      name: tag.name,
      attributes: { ...(tag.attributes as Record<string, string>) },
      children: [],
      text: '',
    };
    if (open.length > 0) open.at(-1)!.children.push(element);
    else if (root) fail('a second root element');
    else root = element;
    open.push(element);
  };
  parser.ontext = (text) => {
    if (open.length > 0) open.at(-1)!.text += text;
    else if (text.trim() !== '') fail('text outside the root element');
  };
  parser.onclosetag = () => open.pop();
  parser.write(svg).close();
  // What sax lets through: a raw `<` in an attribute value, an attribute given twice (it keeps the first).
  const raw = /="[^"]*</.exec(svg);
  if (raw) throw new Error(`not well-formed XML: raw "<" in an attribute value: ${raw[0]}`);
  for (const [tag] of svg.matchAll(/<[\w:-]+(?:\s+[\w:-]+="[^"]*")*/g)) {
    const names = [...tag.matchAll(/\s([\w:-]+)=/g)].map((m) => m[1]);
    if (new Set(names).size !== names.length) throw new Error(`not well-formed XML: an attribute given twice in ${tag}`);
  }
  if (!root) throw new Error('not well-formed XML: no root element');
  return root;
}

/** The element and all its descendants, in document order. */
export function descendants(element: SvgElement): SvgElement[] {
  return [element, ...element.children.flatMap(descendants)];
}

/** The elements whose `class` attribute lists `name`. */
export function byClass(root: SvgElement, name: string): SvgElement[] {
  return descendants(root).filter((e) => (e.attributes.class ?? '').split(/\s+/).includes(name));
}

/** All text of the element and its descendants, each run separated by a space, spaces collapsed. */
export function textContent(element: SvgElement): string {
  return collapse(
    descendants(element)
      .map((e) => e.text)
      .join(' '),
  );
}

/** Runs of white space as one space, trimmed: how text reads once wrapped onto several lines. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
