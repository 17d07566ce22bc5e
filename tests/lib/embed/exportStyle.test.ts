import { describe, expect, it } from 'vitest';
import { palette } from '../../../src/lib/charts/palette.ts';
import { exportRules, inlineExportStyle } from '../../../src/lib/embed/exportStyle.ts';

const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${body}</svg>`;
const c = palette.light;

describe('inlineExportStyle(svg)', () => {
  it("writes the light theme's class rules as presentation attributes, the font and text colour on the root", () => {
    expect(
      inlineExportStyle(
        svg(
          '<path class="point province q3" d="M0,0"/>' +
            '<g class="series highlight c1" stroke="red"><path d="M0,0"/><circle r="1"/><text class="end-label">Lai Châu</text></g>' +
            '<text class="source" x="1">Nguồn: A &amp; &lt;B&gt;</text>',
        ),
      ),
    ).toBe(
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" font-family="'Noto Sans', system-ui, sans-serif" fill="${c.text}" color="${c.text}">` +
        `<path class="point province q3" d="M0,0" stroke="#ffffff" stroke-width="0.5" fill="${palette.map[3]}" />` +
        `<g class="series highlight c1" stroke="red"><path d="M0,0" fill="none" stroke-linejoin="round" stroke-linecap="round" stroke-width="2.5" stroke="${c.c1}" />` +
        `<circle r="1" fill="${c.c1}" stroke="#ffffff" stroke-width="1" />` +
        `<text class="end-label" font-weight="600" paint-order="stroke" stroke="#ffffff" stroke-width="3" stroke-linejoin="round">Lai Châu</text></g>` +
        `<text class="source" x="1" fill="${c.muted}">Nguồn: A &amp; &lt;B&gt;</text></svg>`,
    );
  });

  it('lets a later, more specific rule win, and replaces an attribute the element had', () => {
    const out = inlineExportStyle(
      svg('<g class="series context"><path stroke="black" d="M0,0"/></g><g class="series"><path/></g>'),
    );
    expect(out).toContain(
      `<g class="series context"><path stroke="${c.context}" d="M0,0" fill="none" stroke-linejoin="round" stroke-linecap="round" stroke-width="1" /></g>`,
    );
    expect(out).toContain('<g class="series"><path fill="none" stroke-linejoin="round" stroke-linecap="round" /></g>');
  });

  it('leaves elements no rule names as they were', () => {
    expect(inlineExportStyle(svg('<rect width="3" fill="#ffffff"/>'))).toContain('<rect width="3" fill="#ffffff" />');
  });
});

describe('exportRules', () => {
  it('gives concrete values only (no CSS variable, no currentColor)', () => {
    for (const [selector, attributes] of exportRules) {
      for (const value of Object.values(attributes)) expect(String(value), selector).not.toMatch(/var\(|currentColor/);
    }
  });

  it('colours each map class with the palette', () => {
    const fill = (selector: string) => exportRules.find(([s]) => s === selector)?.[1].fill;
    expect(palette.map.map((_, i) => fill(`.q${i}`))).toEqual([...palette.map]);
    expect(fill('.nodata')).toBe(palette.mapNoData.light);
    expect(fill('.incomparable')).toBe(palette.mapIncomparable.light);
  });
});
