import * as Plot from '@observablehq/plot';
import { geoCentroid, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { scaleThreshold } from 'd3-scale';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { printedDecimalsOf } from '../data/printed.ts';
import type { Table } from '../data/table.ts';
import { compareVi } from '../format/collate.ts';
import { formatDate } from '../format/date.ts';
import { chartBreaks, tableMarks, withBreakMark, type ChartBreak } from './breaks.ts';
import { z } from 'zod';
import { say } from '../ui/messages.ts';
import { chartType } from './chartType.ts';
import { column, commonFields } from './specFields.ts';
import type { ChartContext } from './context.ts';
import { textWidth } from './layout.ts';
import { palette } from './palette.ts';
import { perDatum, plotSvg } from './plot/plotSvg.ts';
import type { ChartModel, LegendItem, MapYears } from './model.ts';
import { chartRows, numberOf } from './rows.ts';
import { simplifiedTopology, type IslandProperties, type ProvinceProperties } from './mapTopology.ts';
import { unitBorders } from './map2025.ts';
import { columnDecimals, valueFormatter } from './valueFormat.ts';

export const mapSpecSchema = z.strictObject({
  ...commonFields,
  type: z.literal('map'),
  /** The column holding the province code. */
  province: column,
  value: column,
  year: column,
  /** Upper bounds of the colour classes, ascending; one more class lies above the last. */
  thresholds: z
    .array(z.number())
    .min(2)
    .max(palette.map.length - 1),
  defaultYear: z.int().optional(),
  /**
   * The boundaries drawn: the 63 provinces of before 01/07/2025 (the data's), or with 34 the same
   * 63 coloured provinces under the borders of the 34 units since then. A unit is never coloured.
   */
  boundaries: z.union([z.literal(63), z.literal(34)]).default(63),
});
export type MapSpec = z.output<typeof mapSpecSchema>;

const NO_DATA = 'không có số liệu';
/** The geometry of data/geo/vn-provinces-63.topo.json, said on the map whatever the year. */
const BOUNDARIES = {
  63: 'Bản đồ vẽ địa giới 63 tỉnh, thành phố trước ngày 01/07/2025.',
  // The colours stay the 63's figures: a rate for a merged unit is never computed here.
  34: 'Bản đồ tô màu 63 tỉnh, thành phố trước ngày 01/07/2025 theo số liệu của từng tỉnh; nét đậm là địa giới 34 tỉnh, thành phố từ ngày 01/07/2025.',
} as const;
/** The class of a province whose boundaries that year differ from the map's: never coloured with a part's or a whole's value. */
const INCOMPARABLE = { className: 'incomparable', label: 'Địa giới năm đó khác bản đồ' };
const listVi = new Intl.ListFormat('vi', { type: 'conjunction' });
const MAP_WIDTH = 480;
const ISLAND_FONT_SIZE = 15;
/** Room around the land, in viewBox units: a border's stroke is not cut by the frame. */
const MAP_INSET = 4;
/** The least size of an island drawn, in viewBox units: 2 px across on a 340 px phone column. */
const MIN_ISLAND = 3;

/** Colour class names: `q0` … `qN` from low to high; `nodata` for missing. */
export function mapClasses(thresholds: number[]): {
  classOf: (value: number | null) => string;
  legend: (format: (n: number) => string) => LegendItem[];
} {
  const names = Array.from({ length: thresholds.length + 1 }, (_, i) => `q${i}`);
  const scale = scaleThreshold<number, string>().domain(thresholds).range(names);
  return {
    classOf: (value) => (value === null ? 'nodata' : scale(value)),
    legend: (format) => [
      ...names.map((className, i) => ({
        className,
        label:
          i === 0
            ? `Dưới ${format(thresholds[0])}`
            : i === thresholds.length
              ? `Từ ${format(thresholds[i - 1])} trở lên`
              : `${format(thresholds[i - 1]).replace(/%$/, '')}–${format(thresholds[i])}`,
      })),
      { className: 'nodata', label: 'Không có số liệu' },
    ],
  };
}

/** The light colour of a class, drawn as a presentation attribute: the page's CSS overrides it by class (dark mode, another year). */
function mapFill(className: string): string {
  if (className === 'nodata') return palette.mapNoData.light;
  if (className === INCOMPARABLE.className) return palette.mapIncomparable.light;
  return palette.map[Number(className.slice(1))];
}

/** A province's value in one year, and the decimals its source printed it with. */
export interface MapValue {
  value: number | null;
  decimals?: number;
}

/** "trước 01/08/2008", or "trước năm 2008" when the break has no date. */
const beforeBreak = (b: Pick<ChartBreak, 'before' | 'date'>) =>
  b.date ? `trước ${formatDate(new Date(`${b.date}T00:00:00+07:00`))}` : `trước năm ${b.before}`;

/**
 * The boundary breaks that leave a province's shape uncoloured in a year: the map draws today's
 * 63 provinces, so before a boundary change a province it touched had another territory, and
 * its figure (a part's, like old Hà Nội's without Hà Tây, or a larger whole's) would colour a
 * shape it does not describe.
 */
export function boundaryBreaksAt(breaks: readonly ChartBreak[], code: string, year: number): ChartBreak[] {
  return breaks.filter((b) => b.kind === 'boundary' && b.provinces?.has(code) && year < b.before);
}

/**
 * Each province's value for each year, and the classes and texts the year selector switches
 * between; every text with the same decimals, the most any value was printed with (5 beside 4.98
 * → "5,00%": `columnDecimals`), unless the spec fixes digits; `raw` keeps each value's printed
 * decimals for the CSV.
 * A province whose boundaries that year differ from the map's (a declared boundary change comes
 * later) is not coloured: its class is `incomparable` and its text says so.
 */
export function mapYearsData(
  table: Pick<Table, 'rows' | 'decimals' | 'schema'>,
  spec: MapSpec,
  provinceCodes: string[],
): Omit<MapYears, 'boundaries'> & { raw: Map<string, MapValue[]>; breaks: ChartBreak[]; decimals?: number } {
  const rows = chartRows(table, spec);
  const years = [...new Set(rows.map((row) => numberOf(row, spec.year)).filter((y): y is number => y !== null))].sort(
    (a, b) => a - b,
  );
  if (years.length === 0) throw new Error(`chart ${spec.id}: no rows left after the filter`);
  const defaultYear = spec.defaultYear ?? years.at(-1)!;
  if (!years.includes(defaultYear))
    throw new Error(`chart ${spec.id}: defaultYear ${defaultYear} is not among the years ${years.join(', ')}`);
  const decimalsOf = printedDecimalsOf(table);
  const raw = new Map(provinceCodes.map((code) => [code, years.map((): MapValue => ({ value: null }))]));
  for (const row of rows) {
    const code = row[spec.province];
    const year = numberOf(row, spec.year);
    if (typeof code !== 'string' || year === null || !raw.has(code)) continue;
    raw.get(code)![years.indexOf(year)] = { value: numberOf(row, spec.value), decimals: decimalsOf(row, spec.value) };
  }
  const decimals = columnDecimals([...raw.values()].flat());
  const format = (value: number) => valueFormatter(spec.format)(value, decimals);
  const { classOf } = mapClasses(spec.thresholds);
  const breaks = chartBreaks(table, rows, spec.year);
  const classes: Record<string, string[]> = {};
  const values: Record<string, string[]> = {};
  for (const [code, list] of raw) {
    const changed = years.map((year) => boundaryBreaksAt(breaks, code, year)[0]);
    classes[code] = list.map((v, i) => (v.value !== null && changed[i] ? INCOMPARABLE.className : classOf(v.value)));
    values[code] = list.map((v, i) =>
      v.value === null ? NO_DATA : changed[i] ? `${format(v.value)} (theo địa giới ${beforeBreak(changed[i])})` : format(v.value),
    );
  }
  return { years, defaultYear, classes, values, raw, breaks, decimals };
}

/**
 * Which boundaries the map shows in each year: always the 63 provinces of before 01/07/2025 (with
 * the 34 units' borders over them when the spec asks), and, in a year before a boundary change,
 * the provinces left uncoloured and why.
 *
 * @example mapBoundaries(data, names)[0]
 * // 'Bản đồ vẽ địa giới 63 tỉnh, thành phố trước ngày 01/07/2025. Năm 2006, Hà Nội, Vĩnh Phúc và Hòa Bình có địa giới trước 01/08/2008 nên không tô màu (xem ghi chú (1)).'
 */
export function mapBoundaries(
  data: Pick<MapYears, 'years' | 'classes'> & { breaks: readonly ChartBreak[] },
  nameOf: (code: string) => string,
  boundaries: MapSpec['boundaries'] = 63,
): string[] {
  const base = BOUNDARIES[boundaries];
  return data.years.map((year, i) => {
    const told = data.breaks.flatMap((b) => {
      if (b.kind !== 'boundary' || !b.provinces || year >= b.before) return [];
      const codes = [...b.provinces].filter((code) => data.classes[code]?.[i] === INCOMPARABLE.className);
      return codes.length === 0
        ? []
        : [{ mark: b.mark, text: `${listVi.format(codes.map(nameOf))} có địa giới ${beforeBreak(b)}` }];
    });
    if (told.length === 0) return base;
    const marks = told.map((t) => t.mark).join(', ');
    return `${base} Năm ${year}, ${told.map((t) => t.text).join('; ')} nên không tô màu (xem ghi chú ${marks}).`;
  });
}

/** The map's province and island features, in topology order; the islands outside the simplification. */
export interface MapGeometry {
  provinces: Feature<Geometry, ProvinceProperties>[];
  islands: Feature<Geometry, IslandProperties>[];
}

/**
 * The features a map draws from a topology's province object (`provinces`: the 63 of before
 * 01/07/2025) and its `islands`. The provinces are simplified to a weight that keeps borders clear
 * at the map's size; the islands are not: simplified, each collapses to a point and draws nothing.
 * `object` names another province object of the same topology (a map of other boundaries).
 *
 * @example mapGeometry(topology).provinces.map((f) => f.properties.gso_code) // ['62', '67', '66', …]
 */
export function mapGeometry(topology: unknown, object = 'provinces'): MapGeometry {
  const { topo, provinces, islands } = simplifiedTopology(topology, object);
  return {
    provinces: (feature(topo, provinces) as FeatureCollection<Geometry, ProvinceProperties>).features,
    islands: (feature(topo, islands) as FeatureCollection<Geometry, IslandProperties>).features,
  };
}

/**
 * A Mercator projection fitted to the features at `width`, with the height that keeps their
 * aspect ratio. Plot draws through it; the island labels and the islands' least size read it.
 *
 * @example mapProjection([...provinces, ...islands], 480).height // 539
 */
export function mapProjection(features: Feature[], width: number): { projection: GeoProjection; height: number } {
  const all: FeatureCollection = { type: 'FeatureCollection', features };
  const [[x0, y0], [x1, y1]] = geoPath(geoMercator()).bounds(all);
  const height = Math.ceil(((width - 2 * MAP_INSET) * (y1 - y0)) / (x1 - x0) + 2 * MAP_INSET);
  const projection = geoMercator().fitExtent(
    [
      [MAP_INSET, MAP_INSET],
      [width - MAP_INSET, height - MAP_INSET],
    ],
    all,
  );
  return { projection, height };
}

/**
 * Each polygon of an island feature scaled about its centroid to at least `size` across once
 * projected: at the map's scale the reefs measure under a pixel, and would not show. The
 * positions are true; the sizes are not (the usual cartographic exaggeration of small islands).
 */
export function enlargeIslands<P>(islands: Feature<Geometry, P>[], projection: GeoProjection, size: number) {
  const path = geoPath(projection);
  return islands.map((f) => {
    const polygons =
      f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : [];
    const enlarged = polygons.map((rings) => {
      const polygon: Polygon = { type: 'Polygon', coordinates: rings };
      const [[x0, y0], [x1, y1]] = path.bounds(polygon);
      const k = Math.max(1, size / Math.max(x1 - x0, y1 - y0));
      const [cx, cy] = geoCentroid(polygon);
      return rings.map((ring) => ring.map(([x, y]) => [cx + k * (x - cx), cy + k * (y - cy)]));
    });
    return { ...f, geometry: { type: 'MultiPolygon', coordinates: enlarged } as MultiPolygon };
  });
}

/**
 * The islands of Hoàng Sa and Trường Sa, enlarged to a least size, and their labels: the same on
 * every map of the site (the 63, the 34). Each label centred under its islands, kept inside the
 * map: the Spratly label would run off its right edge.
 */
export function islandMarks(features: Feature<Geometry, IslandProperties>[], projection: GeoProjection, width: number) {
  const islands = enlargeIslands(features, projection, MIN_ISLAND);
  const labels = islands.map((f) => {
    const [[x0], [x1, y1]] = geoPath(projection).bounds(f);
    const half = textWidth(f.properties.label_vi, ISLAND_FONT_SIZE) / 2;
    const x = Math.min(Math.max((x0 + x1) / 2, half), width - half);
    const [lon, lat] = projection.invert!([x, y1 + ISLAND_FONT_SIZE])!;
    return { lon, lat, text: f.properties.label_vi };
  });
  return [
    Plot.geo(islands, {
      className: 'islands',
      fill: palette.light.muted,
      stroke: palette.light.muted,
      strokeWidth: 0.5,
      render: perDatum(islands, () => ({ class: 'island' })),
    }),
    Plot.text(labels, {
      className: 'island-label',
      x: 'lon',
      y: 'lat',
      text: 'text',
      fill: palette.light.text,
    }),
  ];
}

/**
 * The borders of the 34 units of 2025 over the 63 coloured provinces: the lines between two
 * provinces of different units, thicker than the provinces' own. Drawn, never filled: the
 * colours stay the 63 provinces' figures.
 */
function unitBordersMark(topology: unknown, unitOf: (code: string) => string) {
  return Plot.geo(unitBorders(topology, unitOf), {
    className: 'unit-borders',
    fill: 'none',
    stroke: palette.light.text,
    strokeWidth: 1.25,
  });
}

/** The 2025 unit of a province the map draws: the reference must know every one, or a border would be missing. */
function unitCodeOf(provinces: ChartContext['provinces'], code: string, id: string): string {
  const province = provinces.get(code);
  if (!province) throw new Error(`chart ${id}: province ${code} of the map is not in data/geo/provinces.csv`);
  return province.province2025.code;
}

/**
 * A choropleth of the 63 provinces with a year selector; grey where a province has no value.
 * With `boundaries: 34`, the 34 units' borders are drawn over the 63 provinces' colours.
 */
export function mapChart(
  table: Pick<Table, 'rows' | 'decimals' | 'schema'>,
  spec: MapSpec,
  { provinces, topology }: ChartContext,
): ChartModel {
  if (!topology) throw new Error(`chart ${spec.id}: a map needs the province topology`);
  const geometry = mapGeometry(topology);
  const { projection, height } = mapProjection([...geometry.provinces, ...geometry.islands], MAP_WIDTH);

  const land = geometry.provinces;
  const codes = land.map((f) => f.properties.gso_code);
  const years = mapYearsData(table, spec, codes);
  const at = years.years.indexOf(years.defaultYear);
  const format = valueFormatter(spec.format);
  const nameOf = (code: string) => provinces.get(code)?.name ?? code;
  const anyIncomparable = Object.values(years.classes).some((list) => list.includes(INCOMPARABLE.className));
  const legend = [...mapClasses(spec.thresholds).legend(format), ...(anyIncomparable ? [INCOMPARABLE] : [])];
  const marks = tableMarks(
    years.breaks,
    years.years,
    [...years.raw].map(([code, values]) => ({ codes: [code], values: values.map((v) => v.value) })),
  );
  const markOf = new Map([...years.raw.keys()].map((code, i) => [code, marks.cells[i]]));
  const classOf = (f: Feature<Geometry, ProvinceProperties>) => years.classes[f.properties.gso_code][at];
  const colours = palette.light;
  const by34 = spec.boundaries === 34;
  // In the 34 mode a province's tooltip also says where it belongs now; its colour stays its own figure's.
  const labelOf = (code: string, fallback: string) => {
    const province = provinces.get(code);
    if (!province) return fallback;
    return by34 && province.mergedIn2025 ? `${province.name} (nay thuộc ${province.province2025.name})` : province.name;
  };

  const svg = plotSvg(
    { id: spec.id, width: MAP_WIDTH, height, fontSize: ISLAND_FONT_SIZE, className: 'chart-svg map-svg' },
    {
      margin: 0,
      projection,
      marks: [
        Plot.geo(land, {
          className: 'provinces',
          fill: (f: Feature<Geometry, ProvinceProperties>) => mapFill(classOf(f)),
          stroke: colours.background,
          strokeWidth: 0.5,
          render: perDatum(land, (f) => {
            const code = f.properties.gso_code;
            const province = provinces.get(code);
            return {
              class: `point province ${classOf(f)}`,
              'data-code': code,
              'data-label': labelOf(code, f.properties.name_vi),
              'data-value': years.values[code][at],
              'data-href': province ? `/tinh/${province.slug}/` : undefined,
            };
          }),
        }),
        ...(by34 ? [unitBordersMark(topology, (code) => unitCodeOf(provinces, code, spec.id))] : []),
        ...islandMarks(geometry.islands, projection, MAP_WIDTH),
      ],
    },
  );

  const sorted = [...codes].sort((a, b) => compareVi(provinces.get(a)?.name ?? a, provinces.get(b)?.name ?? b));
  return {
    id: spec.id,
    type: 'map',
    svg: { single: svg },
    legend,
    mapYears: {
      years: years.years,
      defaultYear: years.defaultYear,
      classes: years.classes,
      values: years.values,
      boundaries: mapBoundaries(years, nameOf, spec.boundaries),
    },
    table: {
      columns: [
        { label: 'Tỉnh, thành phố', numeric: false },
        ...years.years.map((y, i) => ({ label: String(y), numeric: true, ...withBreakMark(marks.years[i]) })),
      ],
      rows: sorted.map((code) => [
        { text: provinces.get(code)?.name ?? code, sort: provinces.get(code)?.name ?? code },
        ...years.raw.get(code)!.map((v, i) => ({
          text: v.value === null ? '–' : format(v.value, years.decimals),
          sort: v.value,
          decimals: v.decimals,
          ...withBreakMark(markOf.get(code)![i]),
        })),
      ]),
    },
    notes: years.breaks.map((b) => {
      const uncoloured =
        b.kind === 'boundary' && b.provinces
          ? [...b.provinces].filter((code) => years.classes[code]?.includes(INCOMPARABLE.className))
          : [];
      return uncoloured.length === 0
        ? b.note
        : `${b.note} Trên bản đồ các năm trước ${b.before}, ${listVi.format(uncoloured.map(nameOf))} không được tô màu.`;
    }),
  };
}

export const mapType = chartType({
  type: 'map',
  schema: mapSpecSchema,
  columns: (spec) => [
    { path: ['province'], column: spec.province },
    { path: ['value'], column: spec.value, numeric: true },
    { path: ['year'], column: spec.year, numeric: true },
  ],
  keys: () => [],
  check: (spec, rows) => {
    if (spec.defaultYear === undefined) return [];
    const years = [...new Set(rows.map((row) => row[spec.year]).filter((y) => typeof y === 'number'))].sort();
    if (years.includes(spec.defaultYear)) return [];
    return [
      {
        path: ['defaultYear'],
        value: spec.defaultYear,
        said: say('chart.defaultYear', { year: spec.defaultYear, years: years.join(', ') }),
      },
    ];
  },
  build: mapChart,
});
