import { describe, expect, it } from 'vitest';
import { provincesFrom } from '../../../src/lib/data/index.ts';
import { lineData } from '../../../src/lib/charts/lineChart.ts';
import { povertyTrendChart } from '../../../src/lib/provinces/povertyTrendChart.ts';
import { csvTable, tableOf } from '../../helpers/chartFixture.ts';

const NORTH = 'Trung du và miền núi phía Bắc';
const provinces = provincesFrom(
  tableOf(
    [
      ['12', 'Lai Châu', 'lai-chau'],
      ['79', 'Hồ Chí Minh', 'ho-chi-minh'],
      ['11', 'Điện Biên', 'dien-bien'],
    ].map(([code, name, slug]) => ({
      code,
      name,
      slug,
      full_name: name,
      region: NORTH,
      iso_3166_2: `VN-${code}`,
      province_2025_code: code,
      province_2025_name: name,
      merger_status_2025: 'unchanged',
    })),
  ),
);
const series = (code: string | null, province: string, level: string, values: (number | null)[]) =>
  [2006, 2008, 2010, 2016].map((year, i) => ({
    province_code: code,
    province,
    year,
    value: values[i],
    level,
    status: year === 2016 ? 'preliminary' : 'final',
  }));
const table = tableOf(
  [
    ...series(null, 'Cả nước', 'country', [15.5, 13.4, 14.2, 5.8]),
    ...series(null, NORTH, 'region', [27.5, 25.1, 29.4, 13.8]),
    ...series('12', 'Lai Châu', 'province', [58.2, 53.7, 50.2, 27.9]),
    // The table's own spelling of a name: the chart finds the series through the code.
    ...series('79', 'TP. Hồ Chí Minh', 'province', [0.5, 0.3, 0.3, null]),
    ...series(null, 'Hà Tây', 'former_province', [12.4, null, null, null]),
  ],
  {
    id: 'poverty-rate-by-province',
    sources: [{ title: 'Bảng', publisher: 'Tổng cục Thống kê (GSO)', reliability: 'official', credited: true, date: '2018' }],
    columns: [
      { name: 'province_code', type: 'code', label: 'Mã tỉnh', nullable: true, references: 'provinces' },
      { name: 'province', type: 'string', label: 'Địa phương', nullable: false },
      { name: 'year', type: 'year', label: 'Năm', nullable: false },
      { name: 'value', type: 'percent', label: 'Tỷ lệ', nullable: true },
      { name: 'level', type: 'string', label: 'Cấp', nullable: false },
      { name: 'status', type: 'string', label: 'Tình trạng', nullable: false },
    ],
    breaks: [{ kind: 'standard', before: 2010, label: 'Đổi chuẩn nghèo', note: 'Chuẩn mới từ năm 2010.', provinces: 'all' }],
  },
);
/** The same table with Lai Châu's boundaries changed in 2008. */
const withBoundary = {
  ...table,
  schema: {
    ...table.schema,
    breaks: [
      ...table.schema.breaks,
      {
        kind: 'boundary' as const,
        before: 2008,
        label: 'Đổi địa giới',
        note: 'Trước năm 2008 là tỉnh cũ.',
        provinces: ['12'],
        date: '2008-08-01',
        document: 'Nghị quyết thử',
      },
    ],
  },
};

describe('povertyTrendChart(table, province, provinces)', () => {
  it('builds a line chart of the province, its region and the country, broken at the change of standard its data declares', () => {
    const chart = povertyTrendChart(table, provinces.get('12')!, provinces)!;
    expect(chart.spec).toMatchObject({
      id: 'tinh-lai-chau-ty-le-ho-ngheo',
      type: 'line',
      dataset: 'poverty-rate-by-province',
      title: 'Tỷ lệ hộ nghèo của Lai Châu, 2006–2016',
      context: false,
      format: { unit: 'percent' },
      filter: { level: ['province', 'region', 'country'] },
    });
    expect(chart.spec).not.toHaveProperty('breaks');
    expect(chart.model.notes).toEqual(['(1) Đổi chuẩn nghèo: Chuẩn mới từ năm 2010.']);
    expect(chart.spec.description).toContain('Đường bị ngắt trước năm 2010, xem ghi chú (1).');
    expect(chart.spec.highlight.map((h) => h.series)).toEqual(['Lai Châu', NORTH, 'Cả nước']);
    expect(chart.spec.subtitle).toBe(`Theo chuẩn thu nhập, % số hộ; so với cả vùng ${NORTH} và cả nước.`);
    expect(chart.model.table.rows.map((row) => row[0].text)).toEqual(['Lai Châu', 'Cả vùng', 'Cả nước']);
    expect(chart.source).toBe('Tổng cục Thống kê (GSO)');
  });

  it('states the first and last values in the description, each figure as the data table shows it', () => {
    const chart = povertyTrendChart(table, provinces.get('12')!, provinces)!;
    expect(chart.spec.description).toContain('Lai Châu: 58,2% năm 2006, 27,9% năm 2016.');
    expect(chart.spec.description).toContain('Cả nước: 15,5% năm 2006, 5,8% năm 2016.');
    const shown = [...chart.model.table.columns.map((c) => c.label), ...chart.model.table.rows.flat().map((c) => c.text)].join(
      ' | ',
    );
    for (const figure of chart.spec.description.match(/\d+(?:,\d+)?/g) ?? []) expect(shown).toContain(figure);
  });

  it('says which years a series lacks, in the description and in the notes, labelling the province by its reference name', () => {
    const chart = povertyTrendChart(table, provinces.get('79')!, provinces)!;
    expect(chart.spec.highlight[0]).toEqual({ series: 'TP. Hồ Chí Minh', label: 'Hồ Chí Minh' });
    expect(chart.spec.description).toContain('Hồ Chí Minh: 0,5% năm 2006, 0,3% năm 2010; không có số liệu năm 2016.');
    expect(chart.spec.notes).toContain('Hồ Chí Minh không có số liệu năm 2016: nguồn để trống.');
    expect(chart.spec.notes).toContain('Số năm 2016 là số sơ bộ, vẫn theo chuẩn thu nhập, không phải chuẩn nghèo đa chiều.');
  });

  it('writes the description and the data table with the decimals the source printed', () => {
    const printed = csvTable(
      [
        'province_code,province,year,value,level,status',
        `,Cả nước,2006,15.5,country,final`,
        `,Cả nước,2016,5.0,country,preliminary`,
        `,${NORTH},2006,27.5,region,final`,
        `,${NORTH},2016,13.8,region,preliminary`,
        '12,Lai Châu,2006,58.2,province,final',
        '12,Lai Châu,2016,20.0,province,preliminary',
        '',
      ].join('\n'),
      { year: 'year', value: 'percent' },
      { id: 'poverty-rate-by-province' },
    );
    const chart = povertyTrendChart(printed, provinces.get('12')!, provinces)!;
    expect(chart.spec.description).toContain('Lai Châu: 58,2% năm 2006, 20,0% năm 2016.');
    expect(chart.spec.description).toContain('Cả nước: 15,5% năm 2006, 5,0% năm 2016.');
    expect(chart.model.table.rows[0].map((c) => c.text)).toEqual(['Lai Châu', '58,2%', '20,0%']);
  });

  it('breaks the line of the province, not of its region, at a boundary change of the province, and says so', () => {
    const chart = povertyTrendChart(withBoundary, provinces.get('12')!, provinces)!;
    const data = lineData(withBoundary, chart.spec);
    expect(data.series.map((s) => s.segments.map((seg) => seg.map((p) => p.x)))).toEqual([
      [[2006], [2008], [2010, 2016]],
      [
        [2006, 2008],
        [2010, 2016],
      ],
      [
        [2006, 2008],
        [2010, 2016],
      ],
    ]);
    expect(chart.model.notes).toEqual([
      '(1) Đổi địa giới, Nghị quyết thử, hiệu lực từ 01/08/2008: Trước năm 2008 là tỉnh cũ.',
      '(2) Đổi chuẩn nghèo: Chuẩn mới từ năm 2010.',
    ]);
    expect(chart.spec.description).toContain(
      'Đường của Lai Châu bị ngắt trước năm 2008, xem ghi chú (1). Đường bị ngắt trước năm 2010, xem ghi chú (2).',
    );
    // The data table marks the first value on the new territory, and the first year of the new standard.
    expect(chart.model.table.columns.map((c) => c.breakMark ?? '')).toEqual(['', '', '', '(2)', '']);
    expect(chart.model.table.rows.map((row) => row.map((c) => c.breakMark ?? '').join(''))).toEqual(['(1)', '', '']);
    // Another province's chart says nothing of Lai Châu's boundaries.
    expect(povertyTrendChart(withBoundary, provinces.get('79')!, provinces)!.model.notes).toHaveLength(1);
  });

  it('returns null when the dataset has no row for the province', () => {
    expect(povertyTrendChart(table, provinces.get('11')!, provinces)).toBeNull();
  });
});
