import { describe, expect, it } from 'vitest';
import { chartSpecSchema, type ChartSpec } from '../../../src/lib/charts/index.ts';
import { lineChart } from '../../../src/lib/charts/lineChart.ts';
import { tableChart } from '../../../src/lib/charts/tableChart.ts';
import { chartCsv } from '../../../src/lib/embed/index.ts';
import { csvTable, testContext } from '../../helpers/chartFixture.ts';

describe('chartCsv(table) against formula injection', () => {
  it('writes text cells that start a formula as text, and leaves negative numbers as numbers', () => {
    const csv = chartCsv({
      columns: [
        { label: 'Chỉ tiêu', numeric: false },
        { label: 'Thay đổi', numeric: true },
      ],
      rows: [
        [
          { text: '=HYPERLINK("http://evil.example","Lai Châu")', sort: 'x' },
          { text: '−3,2', sort: -3.2 },
        ],
        [
          { text: '@cmd', sort: 'y' },
          { text: '1,5', sort: 1.5 },
        ],
        [
          { text: '-2+3', sort: 'z' },
          { text: '–', sort: null },
        ],
      ],
    });
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFChỉ tiêu,Thay đổi',
      `"'=HYPERLINK(""http://evil.example"",""Lai Châu"")",-3.2`,
      "'@cmd,1.5",
      "'-2+3,",
      '',
    ]);
  });
});

describe('chartCsv(table) writes numbers as the source printed them', () => {
  it('keeps trailing zeros, with "." as decimal mark and no grouping', () => {
    const table = csvTable(
      ['province,rate,households', 'Hà Nội,3.0,1417', 'Kon Tum,5.90,8372', 'Lai Châu,4.98,', ''].join('\n'),
      {
        rate: 'percent',
        households: 'integer',
      },
    );
    const spec = chartSpecSchema.parse({
      id: 'bang',
      type: 'table',
      dataset: 'test',
      title: 'Bảng',
      description: 'D',
      format: { unit: 'percent' },
      columns: [{ column: 'province' }, { column: 'rate' }, { column: 'households' }],
    }) as Extract<ChartSpec, { type: 'table' }>;
    expect(chartCsv(tableChart(table, spec, testContext).table).split('\r\n')).toEqual([
      '\uFEFFNhãn province,Nhãn rate,Nhãn households',
      'Hà Nội,3.0,1417',
      'Kon Tum,5.90,8372',
      'Lai Châu,4.98,',
      '',
    ]);
  });

  it('writes the values as printed even when the chart shows them with fixed digits', () => {
    const values = csvTable(['province,year,value', 'Hà Nội,2006,3.0', 'Hà Nội,2008,6.60', ''].join('\n'), {
      year: 'year',
      value: 'percent',
    });
    const model = lineChart(values, lineSpec);
    expect(model.table.rows[0].map((c) => c.text)).toEqual(['Hà Nội', '3%', '7%']);
    expect(chartCsv(model.table).split('\r\n')).toEqual(['\uFEFFNhãn province,2006,2008', 'Hà Nội,3.0,6.60', '']);
  });
});

const lineSpec = chartSpecSchema.parse({
  id: 'duong',
  type: 'line',
  dataset: 'test',
  title: 'T',
  description: 'D',
  x: 'year',
  y: 'value',
  series: 'province',
  highlight: [{ series: 'Hà Nội' }],
  format: { unit: 'percent', digits: 0 },
}) as Extract<ChartSpec, { type: 'line' }>;
