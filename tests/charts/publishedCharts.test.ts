/**
 * Every published chart is checked by its properties, not by a golden file: an editor who adds a
 * chart spec regenerates nothing. (Goldens cover the chart types with our own fixtures:
 * golden.test.ts.) What is checked, for each chart: it builds; each SVG is well-formed XML with
 * escaped text, role="img", its title and description ids, a viewBox and no NaN, undefined or
 * Infinity; one `.point` per data point, its label and value read from the data; its data table
 * has the rows and numbers of the chart's data; its export (SVG and PNG) carries title,
 * description, legend, notes and source.
 */
import { describe, expect, it } from 'vitest';
import { type ChartModel, type ChartSpec, type DataTableModel } from '../../src/lib/charts/index.ts';
import { entityClass, entityColour, fixedEntity } from '../../src/lib/charts/entityColour.ts';
import { provinceColumn } from '../../src/lib/charts/breaks.ts';
import { chartRows } from '../../src/lib/charts/rows.ts';
import type { Table } from '../../src/lib/data/index.ts';
import { pngFromSvg, standaloneSvg } from '../../src/lib/embed/index.ts';
import { exportLegend } from '../../src/lib/embed/standaloneSvg.ts';
import { projectContext, projectTables, publishedChart, publishedChartIds } from '../helpers/publishedCharts.ts';
import { byClass, collapse, descendants, parseSvg, textContent, type SvgElement } from '../helpers/svgTree.ts';

const NO_DATA = 'không có số liệu';
/** The label of a budget total that Thước Đo adds up because the source prints none. */
const COMPUTED_TOTAL = 'Tổng (Thước Đo cộng)';

const tables = projectTables;
const context = projectContext;

interface Built {
  spec: ChartSpec;
  table: Table;
  model: ChartModel;
  source: string;
  /** The chart's SVGs by layout: narrow and wide, or the one that scales; none for a table. */
  svgs: [string, string][];
  exportSvg: string;
}

const built = new Map<string, Built>();

/** Reads, validates and draws a published chart once for all its properties. */
function chart(id: string): Built {
  let result = built.get(id);
  if (!result) {
    const { spec, table, model, source } = publishedChart(id);
    const svgs: [string, string][] =
      model.svg === null
        ? []
        : 'single' in model.svg
          ? [['single', model.svg.single.html]]
          : [
              ['narrow', model.svg.narrow.html],
              ['wide', model.svg.wide.html],
            ];
    const exportSvg = standaloneSvg(model, spec, source, `https://thuocdo.vn/bieu-do/${id}/`);
    result = { spec, table, model, source, svgs, exportSvg };
    built.set(id, result);
  }
  return result;
}

/** A number as the chart wrote it (`1.417,3 tỷ đồng`, `−3,01 điểm %`), with the decimals shown. */
function readNumber(text: string): { value: number; decimals: number } | null {
  const match = /^[−-]?\d[\d.]*(?:,(\d+))?/.exec(text);
  if (!match) return null;
  const value = Number(match[0].replace(/\./g, '').replace(',', '.').replace('−', '-'));
  return { value, decimals: match[1]?.length ?? 0 };
}

/** The value shown rounds the data's value to the decimals shown (fixed `digits` may round). */
function showsValue(text: string, expected: number | null): boolean {
  if (expected === null) return text.startsWith(NO_DATA);
  const shown = readNumber(text);
  return shown !== null && Math.abs(shown.value - expected) <= 0.5 * 10 ** -shown.decimals + 1e-9;
}

const numberAt = (row: Record<string, unknown>, column: string): number | null =>
  typeof row[column] === 'number' ? (row[column] as number) : null;

/**
 * What the chart should draw and tabulate, read from the dataset rows the spec keeps (not from
 * the chart code): the value of each data point, the label of each table row, and every number
 * of the table that comes from the data (computed ones, a mean or a share Thước Đo computes, left
 * out).
 */
function expected({ spec, table }: Built): { points: (number | null)[]; rowLabels: string[]; tableNumbers: number[] } {
  const rows = chartRows(table, spec);
  const one = (column: string, key: string) => {
    const matches = rows.filter((row) => row[column] === key);
    expect(matches, `${spec.id}: rows with ${column} = ${key}`).toHaveLength(1);
    return matches[0];
  };
  switch (spec.type) {
    case 'line': {
      const years = [...new Set(rows.map((row) => numberAt(row, spec.x)).filter((x) => x !== null))];
      const valuesOf = (name: string) =>
        years.map((year) => {
          const row = rows.find((r) => String(r[spec.series]) === name && r[spec.x] === year);
          return row ? numberAt(row, spec.y) : null;
        });
      const highlighted = spec.highlight.map((h) => h.series);
      const others = spec.context
        ? [...new Set(rows.map((row) => String(row[spec.series])))].filter((n) => !highlighted.includes(n))
        : [];
      return {
        points: highlighted.flatMap((name) => valuesOf(name).filter((v) => v !== null)),
        rowLabels: [...spec.highlight.map((h) => h.label ?? h.series), ...others],
        tableNumbers: [...highlighted, ...others].flatMap((name) => valuesOf(name).filter((v) => v !== null)),
      };
    }
    case 'bar': {
      const isProvince = table.schema.columns.find((c) => c.name === spec.category)?.references === 'provinces';
      const values = rows.map((row) => numberAt(row, spec.value));
      const labels = rows.map((row) => {
        const key = String(row[spec.category]);
        return isProvince ? (context.provinces.get(key)?.name ?? key) : key;
      });
      const hasMean = spec.reference !== undefined && values.some((v) => v !== null);
      return {
        points: values,
        rowLabels: [...labels, ...(hasMean ? [spec.reference!.label] : [])],
        tableNumbers: values.filter((v) => v !== null),
      };
    }
    case 'coverage': {
      const values = spec.items.map((item) => numberAt(one(spec.key, item.key), spec.value));
      return { points: values, rowLabels: spec.items.map((i) => i.label), tableNumbers: values.filter((v) => v !== null) };
    }
    case 'budget': {
      const value = (key: string) => numberAt(one(spec.key, key), spec.value);
      const amounts = (s: { planned: string; disbursed: string }) => [value(s.planned), value(s.disbursed)];
      const parts = spec.sources.map(amounts);
      const printedTotal = spec.total ? amounts(spec.total) : [];
      // A total the source does not print: the sum of the sources, drawn but not data.
      const summed = [0, 1].map((k) => (parts.some((p) => p[k] === null) ? null : parts.reduce((t, p) => t + p[k]!, 0)));
      const total = spec.total ? printedTotal : spec.sources.length > 1 ? summed : [];
      const totalLabel = spec.total ? [spec.total.label] : spec.sources.length > 1 ? [COMPUTED_TOTAL] : [];
      const printedShares = [...spec.sources, ...(spec.total ? [spec.total] : [])].flatMap((s) =>
        s.share ? [value(s.share)] : [],
      );
      return {
        points: [...parts.flat(), ...total],
        rowLabels: [...spec.sources.map((s) => s.label), ...totalLabel],
        tableNumbers: [...parts.flat(), ...printedTotal, ...printedShares].filter((v) => v !== null),
      };
    }
    case 'map': {
      const years = rows.map((row) => numberAt(row, spec.year)).filter((y) => y !== null);
      const defaultYear = spec.defaultYear ?? Math.max(...years);
      const codes = [...context.provinces.keys()];
      const valueOf = (code: string, year: number) => {
        const row = rows.find((r) => r[spec.province] === code && r[spec.year] === year);
        return row ? numberAt(row, spec.value) : null;
      };
      return {
        points: codes.map((code) => valueOf(code, defaultYear)),
        rowLabels: codes.map((code) => context.provinces.get(code)!.name),
        tableNumbers: codes.flatMap((code) => [...new Set(years)].map((year) => valueOf(code, year))).filter((v) => v !== null),
      };
    }
    case 'multiples':
    case 'area': {
      const years = [...new Set(rows.map((row) => numberAt(row, spec.x)).filter((x) => x !== null))];
      const valuesIn = (source: typeof rows, name: string) =>
        years.map((year) => {
          const row = source.find((r) => String(r[spec.series]) === name && r[spec.x] === year);
          return row ? numberAt(row, spec.y) : null;
        });
      // The reference's rows: by its own filter, or the chart's without the province codes a region sets.
      const codes = table.schema.columns.find((c) => c.references === 'provinces')?.name;
      const referenceFilter =
        spec.reference?.filter ?? Object.fromEntries(Object.entries(spec.filter).filter(([c]) => c !== codes));
      const reference = spec.reference
        ? [
            {
              label: spec.reference.label ?? spec.reference.series,
              values: valuesIn(chartRows(table, { filter: referenceFilter }), spec.reference.series),
            },
          ]
        : [];
      const own =
        spec.type === 'area'
          ? [{ label: spec.area.label ?? spec.area.series, values: valuesIn(rows, spec.area.series) }]
          : [...new Set(rows.map((row) => String(row[spec.series])))]
              .filter((name) => name !== spec.reference?.series)
              .map((name) => ({ label: name, values: valuesIn(rows, name) }));
      // Small multiples have a point per panel value; the grey reference has none (it would repeat in every panel).
      const pointed = spec.type === 'area' ? [...own, ...reference] : own;
      return {
        points: pointed.flatMap((s) => s.values.filter((v) => v !== null)),
        rowLabels: [...own, ...reference].map((s) => s.label),
        tableNumbers: [...own, ...reference].flatMap((s) => s.values.filter((v) => v !== null)),
      };
    }
    case 'stacked': {
      const isProvince = table.schema.columns.find((c) => c.name === spec.category)?.references === 'provinces';
      const categories = [
        ...new Set(
          rows.filter((row) => spec.parts.some((p) => p.key === row[spec.stack])).map((row) => String(row[spec.category])),
        ),
      ];
      const values = categories.flatMap((category) =>
        spec.parts.map((part) => {
          const row = rows.find((r) => String(r[spec.category]) === category && r[spec.stack] === part.key);
          return row ? numberAt(row, spec.value) : null;
        }),
      );
      return {
        points: values,
        rowLabels: categories.map((key) => (isProvince ? (context.provinces.get(key)?.name ?? key) : key)),
        tableNumbers: values.filter((v) => v !== null),
      };
    }
    case 'dumbbell': {
      const { column: by, from, to } = spec.compare;
      const isProvince = table.schema.columns.find((c) => c.name === spec.category)?.references === 'provinces';
      const keys = [...new Set(rows.filter((r) => r[by] === from || r[by] === to).map((row) => String(row[spec.category])))];
      const valueAt = (key: string, end: string | number) => {
        const row = rows.find((r) => String(r[spec.category]) === key && r[by] === end);
        return row ? numberAt(row, spec.value) : null;
      };
      const values = keys.flatMap((key) => [valueAt(key, from), valueAt(key, to)]).filter((v) => v !== null);
      return {
        points: values,
        rowLabels: keys.map((key) => (isProvince ? (context.provinces.get(key)?.name ?? key) : key)),
        tableNumbers: values,
      };
    }
    case 'scatter': {
      // Each axis read straight from its dataset's rows, joined by the province code.
      const axisValues = (axis: typeof spec.x) => {
        const source = axis.dataset ? tables.get(axis.dataset)! : table;
        const code = provinceColumn(source)!;
        const picked = chartRows(source, { filter: axis.dataset ? axis.filter : { ...spec.filter, ...axis.filter } });
        return new Map(picked.map((row) => [String(row[code]), numberAt(row, axis.column)]));
      };
      const xs = axisValues(spec.x);
      const ys = axisValues(spec.y);
      const codes = [...new Set(rows.map((row) => row[provinceColumn(table)!]))].filter((c) => typeof c === 'string');
      const pairs = codes.map((code) => [xs.get(code) ?? null, ys.get(code) ?? null]);
      return {
        // A dot's value is both of its numbers: checked as pairs below.
        points: pairs.filter(([x, y]) => x !== null && y !== null).map(([x]) => x),
        rowLabels: codes.map((code) => context.provinces.get(code)!.name),
        tableNumbers: pairs.flat().filter((v) => v !== null),
      };
    }
    case 'table': {
      const numeric = spec.columns
        .map((c) => c.column)
        .filter((name) =>
          ['integer', 'number', 'percent', 'year'].includes(table.schema.columns.find((c) => c.name === name)!.type),
        );
      return {
        points: [],
        rowLabels: [],
        tableNumbers: rows.flatMap((row) => numeric.map((name) => numberAt(row, name))).filter((v) => v !== null),
      };
    }
  }
}

/** The numbers of a data table taken from the data: every number cell but a computed mean, share or total. */
function tableNumbers({ spec }: Built, model: DataTableModel): number[] {
  const rows = model.rows.filter((r) =>
    spec.type === 'bar' && spec.reference
      ? r[0].text !== spec.reference.label
      : spec.type === 'budget'
        ? r[0].text !== COMPUTED_TOTAL
        : true,
  );
  const budgetRows = spec.type === 'budget' ? [...spec.sources, ...(spec.total ? [spec.total] : [])] : [];
  return rows.flatMap((row) =>
    row
      .filter((_, i) => !(spec.type === 'budget' && i === 3 && !budgetRows.find((s) => s.label === row[0].text)?.share))
      .filter((_, i) => !(spec.type === 'stacked' && spec.total && i === spec.parts.length + 1))
      .map((cell) => cell.sort)
      .filter((sort): sort is number => typeof sort === 'number'),
  );
}

const sorted = (numbers: number[]) => [...numbers].sort((a, b) => a - b);

/** Every attribute of every element, as `name="value"` on element `tag`. */
const attributesOf = (root: SvgElement) =>
  descendants(root).flatMap((e) => Object.entries(e.attributes).map(([name, value]) => ({ tag: e.name, name, value })));

const ids = publishedChartIds;

describe.each(ids)('published chart %s', (id) => {
  it('builds from its spec and its dataset, with a source line', () => {
    const { model, source } = chart(id);
    expect(model.id).toBe(id);
    expect(source.trim()).not.toBe('');
  });

  it('draws SVGs that are well-formed XML with role="img", its title and description ids and a viewBox', () => {
    const { spec, svgs } = chart(id);
    expect(svgs.length).toBe(spec.type === 'table' ? 0 : spec.type === 'map' ? 1 : 2);
    for (const [layout, svg] of svgs) {
      const root = parseSvg(svg);
      expect(root.name, layout).toBe('svg');
      expect(root.attributes, layout).toMatchObject({
        role: 'img',
        'aria-labelledby': `${id}-title`,
        'aria-describedby': `${id}-desc`,
      });
      const viewBox = root.attributes.viewBox?.split(' ').map(Number);
      expect(viewBox, layout).toHaveLength(4);
      expect(
        viewBox!.every(Number.isFinite) && viewBox![2] > 0 && viewBox![3] > 0,
        `${layout} viewBox ${root.attributes.viewBox}`,
      ).toBe(true);
    }
  });

  it('writes no NaN, undefined, Infinity or [object Object] in any attribute of its SVGs or its export', () => {
    const { svgs, exportSvg } = chart(id);
    for (const [layout, svg] of [...svgs, ['export', exportSvg] as [string, string]]) {
      const bad = attributesOf(parseSvg(svg)).filter(({ value }) => /NaN|undefined|Infinity|\[object /.test(value));
      expect(bad, layout).toEqual([]);
    }
  });

  it('has one .point per data point, each with a data-label and the data value as data-value', () => {
    const built = chart(id);
    const { points } = expected(built);
    for (const [layout, svg] of built.svgs) {
      const marks = byClass(parseSvg(svg), 'point');
      expect(marks.length, `${layout}: points`).toBe(points.length);
      const labels = marks.map((m) => m.attributes['data-label']);
      expect(
        labels.every((label) => typeof label === 'string' && label.trim() !== ''),
        `${layout}: data-label`,
      ).toBe(true);
      expect(new Set(labels).size, `${layout}: each point's label is its own`).toBe(labels.length);
      // A scatter's dot says `x label x; y label y`: its x value is matched here, the pair against its table row below.
      const xPrefix = built.spec.type === 'scatter' ? `${built.spec.x.label} ` : '';
      const shown = marks.map((m) => (m.attributes['data-value'] ?? '').slice(xPrefix.length));
      // Points come in the order the chart draws them: matched to the data's values as a whole,
      // exact ones first, then those a fixed `digits` rounded.
      const unmatched = [...points];
      const rest: string[] = [];
      for (const text of shown) {
        const i = unmatched.findIndex((value) => (value === null ? text.startsWith(NO_DATA) : readNumber(text)?.value === value));
        if (i >= 0) unmatched.splice(i, 1);
        else rest.push(text);
      }
      for (const text of rest) {
        const i = unmatched.findIndex((value) => showsValue(text, value));
        expect(
          i,
          `${layout}: data-value "${text}" is no value of the data left (${unmatched.join(', ')})`,
        ).toBeGreaterThanOrEqual(0);
        unmatched.splice(i, 1);
      }
    }
  });

  it("ties each point to a row of its data table, whose cell shows the point's value", () => {
    const built = chart(id);
    const rows = built.model.table.rows;
    for (const [layout, svg] of built.svgs) {
      for (const mark of byClass(parseSvg(svg), 'point')) {
        const label = mark.attributes['data-label'];
        const value = mark.attributes['data-value'];
        const row = rows.find(
          (r) => label === r[0].text || label.startsWith(`${r[0].text}, `) || label.startsWith(`${r[0].text}: `),
        );
        expect(row, `${layout}: no table row for the point "${label}"`).toBeDefined();
        const cells = row!.slice(1).map((cell) => (cell.text === '–' ? NO_DATA : cell.text));
        // A scatter's dot shows each of its row's values after its column's label.
        const pair = built.model.table.columns
          .slice(1)
          .map((column, i) => `${column.label} ${cells[i]}`)
          .join('; ');
        expect(
          cells.some((text) => value === text || value.startsWith(`${text} (`)) ||
            (built.spec.type === 'scatter' && value === pair),
          `${layout}: "${label}" shows "${value}"; its row: ${cells.join(' | ')}`,
        ).toBe(true);
      }
    }
  });

  it("has a data table with the rows and the numbers of the chart's data", () => {
    const built = chart(id);
    const table = built.model.table;
    const want = expected(built);
    if (built.spec.type === 'table') {
      expect(table.rows).toHaveLength(chartRows(built.table, built.spec).length);
    } else {
      expect(table.rows.map((r) => r[0].text).sort()).toEqual([...want.rowLabels].sort());
    }
    expect(table.rows.every((r) => r.length === table.columns.length)).toBe(true);
    expect(sorted(tableNumbers(built, table))).toEqual(sorted(want.tableNumbers));
  });

  it('shows every value of one column with the same decimals: its points, and each number column of its table', () => {
    const built = chart(id);
    const decimalsOf = (texts: string[]) => new Set(texts.map(readNumber).flatMap((n) => (n === null ? [] : [n.decimals])));
    for (const [layout, svg] of built.svgs) {
      const values = byClass(parseSvg(svg), 'point').map((m) => m.attributes['data-value'] ?? '');
      expect(decimalsOf(values).size, `${layout}: ${values.join(' | ')}`).toBeLessThanOrEqual(1);
    }
    // The map's year selector: every year's texts together.
    const yearTexts = Object.values(built.model.mapYears?.values ?? {}).flat();
    expect(decimalsOf(yearTexts).size, 'year selector').toBeLessThanOrEqual(1);
    const { columns, rows } = built.model.table;
    columns.forEach((column, i) => {
      if (!column.numeric) return;
      const texts = rows.map((row) => row[i].text);
      expect(decimalsOf(texts).size, `${column.label}: ${texts.join(' | ')}`).toBeLessThanOrEqual(1);
    });
  });

  it('exports an SVG with its title, description, legend, notes and source, which resvg renders to PNG', () => {
    const { spec, model, source, exportSvg } = chart(id);
    const root = parseSvg(exportSvg);
    const viewBox = root.attributes.viewBox.split(' ').map(Number);
    expect(viewBox.every(Number.isFinite)).toBe(true);
    const child = (name: string) => root.children.find((c) => c.name === name)?.text;
    expect(child('title')).toBe(spec.title);
    expect(child('desc')).toBe(spec.description);
    const text = textContent({ ...root, children: root.children.filter((c) => c.name === 'text' || c.name === 'svg') });
    for (const line of [spec.title, `Nguồn: ${source}`, ...(model.notes ?? []), ...spec.notes]) {
      expect(text, `the export shows "${line}"`).toContain(collapse(line));
    }
    // A chart with a colour legend (a map) carries it: a swatch of each class beside its label
    // (the one year it shows: an exception no province has that year is left out, see exportLegend).
    for (const item of exportLegend(model)) {
      expect(text, `the export's legend shows "${item.label}"`).toContain(collapse(item.label));
      expect(byClass(root, 'swatch').filter((e) => e.attributes.class.split(' ').includes(item.className))).toHaveLength(1);
    }
    const png = pngFromSvg(exportSvg);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height at twice the SVG's size.
    expect(png.readUInt32BE(16)).toBe(viewBox[2] * 2);
    expect(png.readUInt32BE(20)).toBe(Math.ceil(viewBox[3] * 2));
  });
});

describe('published charts together', () => {
  it("draw the country and each region in one colour and class in every chart, and each chart's first province in the province's", () => {
    const seen = new Map<string, Set<string>>();
    for (const id of ids) {
      const { spec, svgs } = chart(id);
      if (spec.type !== 'line') continue;
      const firstProvince = spec.highlight.find((h) => fixedEntity(h.series) === undefined)?.series;
      for (const [layout, svg] of svgs) {
        const root = parseSvg(svg);
        const labels = byClass(root, 'end-label');
        expect(labels, `${id} ${layout}`).toHaveLength(spec.highlight.length);
        spec.highlight.forEach((h, i) => {
          // End labels come in spec order; their group carries the series' class and colour.
          const group = descendants(root).find((e) => e.children.includes(labels[i]))!;
          // A further province of a chart borrows a free colour (see seriesEntities): only the chart's own province is held.
          const entity = fixedEntity(h.series) ?? (h.series === firstProvince ? 'province' : undefined);
          if (entity === undefined) return;
          const colour = `${group.attributes.class} ${group.attributes.fill}`;
          seen.set(entity, (seen.get(entity) ?? new Set()).add(colour));
        });
      }
    }
    expect([...seen.get('country')!]).toEqual([`series highlight ${entityClass('country')} ${entityColour('Cả nước')}`]);
    expect(seen.get('northernMidlands')?.size).toBe(1);
    expect([...seen.get('province')!]).toEqual([`series highlight ${entityClass('province')} ${entityColour('Lai Châu')}`]);
    for (const [entity, colours] of seen) expect([...colours], entity).toHaveLength(1);
  });
});
