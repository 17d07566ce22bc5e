/**
 * A chart's export (the SVG and PNG downloads) stands alone: whoever opens the file sees what the
 * chart says without the page around it, and nothing in it asks to be clicked. Checked on every
 * published chart through the real loaders, by properties (an editor's new chart needs no golden).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { create, type Font } from 'fontkitten';
import { parse } from 'yaml';
import { palette } from '../../src/lib/charts/palette.ts';
import { fontFiles } from '../../src/lib/embed/png.ts';
import { exportLegend, standaloneSvg } from '../../src/lib/embed/standaloneSvg.ts';
import { chartDir, publishedChart, publishedChartIds } from '../helpers/publishedCharts.ts';
import { byClass, collapse, descendants, parseSvg, type SvgElement } from '../helpers/svgTree.ts';

const ids = publishedChartIds;
/** Words that ask a reader to act: choose, click, press, hover, tap, drag, swipe. */
const interaction = /(?<!\p{L})(chọn|bấm|nhấn|nhấp|chạm|rê chuột|di chuột|kéo|vuốt|click|tap|hover)(?!\p{L})/iu;

describe('chart texts that go into exports', () => {
  for (const id of ids) {
    it(`${id}.yaml asks nothing of a reader who cannot click`, () => {
      const spec = parse(readFileSync(join(chartDir, `${id}.yaml`), 'utf8')) as {
        title: string;
        subtitle?: string;
        notes?: string[];
      };
      for (const text of [spec.title, spec.subtitle ?? '', ...(spec.notes ?? [])]) expect(text).not.toMatch(interaction);
    });
  }
});

/** A published chart read, validated and drawn as the site does, and its export. */
function exported(id: string) {
  const { spec, model, source } = publishedChart(id);
  const url = `https://thuocdo.vn/bieu-do/${id}/`;
  const svg = standaloneSvg(model, spec, source, url);
  return { spec, model, source, url, svg, root: parseSvg(svg) };
}

/** The export's own lines of text (not the chart's), in order, as one string. */
const ownText = (root: SvgElement) =>
  collapse(
    root.children
      .filter((c) => c.name === 'text')
      .map((c) => c.text)
      .join(' '),
  );

/** The fonts the PNG is drawn with, the only ones it has. */
const fonts = fontFiles.map((file) => create(readFileSync(file)) as Font);

/** Each element's fill as drawn: its own attribute or the nearest ancestor's. */
function fills(root: SvgElement, inherited = 'black'): Map<SvgElement, string> {
  const fill = root.attributes.fill ?? inherited;
  return new Map([[root, fill], ...root.children.flatMap((child) => [...fills(child, fill)])]);
}

describe.each(ids)('the export of %s', (id) => {
  const chart = exported(id);

  it('carries its title, subtitle, notes (the data’s breaks first), source and address, in that order', () => {
    const { spec, model, source, url, root } = chart;
    const text = ownText(root);
    const map = model.mapYears;
    const mapLines = map ? [`Năm ${map.defaultYear}`, map.boundaries[map.years.indexOf(map.defaultYear)]] : [];
    const expected = [
      spec.title,
      spec.subtitle ?? '',
      ...mapLines,
      ...(model.notes ?? []),
      ...spec.notes,
      `Nguồn: ${source}`,
      url,
    ].filter(Boolean);
    let from = 0;
    for (const line of expected) {
      const at = text.indexOf(collapse(line), from);
      expect(at, `"${line}" after what precedes it`).toBeGreaterThanOrEqual(0);
      from = at + collapse(line).length;
    }
  });

  it('carries its legend: for a map each colour class and "Không có số liệu", each swatch filled with its colour', () => {
    const { model, root } = chart;
    const legend = exportLegend(model);
    if (model.type === 'map') {
      const labels = legend.map((item) => item.label);
      expect(labels).toContain('Không có số liệu');
      expect(legend.filter((item) => /^q\d$/.test(item.className)).length).toBe(
        model.legend!.filter((i) => /^q\d$/.test(i.className)).length,
      );
    }
    const fill = fills(root);
    const swatches = byClass(root, 'swatch');
    expect(swatches).toHaveLength(legend.length);
    legend.forEach((item, i) => {
      expect(swatches[i].attributes.class.split(' ')).toContain(item.className);
      expect(fill.get(swatches[i]), item.label).toBe(colourOf(item.className));
      expect(ownText(root)).toContain(collapse(item.label));
    });
  });

  it('labels each highlighted line at its end, in full', () => {
    const { spec, root } = chart;
    if (spec.type !== 'line') return;
    const labels = byClass(root, 'end-label').map((e) =>
      collapse(
        descendants(e)
          .map((d) => d.text)
          .join(''),
      ),
    );
    expect(labels).toEqual(spec.highlight.map((h) => h.label ?? h.series));
  });

  it('colours every province of a map as the site does, by attribute', () => {
    const { model, root } = chart;
    if (model.type !== 'map') return;
    const fill = fills(root);
    const provinces = byClass(root, 'province');
    expect(provinces.length).toBeGreaterThan(0);
    for (const province of provinces) {
      const className = province.attributes.class.split(' ').at(-1)!;
      expect(fill.get(province), province.attributes['data-label']).toBe(colourOf(className));
    }
  });

  it('has no <style> element, no style attribute, its font and text colour on the root', () => {
    const { svg, root } = chart;
    expect(descendants(root).filter((e) => e.name === 'style')).toEqual([]);
    expect(descendants(root).filter((e) => 'style' in e.attributes)).toEqual([]);
    expect(svg).not.toMatch(/<style/);
    expect(root.attributes['font-family']).toMatch(/^'Noto Sans'/);
    expect(root.attributes.fill).toBe(palette.light.text);
  });

  it('draws every character it writes with a glyph of the bundled fonts (no empty box in the PNG)', () => {
    const characters = new Set(descendants(chart.root).flatMap((e) => [...e.text.replace(/\s/g, '')]));
    const missing = [...characters].filter((ch) => !fonts.some((font) => font.hasGlyphForCodePoint(ch.codePointAt(0)!)));
    expect(missing).toEqual([]);
  });

  it('asks nothing of a reader who cannot click, tap or choose', () => {
    const words = descendants(chart.root)
      .map((e) => e.text)
      .filter((t) => interaction.test(t));
    expect(words).toEqual([]);
  });
});

/** The light colour of a map class. */
function colourOf(className: string): string | undefined {
  const q = /^q(\d)$/.exec(className);
  if (q) return palette.map[Number(q[1])];
  if (className === 'nodata') return palette.mapNoData.light;
  if (className === 'incomparable') return palette.mapIncomparable.light;
  return undefined;
}
