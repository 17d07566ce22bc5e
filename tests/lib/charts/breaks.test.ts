import { describe, expect, it } from 'vitest';
import { chartBreaks, tableMarks } from '../../../src/lib/charts/breaks.ts';
import { buildChart, chartSpecSchema, type ChartSpec } from '../../../src/lib/charts/index.ts';
import type { SeriesBreak } from '../../../src/lib/data/index.ts';
import { tableOf, testContext } from '../../helpers/chartFixture.ts';

const hanoi2008 = (code: string, note: string): SeriesBreak => ({
  kind: 'boundary',
  before: 2008,
  label: 'Mở rộng Hà Nội',
  note,
  provinces: [code],
  date: '2008-08-01',
  document: 'Nghị quyết 15/2008/QH12',
});
const table = tableOf(
  ['01', '26', '12'].flatMap((code) => [2006, 2008, 2010].map((year) => ({ code, year, value: 1 }))),
  {
    columns: [
      { name: 'code', type: 'code', label: 'Mã', nullable: false, references: 'provinces' },
      { name: 'year', type: 'year', label: 'Năm', nullable: false },
      { name: 'value', type: 'percent', label: 'Tỷ lệ', nullable: true },
    ],
    breaks: [
      { kind: 'standard', before: 2010, label: 'Đổi chuẩn nghèo', note: 'Chuẩn mới.', provinces: 'all' },
      hanoi2008('01', 'Hà Nội cũ.'),
      hanoi2008('26', 'Gồm Mê Linh.'),
      hanoi2008('17', 'Gồm 4 xã.'),
      { kind: 'boundary', before: 2004, label: 'Chia tỉnh', note: 'Lai Châu cũ.', provinces: ['12'] },
    ],
  },
);

describe('chartBreaks(table, rows, yearColumn)', () => {
  it('merges the rows of one boundary change, keeping the notes of the provinces drawn, and numbers breaks by year', () => {
    expect(chartBreaks(table, table.rows, 'year')).toEqual([
      {
        mark: '(1)',
        kind: 'boundary',
        before: 2008,
        label: 'Mở rộng Hà Nội',
        date: '2008-08-01',
        provinces: new Set(['01', '26']),
        note: '(1) Mở rộng Hà Nội, Nghị quyết 15/2008/QH12, hiệu lực từ 01/08/2008: Hà Nội cũ. Gồm Mê Linh.',
      },
      {
        mark: '(2)',
        kind: 'standard',
        before: 2010,
        label: 'Đổi chuẩn nghèo',
        provinces: null,
        note: '(2) Đổi chuẩn nghèo: Chuẩn mới.',
      },
    ]);
  });

  it('keeps only breaks within the years of the rows, and none when the column is not a year column', () => {
    const from2008 = table.rows.filter((row) => (row.year as number) >= 2008);
    expect(chartBreaks(table, from2008, 'year').map((b) => b.before)).toEqual([2010]);
    expect(
      chartBreaks(
        table,
        table.rows.filter((row) => row.code === '12'),
        'year',
      ).map((b) => b.before),
    ).toEqual([2010]);
    expect(chartBreaks(table, table.rows, 'value')).toEqual([]);
  });
});

describe('tableMarks(breaks, years, series)', () => {
  it('marks the header for a break of every series, and the first value on the new basis for a break of some', () => {
    const breaks = chartBreaks(table, table.rows, 'year');
    expect(
      tableMarks(
        breaks,
        [2006, 2008, 2010],
        [
          { codes: ['01'], values: [3, null, 5.3] },
          { codes: ['12'], values: [58.2, 53.7, 50.2] },
        ],
      ),
    ).toEqual({
      years: [undefined, undefined, '(2)'],
      cells: [
        [undefined, undefined, '(1)'],
        [undefined, undefined, undefined],
      ],
    });
  });
});

describe('buildChart(spec, table, context) and breaks', () => {
  it('gives every chart type the notes of the breaks within its rows', () => {
    const spec = chartSpecSchema.parse({
      id: 'bang',
      dataset: 'test',
      title: 'T',
      description: 'D',
      type: 'table',
      columns: [{ column: 'code' }, { column: 'year' }, { column: 'value' }],
      filter: { code: '01' },
      groupBy: 'year',
      format: { unit: 'percent' },
    }) as ChartSpec;
    expect(buildChart(spec, table, testContext).notes).toEqual([
      '(1) Mở rộng Hà Nội, Nghị quyết 15/2008/QH12, hiệu lực từ 01/08/2008: Hà Nội cũ.',
      '(2) Đổi chuẩn nghèo: Chuẩn mới.',
    ]);
    expect(buildChart({ ...spec, filter: { code: '01', year: 2010 } }, table, testContext).notes).toEqual([]);
  });
});
