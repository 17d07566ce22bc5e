import { closest } from '../text/closest.ts';
import type { DataIssue } from '../data/issues.ts';
import type { Table } from '../data/table.ts';
import { say, type MessageKey, type MessageValues } from '../ui/messages.ts';
import { readYaml } from '../yaml/readYaml.ts';
import { buildChart } from './buildChart.ts';
import { chartSpecSchema, columnFields, type ChartSpec } from './chartSpec.ts';
import type { ChartContext } from './context.ts';
import { chartRows } from './rows.ts';
import { crossYearRanking } from './tableChart.ts';

const GUIDE = 'docs/bieu-do.md';
const numericTypes = new Set(['integer', 'number', 'percent', 'year']);

/**
 * Reads a chart spec and checks it against the datasets: the dataset and every column it names
 * must exist, value columns must hold numbers, and the rows it picks must exist, once each.
 * Each problem names the file, the field, its line and column, the value and the closest valid
 * one, in Vietnamese. Finally the chart is drawn once, so a spec that passes draws.
 */
export function readChartSpec(
  yamlText: string,
  file: string,
  expectedId: string,
  tables: ReadonlyMap<string, Table>,
  context: ChartContext,
): { spec: ChartSpec } | { issues: DataIssue[] } {
  const result = readYaml(yamlText, file, chartSpecSchema, { guide: GUIDE });
  if ('issues' in result) return result;
  const { data: spec, placeOf } = result;
  const issues: DataIssue[] = [];
  const report = (
    path: (string | number)[],
    value: string | number,
    key: MessageKey,
    values: MessageValues = {},
    suggestion?: string,
  ) =>
    issues.push({
      file,
      ...(placeOf(path) ?? { line: 1, column: 1 }),
      field: path.join('.'),
      value: String(value),
      ...say(key, values, suggestion),
    });

  if (spec.id !== expectedId) report(['id'], spec.id, 'file.idMismatch', { name: expectedId });
  const table = tables.get(spec.dataset);
  if (!table) {
    report(['dataset'], spec.dataset, 'data.unknownDataset', {}, closest(spec.dataset, tables.keys()));
    return { issues };
  }

  const names = table.schema.columns.map((c) => c.name);
  for (const { path, column } of columnFields(spec)) {
    if (!names.includes(column)) {
      report(
        path,
        column,
        'data.unknownColumn',
        { dataset: spec.dataset, column, columns: names.join(', ') },
        closest(column, names),
      );
    }
  }
  if (issues.length > 0) return { issues };
  const numeric = table.schema.columns.filter((c) => numericTypes.has(c.type)).map((c) => c.name);
  for (const path of valueFields(spec)) {
    const column = String((spec as Record<string, unknown>)[path]);
    if (!numeric.includes(column)) {
      report(
        [path],
        column,
        'chart.notNumeric',
        { dataset: spec.dataset, column, columns: numeric.join(', ') },
        closest(column, numeric),
      );
    }
  }
  if (issues.length > 0) return { issues };

  if (spec.region) {
    const resolved = regionFilter(spec.region, spec, table, context);
    if ('problem' in resolved) {
      report(['region'], spec.region, resolved.problem.key, resolved.problem.values, resolved.problem.suggestion);
      return { issues };
    }
    spec.filter = { ...spec.filter, [resolved.column]: resolved.codes };
  }

  const rows = chartRows(table, spec);
  if (rows.length === 0) report(['filter'], JSON.stringify(spec.filter), 'chart.noRows');
  /** Each value must pick rows; for a keyed chart (coverage, budget), exactly one. */
  const checkValues = (path: (string | number)[], column: string, wanted: (string | number)[], once = false) => {
    const present = rows.map((row) => String(row[column]));
    wanted.forEach((value, i) => {
      const count = present.filter((p) => p === String(value)).length;
      if (count === 0) {
        report(
          [...path, i],
          value,
          'data.noRowWithValue',
          { dataset: spec.dataset, column, value },
          closest(String(value), new Set(present)),
        );
      } else if (once && count > 1) {
        report([...path, i], value, 'chart.keyRepeated', { count, column, value });
      }
    });
  };
  if (spec.type === 'line')
    checkValues(
      ['highlight'],
      spec.series,
      spec.highlight.map((h) => h.series),
    );
  if (spec.type === 'bar') checkValues(['highlight'], spec.category, spec.highlight);
  if (spec.type === 'coverage')
    checkValues(
      ['items'],
      spec.key,
      spec.items.map((item) => item.key),
      true,
    );
  if (spec.type === 'budget') {
    spec.sources.forEach((s, i) =>
      checkValues(['sources', i], spec.key, [s.planned, s.disbursed, ...(s.share ? [s.share] : [])], true),
    );
  }
  if (spec.type === 'map' && spec.defaultYear !== undefined) {
    const years = [...new Set(rows.map((row) => row[spec.year]).filter((y) => typeof y === 'number'))].sort();
    if (!years.includes(spec.defaultYear))
      report(['defaultYear'], spec.defaultYear, 'chart.defaultYear', { year: spec.defaultYear, years: years.join(', ') });
  }
  if (spec.type === 'table') {
    const ranking = crossYearRanking(table, spec);
    if (ranking) {
      const path = spec.groupBy ? ['groupBy'] : spec.sortBy ? ['sortBy', 'column'] : ['columns'];
      issues.push({ file, ...(placeOf(path) ?? { line: 1, column: 1 }), field: path.join('.'), ...ranking });
    }
  }
  if (issues.length > 0) return { issues };

  try {
    buildChart(spec, table, context);
  } catch (error) {
    issues.push({ file, line: 1, column: 1, ...say('chart.cannotDraw', { detail: (error as Error).message }) });
  }
  return issues.length > 0 ? { issues } : { spec };
}

/** The spec fields naming a column whose values a chart draws as numbers. */
function valueFields(spec: ChartSpec): string[] {
  switch (spec.type) {
    case 'line':
      return ['y'];
    case 'bar':
    case 'coverage':
    case 'budget':
      return ['value'];
    case 'map':
      return ['value', 'year'];
    case 'table':
      return [];
  }
}

/**
 * A region, turned into a filter on the dataset's province code column: the codes of the
 * region's provinces (kept within an existing filter on that column, if any).
 */
function regionFilter(
  region: string,
  spec: ChartSpec,
  table: Table,
  { provinces }: ChartContext,
): { column: string; codes: string[] } | { problem: { key: MessageKey; values: MessageValues; suggestion?: string } } {
  const regions = new Set([...provinces.values()].map((p) => p.region));
  if (!regions.has(region)) {
    return {
      problem: { key: 'chart.unknownRegion', values: { regions: [...regions].join(', ') }, suggestion: closest(region, regions) },
    };
  }
  const column = table.schema.columns.find((c) => c.references === 'provinces')?.name;
  if (!column) return { problem: { key: 'chart.regionWithoutCodes', values: { dataset: spec.dataset } } };
  const existing = spec.filter[column];
  const allowed = existing === undefined ? undefined : new Set((Array.isArray(existing) ? existing : [existing]).map(String));
  const codes = [...provinces.values()]
    .filter((p) => p.region === region && (!allowed || allowed.has(p.code)))
    .map((p) => p.code);
  return { column, codes };
}
