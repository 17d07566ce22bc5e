import { describe, expect, it } from 'vitest';
import { chartSpecSchema, type ChartSpec } from '../../../src/lib/charts/index.ts';
import { layouts } from '../../../src/lib/charts/layout.ts';
import {
  mapBoundaries,
  mapChart,
  mapClasses,
  mapGeometry,
  mapProjection,
  mapYearsData,
} from '../../../src/lib/charts/mapChart.ts';
import { standaloneSvg } from '../../../src/lib/embed/standaloneSvg.ts';
import { formatPercent } from '../../../src/lib/format/index.ts';
import { geoContains } from 'd3-geo';
import { csvTable, tableOf, testContext } from '../../helpers/chartFixture.ts';
import topology from '../../../data/geo/vn-provinces-63.topo.json' with { type: 'json' };
import { provinces63 } from '../../helpers/units2025.ts';

const spec = chartSpecSchema.parse({
  id: 'ban-do',
  type: 'map',
  dataset: 'test',
  title: 'T',
  description: 'D',
  province: 'code',
  value: 'value',
  year: 'year',
  thresholds: [10, 30],
  format: { unit: 'percent' },
}) as Extract<ChartSpec, { type: 'map' }>;

describe('mapClasses(thresholds)', () => {
  it('classes values by threshold, missing values apart', () => {
    const { classOf } = mapClasses([10, 30]);
    expect([5, 10, 29.9, 30, 58.2, null].map(classOf)).toEqual(['q0', 'q1', 'q1', 'q2', 'q2', 'nodata']);
  });

  it('writes a Vietnamese legend that says which provinces have no data', () => {
    expect(mapClasses([10, 30]).legend((n) => formatPercent(n))).toEqual([
      { className: 'q0', label: 'Dưới 10%' },
      { className: 'q1', label: '10–30%' },
      { className: 'q2', label: 'Từ 30% trở lên' },
      { className: 'nodata', label: 'Không có số liệu' },
    ]);
  });
});

describe('mapYearsData(table, spec, codes)', () => {
  const table = tableOf([
    { code: '12', year: 2006, value: 58.2 },
    { code: '12', year: 2016, value: 27.9 },
    { code: '79', year: 2006, value: 0.5 },
    { code: '79', year: 2016, value: null },
  ]);

  it('gives each province a class and a text per year, grey and "không có số liệu" where missing', () => {
    const data = mapYearsData(table, spec, ['12', '79', '01']);
    expect(data.years).toEqual([2006, 2016]);
    expect(data.defaultYear).toBe(2016);
    expect(data.classes).toEqual({ '12': ['q2', 'q1'], '79': ['q0', 'nodata'], '01': ['nodata', 'nodata'] });
    expect(data.values['79']).toEqual(['0,5%', 'không có số liệu']);
  });

  it('refuses a default year without data', () => {
    expect(() => mapYearsData(table, { ...spec, defaultYear: 2010 }, ['12'])).toThrow('defaultYear 2010');
  });
});

describe('mapYearsData(table, spec, codes) with printed decimals', () => {
  it("writes the year selector's texts as the source printed each value", () => {
    const table = csvTable(['code,year,value', '01,2006,3.0', '01,2016,1.3', '12,2006,58.2', '12,2016,20.0', ''].join('\n'), {
      year: 'year',
      value: 'percent',
    });
    const data = mapYearsData(table, spec, ['01', '12']);
    expect(data.values).toEqual({ '01': ['3,0%', '1,3%'], '12': ['58,2%', '20,0%'] });
    expect(data.raw.get('01')).toEqual([
      { value: 3, decimals: 1 },
      { value: 1.3, decimals: 1 },
    ]);
  });
});

describe('a map and the boundary changes its dataset declares', () => {
  const table = tableOf(
    [
      { code: '01', year: 2006, value: 3.5 },
      { code: '01', year: 2008, value: 6.6 },
      { code: '12', year: 2006, value: 58.2 },
      { code: '12', year: 2008, value: 53.7 },
      { code: '11', year: 2006, value: null },
      { code: '11', year: 2008, value: 45 },
    ],
    {
      columns: [
        { name: 'code', type: 'code', label: 'Mã', nullable: false, references: 'provinces' },
        { name: 'year', type: 'year', label: 'Năm', nullable: false },
        { name: 'value', type: 'percent', label: 'Tỷ lệ', nullable: true },
      ],
      breaks: [
        {
          kind: 'boundary',
          before: 2008,
          label: 'Mở rộng Hà Nội',
          note: 'Số của Hà Nội trước năm 2008 là của Hà Nội cũ.',
          provinces: ['01', '11'],
          date: '2008-08-01',
        },
      ],
    },
  );

  it('mapYearsData(…) does not colour a province in a year before its boundaries changed, and says why in its text', () => {
    const data = mapYearsData(table, spec, ['01', '12', '11']);
    expect(data.classes).toEqual({ '01': ['incomparable', 'q0'], '12': ['q2', 'q2'], '11': ['nodata', 'q2'] });
    expect(data.values['01']).toEqual(['3,5% (theo địa giới trước 01/08/2008)', '6,6%']);
  });

  it('mapBoundaries(…) says which boundaries the map shows each year, naming the provinces left uncoloured', () => {
    const data = mapYearsData(table, spec, ['01', '12', '11']);
    const names: Record<string, string> = { '01': 'Hà Nội', '11': 'Điện Biên', '12': 'Lai Châu' };
    expect(mapBoundaries(data, (code) => names[code])).toEqual([
      'Bản đồ vẽ địa giới 63 tỉnh, thành phố trước ngày 01/07/2025. Năm 2006, Hà Nội có địa giới trước 01/08/2008 nên không tô màu (xem ghi chú (1)).',
      'Bản đồ vẽ địa giới 63 tỉnh, thành phố trước ngày 01/07/2025.',
    ]);
  });

  it('mapChart(…) adds the legend item, the note and the marks of the table', () => {
    const model = mapChart(table, { ...spec, defaultYear: 2006 }, { ...testContext, topology });
    expect(model.legend?.at(-1)).toEqual({ className: 'incomparable', label: 'Địa giới năm đó khác bản đồ' });
    expect(model.notes).toEqual([
      '(1) Mở rộng Hà Nội, hiệu lực từ 01/08/2008: Số của Hà Nội trước năm 2008 là của Hà Nội cũ. Trên bản đồ các năm trước 2008, Hà Nội không được tô màu.',
    ]);
    const row = (name: string) => model.table.rows.find((r) => r[0].text === name)!.map((c) => c.breakMark ?? '');
    expect(row('Hà Nội')).toEqual(['', '', '(1)']);
    expect(row('Điện Biên')).toEqual(['', '', '(1)']);
    expect(row('Lai Châu')).toEqual(['', '', '']);
    if (!model.svg || !('single' in model.svg)) throw new Error('expected one SVG');
    expect(model.svg.single.html).toMatch(/<path d="[^"]*" fill="#cfdce8" class="point province incomparable" data-code="01"/);
  });
});

/** The rings of a path's `d` (absolute M/L/Z, as d3-geo writes it), each a list of [x, y]. */
function rings(d: string): [number, number][][] {
  return d
    .split('Z')
    .filter((part) => part.trim())
    .map((part) =>
      part
        .slice(1)
        .split('L')
        .map((xy) => xy.split(',').map(Number) as [number, number]),
    );
}

/** A ring's area by the shoelace formula, in square units of its coordinates. */
function area(ring: [number, number][]): number {
  return (
    Math.abs(ring.reduce((sum, [x, y], i) => sum + x * ring[(i + 1) % ring.length][1] - ring[(i + 1) % ring.length][0] * y, 0)) /
    2
  );
}

const pathsOf = (svg: string, className: string) =>
  [...svg.matchAll(new RegExp(`<path d="([^"]*)"[^>]*class="([^"]*\\b${className}\\b[^"]*)"([^>]*)>`, 'g'))].map((m) => ({
    d: m[1],
    code: /data-code="([^"]*)"/.exec(m[3])?.[1],
  }));

describe('mapChart(…) draws the islands and Côn Đảo', () => {
  const table = tableOf([{ code: '77', year: 2016, value: 12 }]);
  const model = mapChart(table, spec, { ...testContext, topology });
  if (!model.svg || !('single' in model.svg)) throw new Error('expected one SVG');
  const svg = model.svg.single.html;
  const viewWidth = Number(/viewBox="0 0 ([\d.]+)/.exec(svg)![1]);

  it('gives every island of Hoàng Sa and Trường Sa an area of at least 1 px² on a phone and in the export', () => {
    const exported = standaloneSvg(model, spec, 'Nguồn', 'https://thuocdo.vn/bieu-do/ban-do/');
    // The chart nested in the export, at the width it is placed.
    const exportWidth = Number(/<svg x="[^"]*" y="[^"]*" width="([\d.]+)"/.exec(exported)![1]);
    const islands = pathsOf(svg, 'island');
    expect(islands).toHaveLength(2);
    for (const width of [layouts.narrow.width, exportWidth]) {
      const scale = width / viewWidth;
      const areas = islands.flatMap((island) => rings(island.d).map((ring) => area(ring) * scale ** 2));
      expect(areas).toHaveLength(6 + 11);
      expect(Math.min(...areas)).toBeGreaterThanOrEqual(1);
    }
  });

  it('draws Côn Đảo as part of Bà Rịa - Vũng Tàu (77), not Sóc Trăng (94)', () => {
    const conDao: [number, number] = [106.61, 8.7];
    const { provinces, islands } = mapGeometry(topology);
    expect(provinces.filter((f) => geoContains(f, conDao)).map((f) => f.properties.gso_code)).toEqual(['77']);
    // In the drawing: the province ring nearest Côn Đảo's projected position is one of 77's.
    const { projection } = mapProjection([...provinces, ...islands], viewWidth);
    const [px, py] = projection(conDao)!;
    const nearest = pathsOf(svg, 'province')
      .flatMap((p) => rings(p.d).map((ring) => ({ code: p.code, ring })))
      .map(({ code, ring }) => ({ code, distance: Math.min(...ring.map(([x, y]) => Math.hypot(x - px, y - py))) }))
      .sort((a, b) => a.distance - b.distance)[0];
    expect(nearest.code).toBe('77');
    expect(nearest.distance).toBeLessThan(3);
  });
});

describe('mapChart(…) with boundaries: 34', () => {
  const provinces = provinces63();
  const table = tableOf([
    { code: '02', year: 2016, value: 35.2 },
    { code: '08', year: 2016, value: 20.1 },
  ]);
  const by34 = chartSpecSchema.parse({ ...spec, boundaries: 34 }) as typeof spec;
  const model = mapChart(table, by34, { ...testContext, provinces, topology });
  const svg = model.svg && 'single' in model.svg ? model.svg.single.html : '';

  it('colours the 63 provinces with their own figures, never a unit: Hà Giang and Tuyên Quang stay apart', () => {
    expect(svg.match(/class="point province /g)).toHaveLength(63);
    expect(Object.keys(model.mapYears!.classes)).toHaveLength(63);
    expect(model.mapYears!.classes['02']).toEqual(['q2']);
    expect(model.mapYears!.classes['08']).toEqual(['q1']);
  });

  it("draws the units' borders over them and says so in the boundaries sentence", () => {
    expect(svg).toMatch(/<g class="unit-borders" fill="none" stroke="#333333" stroke-width="1.25"[^>]*>\s*<path d="M/);
    expect(model.mapYears!.boundaries[0]).toBe(
      'Bản đồ tô màu 63 tỉnh, thành phố trước ngày 01/07/2025 theo số liệu của từng tỉnh; nét đậm là địa giới 34 tỉnh, thành phố từ ngày 01/07/2025.',
    );
  });

  it("tells in a merged province's tooltip where it belongs now", () => {
    expect(svg).toContain('data-label="Hà Giang (nay thuộc Tuyên Quang)"');
    expect(svg).toContain('data-label="Lai Châu"');
  });

  it('draws the 63 by default, without unit borders', () => {
    const by63 = mapChart(table, spec, { ...testContext, provinces, topology });
    const html = by63.svg && 'single' in by63.svg ? by63.svg.single.html : '';
    expect(html).not.toContain('unit-borders');
    expect(by63.mapYears!.boundaries[0]).toBe('Bản đồ vẽ địa giới 63 tỉnh, thành phố trước ngày 01/07/2025.');
  });
});
