import { describe, expect, it } from 'vitest';
import { chartCsv } from '../../../src/lib/embed/chartCsv.ts';
import { barChart, barData } from '../../../src/lib/charts/barChart.ts';
import { chartSpecSchema, type ChartSpec } from '../../../src/lib/charts/index.ts';
import { csvTable, tableOf, testContext } from '../../helpers/chartFixture.ts';
import { byClass, parseSvg } from '../../helpers/svgTree.ts';

type BarSpec = Extract<ChartSpec, { type: 'bar' }>;
const bar = (extra: object) =>
  chartSpecSchema.parse({
    id: 'thu',
    type: 'bar',
    dataset: 'test',
    title: 'T',
    description: 'D',
    format: { unit: 'percent' },
    ...extra,
  }) as BarSpec;

describe('barData(table, spec, context)', () => {
  const codes = tableOf(
    [
      { code: '01', value: 0.1 },
      { code: '11', value: 29.55 },
      { code: '12', value: 28.12 },
      { code: '99', value: null },
    ],
    {},
  );
  codes.schema.columns[0] = { ...codes.schema.columns[0], type: 'code', references: 'provinces' };

  it('ranks descending, names provinces from their codes, highlights by code and puts missing values last', () => {
    const data = barData(
      codes,
      bar({ orientation: 'horizontal', category: 'code', value: 'value', sort: 'descending', highlight: ['12'] }),
      testContext,
    );
    expect(data.bars.map((b) => [b.label, b.value, b.highlighted])).toEqual([
      ['Điện Biên', 29.55, false],
      ['Lai Châu', 28.12, true],
      ['Hà Nội', 0.1, false],
      ['99', null, false],
    ]);
  });

  it('computes the mean of the bars for the reference line', () => {
    const falls = tableOf([
      { period: '2021', value: 3.01 },
      { period: '2022', value: 3.68 },
      { period: '2023', value: 4.66 },
    ]);
    const spec = bar({
      orientation: 'vertical',
      category: 'period',
      value: 'value',
      reference: { kind: 'mean', label: 'Trung bình' },
      format: { unit: 'points', digits: 2 },
    });
    const data = barData(falls, spec, testContext);
    expect(data.reference?.value).toBeCloseTo(3.7833, 4);
    const model = barChart(falls, spec, testContext);
    // The printed average of the source, 3,78, is what the computed mean rounds to.
    expect(model.table.rows.at(-1)?.map((c) => c.text)).toEqual(['Trung bình', '3,78 điểm %']);
  });

  it('keeps its plot when a label is very long: the label is cut on the chart, whole in its tooltip and table', () => {
    const long = 'Tỉnh '.repeat(400).trim();
    const table = tableOf([
      { name: long, value: 40 },
      { name: 'Lai Châu', value: 20 },
    ]);
    const model = barChart(table, bar({ orientation: 'horizontal', category: 'name', value: 'value' }), testContext);
    if (!model.svg || !('narrow' in model.svg)) throw new Error('expected two layouts');
    for (const [name, width] of [
      ['narrow', 340],
      ['wide', 640],
    ] as const) {
      const svg = model.svg[name].html;
      const rects = [...svg.matchAll(/<rect x="([\d.]+)"[^>]* width="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
      expect(rects.length).toBe(2);
      // Labels take at most half the width: the bars keep the rest.
      for (const [x, w] of rects) {
        expect(x).toBeLessThanOrEqual(width * 0.5 + 20);
        expect(w).toBeGreaterThan(10);
      }
      expect(svg).toContain(`data-label="${long}"`);
      expect(svg).toMatch(/>Tỉnh Tỉnh[^<]*…<\/text>/);
    }
    expect(model.table.rows.map((row) => row[0].text)).toContain(long);
  });
});

describe('barChart(table, spec, context) with printed decimals', () => {
  const rates = csvTable(['name,value', 'Quảng Bình,5.0', 'Điện Biên,4.76', 'Kon Tum,5.90', ''].join('\n'), { value: 'percent' });

  it('labels, tooltips and tables every bar with the decimals of the most precise one: 5,00% beside 4,76%', () => {
    const model = barChart(rates, bar({ orientation: 'horizontal', category: 'name', value: 'value' }), testContext);
    if (!model.svg || !('wide' in model.svg)) throw new Error('expected two layouts');
    expect(model.svg.wide.html).toContain('data-label="Quảng Bình" data-value="5,00%"');
    expect(model.svg.wide.html).toContain('>5,90%</text>');
    expect(model.table.rows.map((r) => r[1].text)).toEqual(['5,00%', '4,76%', '5,90%']);
  });

  it('keeps the decimals each value was printed with for the CSV, while the data gives the shown ones', () => {
    const spec = bar({ orientation: 'horizontal', category: 'name', value: 'value' });
    expect(barData(rates, spec, testContext).bars.map((b) => [b.printed, b.decimals])).toEqual([
      [1, 2],
      [2, 2],
      [2, 2],
    ]);
    const { table } = barChart(rates, spec, testContext);
    expect(table.rows.map((r) => r[1].decimals)).toEqual([1, 2, 2]);
    expect(chartCsv(table)).toContain('Quảng Bình,5.0\r\n');
  });

  it('lets a spec that fixes digits win for the values', () => {
    const model = barChart(
      rates,
      bar({ orientation: 'horizontal', category: 'name', value: 'value', format: { unit: 'percent', digits: 1 } }),
      testContext,
    );
    expect(model.table.rows.map((r) => r[1].text)).toEqual(['5,0%', '4,8%', '5,9%']);
  });

  it('gives the mean the decimals of the most precise bar', () => {
    const spec = bar({
      orientation: 'vertical',
      category: 'name',
      value: 'value',
      reference: { kind: 'mean', label: 'Trung bình' },
    });
    const data = barData(rates, spec, testContext);
    expect(data.reference).toMatchObject({ decimals: 2 });
    // (5.0 + 4.76 + 5.90) / 3 = 5.22
    expect(
      barChart(rates, spec, testContext)
        .table.rows.at(-1)
        ?.map((c) => c.text),
    ).toEqual(['Trung bình', '5,22%']);
  });
});

describe('barChart(table, spec, context) draws every bar as a point', () => {
  const hostile = 'Tỉnh <b>"A"</b> & B';
  const table = tableOf([
    { name: hostile, value: 30 },
    { name: 'Khác', value: null },
    { name: 'Lai Châu', value: 12 },
  ]);

  for (const orientation of ['horizontal', 'vertical'] as const) {
    it(`${orientation}: one .point per bar in data order, a missing one of no length with "–", the label escaped once`, () => {
      const model = barChart(table, bar({ orientation, category: 'name', value: 'value', highlight: ['Lai Châu'] }), testContext);
      if (!model.svg || !('narrow' in model.svg)) throw new Error('expected two layouts');
      for (const svg of [model.svg.narrow.html, model.svg.wide.html]) {
        // Escaped once: the tooltip reads the text, not `&lt;`.
        expect(svg).toContain('data-label="Tỉnh &lt;b&gt;&quot;A&quot;&lt;/b&gt; &amp; B"');
        const points = byClass(parseSvg(svg), 'point');
        expect(points.map((p) => [p.attributes['data-label'], p.attributes['data-value']])).toEqual([
          [hostile, '30%'],
          ['Khác', 'không có số liệu'],
          ['Lai Châu', '12%'],
        ]);
        expect(points[1].attributes[orientation === 'horizontal' ? 'width' : 'height']).toBe('0');
        // The highlighted province takes the province's colour, as in every chart.
        expect(points.map((p) => p.attributes.class)).toEqual(['point bar', 'point bar', 'point bar highlight entity-province']);
        const values = byClass(parseSvg(svg), 'bar-value').map((t) => t.text);
        expect(values[1]).toBe('–');
      }
    });
  }
});
