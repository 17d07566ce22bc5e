/**
 * Rewrites an element's attributes in place: `value` gives each one's new value (its own to keep
 * it, null to drop it), in the order they are listed (`reversed`: in the opposite order), and
 * `added` follow in their order. Attribute nodes are moved, never read and set again: linkedom's
 * XML documents hand values back escaped, so setting one again would escape it twice (`&amp;lt;`
 * in a tooltip). linkedom puts an attribute it is given first, so they are given last first.
 *
 * @example rewriteAttributes(path, (a) => (a.name === 'aria-label' ? null : a.value), new Map([['fill', '#333']]))
 */
export function rewriteAttributes(
  element: Element,
  value: (attribute: Attr) => string | null,
  added: ReadonlyMap<string, string> = new Map(),
  { reversed = false }: { reversed?: boolean } = {},
): void {
  const listed = element.getAttributeNames().map((name) => element.getAttributeNode(name)!);
  const kept: Attr[] = [];
  for (const attribute of listed) {
    const next = value(attribute);
    element.removeAttributeNode(attribute);
    if (next === null) continue;
    if (next !== attribute.value) attribute.value = next;
    kept.push(attribute);
  }
  const fresh = [...added].filter(([name]) => !listed.some((attribute) => attribute.name === name));
  const order = [
    ...(reversed ? kept.reverse() : kept),
    ...fresh.map(([name, text]) => {
      const attribute = element.ownerDocument.createAttribute(name);
      attribute.value = text;
      return attribute;
    }),
  ];
  for (const attribute of order.reverse()) element.setAttributeNode(attribute);
}
