import { describe, expect, it } from 'vitest';
import { el, fragment, round } from '../../../src/lib/svg/svg.ts';

describe('el(tag, attributes, ...children)', () => {
  it('writes data as text, never markup, in attributes and text nodes', () => {
    const hostile = '<img src=x onerror="alert(1)"> & \'';
    const html = el('text', { 'data-label': hostile }, hostile).html;
    expect(html).toBe(
      '<text data-label="&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;</text>',
    );
  });

  it('rounds numbers, drops empty attributes and nests markup', () => {
    expect(el('g', { x: 1.26, hidden: false, title: undefined, open: true }, el('rect'), null, ['a', 1]).html).toBe(
      '<g x="1.3" open><rect></rect>a1</g>',
    );
    expect(fragment('x', el('b')).html).toBe('x<b></b>');
  });
});

describe('round(value, digits)', () => {
  it('rounds to stable output, without negative zero', () => {
    expect(round(-0.04)).toBe(0);
    expect(round(1.23456, 2)).toBe(1.23);
  });
});
