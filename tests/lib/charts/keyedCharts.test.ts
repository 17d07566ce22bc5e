import { describe, expect, it } from 'vitest';
import { budgetChart, budgetData } from '../../../src/lib/charts/budgetChart.ts';
import { coverageChart, coverageData } from '../../../src/lib/charts/coverageChart.ts';
import { chartSpecSchema, type ChartSpec } from '../../../src/lib/charts/index.ts';
import { csvTable, tableOf } from '../../helpers/chartFixture.ts';
import { byClass, parseSvg, textContent } from '../../helpers/svgTree.ts';

const facts = tableOf([
  { indicator: 'roads', value: 99 },
  { indicator: 'schools', value: 99.7 },
  { indicator: 'planned_central', value: 1382 },
  { indicator: 'disbursed_central', value: 815.2 },
  { indicator: 'share_central', value: 58.98 },
  { indicator: 'planned_local', value: 35.3 },
  { indicator: 'disbursed_local', value: 24.4 },
  { indicator: 'planned_total', value: 1417.3 },
  { indicator: 'disbursed_total', value: 837.6 },
  { indicator: 'share_total', value: 59.1 },
  { indicator: 'planned_tiny', value: 0.1 },
  { indicator: 'disbursed_missing', value: null },
  { indicator: 'twice', value: 1 },
  { indicator: 'twice', value: 2 },
]);
const spec = <T extends ChartSpec['type']>(type: T, extra: object) =>
  chartSpecSchema.parse({
    id: 'thu',
    type,
    dataset: 'test',
    title: 'T',
    description: 'D',
    key: 'indicator',
    value: 'value',
    ...extra,
  }) as Extract<ChartSpec, { type: T }>;

describe('coverageData(table, spec)', () => {
  it('reads each indicator by key, in spec order, all shown with the same decimals', () => {
    const coverage = spec('coverage', {
      items: [
        { key: 'schools', label: 'Trường học kiên cố' },
        { key: 'roads', label: 'Xã có đường' },
      ],
      format: { unit: 'percent' },
    });
    expect(coverageData(facts, coverage)).toEqual([
      { label: 'Trường học kiên cố', value: 99.7, decimals: 1 },
      { label: 'Xã có đường', value: 99, decimals: 1 },
    ]);
    expect(coverageChart(facts, coverage).table.rows.map((r) => r[1].text)).toEqual(['99,7%', '99,0%']);
  });

  it('refuses a key that matches several rows rather than guessing', () => {
    const coverage = spec('coverage', { items: [{ key: 'twice', label: 'x' }], format: { unit: 'percent' } });
    expect(() => coverageData(facts, coverage)).toThrow('2 rows have indicator = "twice"');
  });
});

describe('budgetData(table, spec)', () => {
  it('uses the share the source printed when the spec names its row, and computes it otherwise', () => {
    const budget = spec('budget', {
      sources: [
        { label: 'Trung ương', planned: 'planned_central', disbursed: 'disbursed_central', share: 'share_central' },
        { label: 'Địa phương', planned: 'planned_local', disbursed: 'disbursed_local' },
      ],
      format: { unit: 'tỷ đồng' },
    });
    const [central, local] = budgetData(facts, budget);
    expect(central).toMatchObject({ planned: 1382, disbursed: 815.2, share: 58.98, shareComputed: false });
    expect(local.share).toBeCloseTo((24.4 / 35.3) * 100, 6);
    expect(local.shareComputed).toBe(true);
  });

  const central = { label: 'Trung ương', planned: 'planned_central', disbursed: 'disbursed_central', share: 'share_central' };
  const local = { label: 'Địa phương', planned: 'planned_local', disbursed: 'disbursed_local' };

  it('ends with the total the source printed when the spec names its rows, even where the parts add up otherwise', () => {
    const budget = spec('budget', {
      sources: [central, local],
      total: { planned: 'planned_total', disbursed: 'disbursed_total', share: 'share_total' },
      format: { unit: 'tỷ đồng' },
    });
    // 815,2 + 24,4 is 839,6: the source printed 837,6, and the chart shows what it printed.
    // (Its decimals are the columns', tested with the table below.)
    expect(budgetData(facts, budget).at(-1)).toMatchObject({
      label: 'Tổng',
      planned: 1417.3,
      disbursed: 837.6,
      share: 59.1,
      shareComputed: false,
      total: 'printed',
    });
  });

  it('adds up a total the source does not print, labelled as computed, as precise as its most precise part', () => {
    const budget = spec('budget', { sources: [central, local], format: { unit: 'tỷ đồng' } });
    const total = budgetData(facts, budget).at(-1)!;
    expect(total).toMatchObject({ label: 'Tổng (Thước Đo cộng)', planned: 1417.3, disbursed: 839.6, total: 'computed' });
    expect(total.share).toBeCloseTo((839.6 / 1417.3) * 100, 6);
    // One source is its own total.
    expect(budgetData(facts, spec('budget', { sources: [central], format: { unit: 'tỷ đồng' } }))).toHaveLength(1);
  });

  it('leaves a total it cannot add up missing', () => {
    const budget = spec('budget', {
      sources: [central, { label: 'Khác', planned: 'planned_tiny', disbursed: 'disbursed_missing' }],
      format: { unit: 'tỷ đồng' },
    });
    expect(budgetData(facts, budget).at(-1)).toMatchObject({ planned: 1382.1, disbursed: null, share: null });
  });
});

describe('budgetChart(table, spec) draws every amount', () => {
  const budget = spec('budget', {
    sources: [
      { label: 'Trung ương', planned: 'planned_central', disbursed: 'disbursed_central' },
      { label: 'Nhỏ', planned: 'planned_tiny', disbursed: 'disbursed_missing' },
    ],
    total: { planned: 'planned_total', disbursed: 'disbursed_total' },
    format: { unit: 'tỷ đồng' },
  });
  const model = budgetChart(facts, budget);
  if (!model.svg || !('narrow' in model.svg)) throw new Error('expected two layouts');
  const layouts = [model.svg.narrow.html, model.svg.wide.html].map(parseSvg);

  it('keeps a tiny amount visible beside a large one, at least 3 px long, with its value written beside it', () => {
    for (const root of layouts) {
      const tiny = byClass(root, 'point').find((p) => p.attributes['data-label'] === 'Nhỏ: kế hoạch')!;
      expect(Number(tiny.attributes.width)).toBeGreaterThanOrEqual(3);
      expect(tiny.attributes['data-value']).toBe('0,1 tỷ đồng');
      expect(textContent(root)).toContain('0,1 tỷ đồng');
    }
  });

  it('draws a missing amount as a bar of no length, "–" beside it and "không có số liệu" in its tooltip', () => {
    for (const root of layouts) {
      const points = byClass(root, 'point');
      expect(points.map((p) => p.attributes['data-label'])).toEqual([
        'Trung ương: kế hoạch',
        'Trung ương: đã giải ngân',
        'Nhỏ: kế hoạch',
        'Nhỏ: đã giải ngân',
        'Tổng: kế hoạch',
        'Tổng: đã giải ngân',
      ]);
      const missing = points[3];
      expect(missing.attributes).toMatchObject({ width: '0', 'data-value': 'không có số liệu' });
      expect(byClass(root, 'bar-value')[0].children.map((t) => t.text)).toContain('–');
    }
  });

  it('shows the total in the chart and as the last row of its table', () => {
    for (const root of layouts) expect(textContent(root)).toContain('1.417,3 tỷ đồng');
    expect(model.table.rows.at(-1)?.map((c) => c.text)).toEqual(['Tổng', '1.417,3 tỷ đồng', '837,6 tỷ đồng', '59,1%']);
  });
});

describe('coverage and budget charts with printed decimals', () => {
  const printed = csvTable(
    [
      'indicator,value',
      'roads,99',
      'schools,99.0',
      'planned_central,1382',
      'disbursed_central,815.20',
      'share_central,59.0',
      'planned_local,35.3',
      'disbursed_local,24.4',
      '',
    ].join('\n'),
    { value: 'number' },
  );

  it('coverageChart shows every share with the decimals of the most precise one, and the CSV each as printed', () => {
    const coverage = spec('coverage', {
      items: [
        { key: 'roads', label: 'Xã có đường' },
        { key: 'schools', label: 'Trường học kiên cố' },
      ],
      format: { unit: 'percent' },
    });
    const rows = coverageChart(printed, coverage).table.rows;
    expect(rows.map((r) => r[1].text)).toEqual(['99,0%', '99,0%']);
    expect(rows.map((r) => r[1].decimals)).toEqual([0, 1]);
  });

  it('budgetChart shows every amount with the same decimals (one axis), every share too, the total it adds up, and the CSV each as printed', () => {
    const budget = spec('budget', {
      sources: [
        { label: 'Trung ương', planned: 'planned_central', disbursed: 'disbursed_central', share: 'share_central' },
        { label: 'Địa phương', planned: 'planned_local', disbursed: 'disbursed_local' },
      ],
      format: { unit: 'tỷ đồng' },
    });
    expect(budgetChart(printed, budget).table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Trung ương', '1.382,00 tỷ đồng', '815,20 tỷ đồng', '59,0%'],
      ['Địa phương', '35,30 tỷ đồng', '24,40 tỷ đồng', '69,1%'],
      // 815,20 + 24,4: the sum keeps the two decimals of its most precise part.
      ['Tổng (Thước Đo cộng)', '1.417,30 tỷ đồng', '839,60 tỷ đồng', '59,2%'],
    ]);
    expect(budgetChart(printed, budget).table.rows.map((r) => r.slice(1).map((c) => c.decimals))).toEqual([
      [0, 2, 1],
      [1, 1, 1],
      [1, 2, 1],
    ]);
  });
});
