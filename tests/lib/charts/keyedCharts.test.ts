import { describe, expect, it } from 'vitest';
import { budgetChart, budgetData } from '../../../src/lib/charts/budgetChart.ts';
import { coverageChart, coverageData } from '../../../src/lib/charts/coverageChart.ts';
import { chartSpecSchema, type ChartSpec } from '../../../src/lib/charts/index.ts';
import { csvTable, tableOf } from '../../helpers/chartFixture.ts';

const facts = tableOf([
  { indicator: 'roads', value: 99 },
  { indicator: 'schools', value: 99.7 },
  { indicator: 'planned_central', value: 1382 },
  { indicator: 'disbursed_central', value: 815.2 },
  { indicator: 'share_central', value: 58.98 },
  { indicator: 'planned_local', value: 35.3 },
  { indicator: 'disbursed_local', value: 24.4 },
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

  it('budgetChart shows every amount with the same decimals (one axis), every share too, and the CSV each as printed', () => {
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
    ]);
    expect(budgetChart(printed, budget).table.rows.map((r) => r.slice(1).map((c) => c.decimals))).toEqual([
      [0, 2, 1],
      [1, 1, 1],
    ]);
  });
});
