/**
 * Golden SVGs for each chart type, drawn from our own fixtures (gaps, hostile text, breaks): a
 * change to how a type draws is a reviewed diff. Published charts have no goldens; they are
 * checked by their properties (publishedCharts.test.ts), so a new chart needs no new file.
 */
import { describe, it } from 'vitest';
import { buildChart, chartSpecSchema, type ChartModel, type ChartSpec } from '../../src/lib/charts/index.ts';
import topology from '../../data/geo/vn-provinces-63.topo.json' with { type: 'json' };
import { scatterFixture, tableOf, testContext } from '../helpers/chartFixture.ts';
import { expectGolden, prettySvg } from '../helpers/golden.ts';
import { standaloneSvg } from '../../src/lib/embed/index.ts';
import { locatorMap2025 } from '../../src/lib/charts/locatorMap2025.ts';
import { provinces63, units2025 } from '../helpers/units2025.ts';

function expectModelGolden(name: string, model: ChartModel) {
  if (model.svg === null) {
    expectGolden(`${name}.table.json`, JSON.stringify(model.table, null, 1) + '\n');
  } else if ('single' in model.svg) {
    expectGolden(`${name}.svg`, prettySvg(model.svg.single.html));
  } else {
    expectGolden(`${name}.narrow.svg`, prettySvg(model.svg.narrow.html));
    expectGolden(`${name}.wide.svg`, prettySvg(model.svg.wide.html));
  }
}

describe('each chart type matches its golden SVG, with gaps and hostile text', () => {
  // A label holding markup must come out as text.
  const hostile = 'Tỉnh <b>"A"</b> & B';
  const spec = (fields: object) =>
    chartSpecSchema.parse({ id: 'mau', dataset: 'test', title: 'T', description: 'D', ...fields }) as ChartSpec;
  const series = tableOf([
    { name: hostile, year: 2006, value: 40 },
    { name: hostile, year: 2008, value: null },
    { name: hostile, year: 2010, value: 30.25 },
    { name: hostile, year: 2012, value: 25 },
    { name: 'Khác', year: 2006, value: 10 },
    { name: 'Khác', year: 2010, value: 12 },
  ]);
  // The line case adds province codes and the breaks a dataset declares: a change of standard for
  // every series, a boundary change for the highlighted one (two rules, their labels in two rows).
  const lineTable = tableOf(
    series.rows.map((row) => ({ ...row, code: row.name === hostile ? '12' : '01' })),
    {
      columns: [
        { name: 'name', type: 'string', label: 'Nhãn name', nullable: false },
        { name: 'year', type: 'year', label: 'Năm', nullable: false },
        { name: 'value', type: 'number', label: 'Giá trị', nullable: true },
        { name: 'code', type: 'code', label: 'Mã', nullable: false, references: 'provinces' },
      ],
      breaks: [
        { kind: 'standard', before: 2010, label: 'Chuẩn mới', note: 'Từ năm 2010 theo chuẩn mới.', provinces: 'all' },
        { kind: 'boundary', before: 2008, label: 'Đổi địa giới', note: 'Trước năm 2008 là tỉnh cũ.', provinces: ['12'] },
      ],
    },
  );
  const facts = tableOf([
    { key: 'a', value: 99 },
    { key: 'b', value: 94.2 },
    { key: 'p', value: 1382 },
    { key: 'd', value: 815.2 },
    { key: 'lp', value: 35.3 },
    { key: 'ld', value: null },
  ]);
  // Parts of bars: one missing, so one bar has no total.
  const parts = tableOf([
    { name: hostile, part: 'a', value: 60.5 },
    { name: hostile, part: 'b', value: 39.5 },
    { name: 'Khác', part: 'a', value: 20 },
    { name: 'Khác', part: 'b', value: null },
  ]);
  const cases: [string, ChartSpec, ReturnType<typeof tableOf>][] = [
    [
      'line',
      spec({
        type: 'line',
        x: 'year',
        y: 'value',
        series: 'name',
        highlight: [{ series: hostile }],
        format: { unit: 'percent' },
      }),
      lineTable,
    ],
    [
      'bar-horizontal',
      spec({
        type: 'bar',
        orientation: 'horizontal',
        category: 'name',
        value: 'value',
        sort: 'descending',
        highlight: [hostile],
        filter: { year: 2010 },
        format: { unit: 'percent' },
      }),
      series,
    ],
    [
      'bar-vertical',
      spec({
        type: 'bar',
        orientation: 'vertical',
        category: 'year',
        value: 'value',
        filter: { name: hostile },
        reference: { kind: 'mean', label: 'Trung bình' },
        format: { unit: 'points', digits: 2 },
      }),
      series,
    ],
    [
      'coverage',
      spec({
        type: 'coverage',
        key: 'key',
        value: 'value',
        items: [
          { key: 'a', label: hostile },
          { key: 'b', label: 'Trạm y tế' },
        ],
        format: { unit: 'percent' },
      }),
      facts,
    ],
    [
      'budget',
      spec({
        type: 'budget',
        key: 'key',
        value: 'value',
        // A small amount beside a large one, a missing one, and the total Thước Đo adds up.
        sources: [
          { label: hostile, planned: 'p', disbursed: 'd' },
          { label: 'Địa phương', planned: 'lp', disbursed: 'ld' },
        ],
        format: { unit: 'tỷ đồng' },
      }),
      facts,
    ],
    [
      'table',
      spec({
        type: 'table',
        columns: [{ column: 'name' }, { column: 'year' }, { column: 'value' }],
        sortBy: { column: 'value', order: 'descending' },
        format: { unit: 'percent' },
      }),
      series,
    ],
    [
      // One panel per series, the other one drawn in grey in each; both breaks, a gap.
      'multiples',
      spec({
        type: 'multiples',
        x: 'year',
        y: 'value',
        series: 'name',
        reference: { series: 'Khác', label: 'Cả nước' },
        format: { unit: 'percent' },
      }),
      lineTable,
    ],
    [
      'stacked-horizontal',
      spec({
        type: 'stacked',
        orientation: 'horizontal',
        category: 'name',
        value: 'value',
        stack: 'part',
        parts: [
          { key: 'a', label: 'Kiên cố' },
          { key: 'b', label: hostile },
        ],
        total: true,
        format: { unit: 'percent' },
      }),
      parts,
    ],
    [
      'stacked-vertical',
      spec({
        type: 'stacked',
        orientation: 'vertical',
        category: 'name',
        value: 'value',
        stack: 'part',
        parts: [
          { key: 'a', label: 'Hộ nghèo' },
          { key: 'b', label: 'Hộ cận nghèo' },
        ],
        format: { unit: 'number' },
      }),
      parts,
    ],
    [
      'area',
      spec({
        type: 'area',
        x: 'year',
        y: 'value',
        series: 'name',
        area: { series: hostile },
        reference: { series: 'Khác' },
        format: { unit: 'percent' },
      }),
      lineTable,
    ],
  ];
  cases.push([
    // A hostile row label; 'Khác' has no value at the second end, so one dot and "không có số liệu".
    'dumbbell',
    spec({
      type: 'dumbbell',
      category: 'name',
      value: 'value',
      compare: { column: 'year', from: 2010, to: 2012, toLabel: 'Năm 2012' },
      highlight: [hostile],
      sort: 'descending',
      format: { unit: 'percent' },
    }),
    lineTable,
  ]);
  for (const [name, chartSpec, table] of cases) {
    it(name, () => expectModelGolden(`types/${name}`, buildChart(chartSpec, table, testContext)));
    // The same chart as a standalone picture: title, legend, notes, source and address, colours as
    // attributes (line and table have their own, fuller export goldens below).
    if (name === 'line' || name === 'table') continue;
    it(`${name}, exported`, () =>
      expectGolden(
        `types/${name}.export.svg`,
        prettySvg(
          standaloneSvg(
            buildChart(chartSpec, table, testContext),
            chartSpec,
            'Nguồn thử',
            `https://thuocdo.vn/bieu-do/${chartSpec.id}/`,
          ),
        ),
      ));
  }

  it('scatter', () => {
    // Two datasets joined by province; a hostile axis label; two provinces without an x value (the note).
    const { table, context } = scatterFixture();
    const scatter = spec({
      type: 'scatter',
      x: { dataset: 'other', column: 'value', label: hostile },
      y: { column: 'value', label: 'Tỷ lệ hộ nghèo' },
      label: { furthest: 1 },
      highlight: ['12'],
      format: { unit: 'percent' },
    });
    expectModelGolden('types/scatter', buildChart(scatter, table, context));
  });

  it('map', () => {
    const map = spec({
      type: 'map',
      province: 'code',
      value: 'value',
      year: 'year',
      thresholds: [10, 30],
      format: { unit: 'percent' },
    });
    const table = tableOf([
      { code: '12', year: 2016, value: 27.9 },
      { code: '11', year: 2016, value: null },
      { code: '01', year: 2016, value: 1.5 },
    ]);
    expectModelGolden('types/map', buildChart(map, table, { ...testContext, topology }));
  });

  it('map drawn with the borders of the 34 units over the 63 provinces', () => {
    const map = spec({
      type: 'map',
      province: 'code',
      value: 'value',
      year: 'year',
      thresholds: [10, 30],
      boundaries: 34,
      format: { unit: 'percent' },
    });
    // Hà Giang and Tuyên Quang, one unit since 2025, keep their own colours.
    const table = tableOf([
      { code: '02', year: 2016, value: 35.2 },
      { code: '08', year: 2016, value: 20.1 },
      { code: '01', year: 2016, value: 1.5 },
    ]);
    expectModelGolden('types/map-34', buildChart(map, table, { ...testContext, provinces: provinces63(), topology }));
  });
});

describe('the locator map of the 34 units matches its golden SVG', () => {
  it('34 shapes, each a link, and the islands', () => {
    expectGolden('types/map-2025.svg', prettySvg(locatorMap2025(topology, units2025(), 'ban-do-34').html));
  });
});

describe('a table chart exported as a picture matches its golden SVG', () => {
  it('table', () => {
    const spec = chartSpecSchema.parse({
      id: 'bang',
      dataset: 'test',
      title: 'Bảng <thử>',
      description: 'D',
      type: 'table',
      columns: [{ column: 'name' }, { column: 'value' }],
      format: { unit: 'percent' },
    }) as ChartSpec;
    const table = tableOf([
      { name: 'Lai Châu', value: 28.12 },
      { name: 'Tỉnh <b>"A"</b> & B', value: null },
    ]);
    expectGolden(
      'types/table.export.svg',
      prettySvg(standaloneSvg(buildChart(spec, table, testContext), spec, 'Nguồn thử', 'https://thuocdo.vn/bieu-do/bang/')),
    );
  });
});

describe('a chart exported as a picture carries its context, colours as attributes', () => {
  const exportOf = (spec: ChartSpec, table: ReturnType<typeof tableOf>, context = testContext) =>
    prettySvg(standaloneSvg(buildChart(spec, table, context), spec, 'Nguồn thử', `https://thuocdo.vn/bieu-do/${spec.id}/`));

  it('line: highlighted series labelled at their ends, the break the data declares, then the notes', () => {
    const spec = chartSpecSchema.parse({
      id: 'duong',
      dataset: 'test',
      title: 'Tỷ lệ hộ nghèo của Lai Châu so với cả nước, một tiêu đề dài để xuống dòng theo bề rộng đo được',
      subtitle: 'Tỷ lệ hộ nghèo, % số hộ.',
      description: 'D',
      notes: ['Số năm 2016 là số sơ bộ.'],
      type: 'line',
      x: 'year',
      y: 'value',
      series: 'name',
      highlight: [{ series: 'Lai Châu' }, { series: 'Cả nước' }],
      format: { unit: 'percent' },
    }) as ChartSpec;
    const table = tableOf(
      [2006, 2008, 2010, 2012, 2016].flatMap((year, i) => [
        { name: 'Lai Châu', year, value: [58.2, 53.7, 50.1, 43.4, 27.9][i] },
        { name: 'Cả nước', year, value: [15.5, 13.4, 14.2, 11.1, 5.8][i] },
        { name: 'Điện Biên', year, value: [48.4, 43.7, 50.0, 42.1, 29.4][i] },
      ]),
      {
        columns: [
          { name: 'name', type: 'string', label: 'Tỉnh', nullable: false },
          { name: 'year', type: 'year', label: 'Năm', nullable: false },
          { name: 'value', type: 'number', label: 'Tỷ lệ', nullable: true },
        ],
        breaks: [
          {
            kind: 'standard',
            before: 2010,
            label: 'Đổi chuẩn nghèo',
            note: 'Từ năm 2010, tỷ lệ hộ nghèo tính theo chuẩn nghèo mới.',
            provinces: 'all',
          },
        ],
      },
    );
    expectGolden('types/line.export.svg', exportOf(spec, table));
  });

  it('map: its legend, the year it shows and its boundaries', () => {
    const spec = chartSpecSchema.parse({
      id: 'ban-do',
      dataset: 'test',
      title: 'Tỷ lệ hộ nghèo theo tỉnh',
      description: 'D',
      notes: ['Màu xám là tỉnh không có số liệu.'],
      type: 'map',
      province: 'code',
      value: 'value',
      year: 'year',
      thresholds: [10, 30],
      format: { unit: 'percent' },
    }) as ChartSpec;
    const table = tableOf([
      { code: '12', year: 2014, value: 35.2 },
      { code: '12', year: 2016, value: 27.9 },
      { code: '11', year: 2016, value: null },
      { code: '01', year: 2016, value: 1.5 },
    ]);
    expectGolden('types/map.export.svg', exportOf(spec, table, { ...testContext, topology }));
  });
});
