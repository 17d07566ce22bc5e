import { closest } from '../text/closest.ts';
import type { DataIssue } from '../data/issues.ts';
import type { Table } from '../data/table.ts';
import { readYaml } from '../yaml/readYaml.ts';
import { buildChart } from './buildChart.ts';
import { chartSpecSchema, columnFields, type ChartSpec } from './chartSpec.ts';
import type { ChartContext } from './context.ts';
import { chartRows } from './rows.ts';
import { crossYearRanking } from './tableChart.ts';

const HINT = 'see docs/bieu-do.md for the fields of a chart spec';

/**
 * Reads a chart spec and checks it against the datasets: the dataset and every column it names
 * must exist, and so must the rows it picks. Each problem names the file, the field, its line
 * and the closest valid name. Finally the chart is drawn once, so a spec that passes draws.
 */
export function readChartSpec(
  yamlText: string,
  file: string,
  expectedId: string,
  tables: ReadonlyMap<string, Table>,
  context: ChartContext,
): { spec: ChartSpec } | { issues: DataIssue[] } {
  const result = readYaml(yamlText, file, chartSpecSchema, HINT);
  if ('issues' in result) return result;
  const { data: spec, lineOf } = result;
  const issues: DataIssue[] = [];
  const report = (path: (string | number)[], value: string, message: string, hint: string) =>
    issues.push({ file, line: lineOf(path), value: `${path.join('.')}: ${value}`, message, hint });

  if (spec.id !== expectedId) {
    report(
      ['id'],
      spec.id,
      `the id differs from the file name "${expectedId}"`,
      `set \`id: ${expectedId}\`; ids are permanent (embeds use them), so rename only before publishing`,
    );
  }
  const table = tables.get(spec.dataset);
  if (!table) {
    const suggestion = closest(spec.dataset, tables.keys());
    report(
      ['dataset'],
      spec.dataset,
      'no dataset has this id',
      suggestion ? `did you mean "${suggestion}"?` : 'use the id of a dataset in data/ (its .schema.yaml)',
    );
    return { issues };
  }

  const names = table.schema.columns.map((c) => c.name);
  for (const { path, column } of columnFields(spec)) {
    if (!names.includes(column)) {
      const suggestion = closest(column, names);
      report(
        path,
        column,
        `the dataset ${spec.dataset} has no such column`,
        suggestion ? `did you mean "${suggestion}"?` : `its columns: ${names.join(', ')}`,
      );
    }
  }
  if (issues.length > 0) return { issues };

  if (spec.region) {
    const resolved = regionFilter(spec.region, spec, table, context);
    if ('issue' in resolved) {
      report(['region'], spec.region, resolved.issue.message, resolved.issue.hint);
      return { issues };
    }
    spec.filter = { ...spec.filter, [resolved.column]: resolved.codes };
  }

  const rows = chartRows(table, spec);
  if (rows.length === 0)
    report(
      ['filter'],
      JSON.stringify(spec.filter),
      'no row of the dataset matches the filter',
      'check the filter values against the CSV',
    );
  const checkValues = (path: (string | number)[], column: string, wanted: (string | number)[]) => {
    const present = new Set(rows.map((row) => String(row[column])));
    wanted.forEach((value, i) => {
      if (!present.has(String(value))) {
        const suggestion = closest(String(value), present);
        report(
          [...path, i],
          String(value),
          `no row has ${column} = "${value}"`,
          suggestion ? `did you mean "${suggestion}"?` : `check the values of ${column} in the CSV`,
        );
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
    );
  if (spec.type === 'budget') {
    spec.sources.forEach((s, i) =>
      checkValues(['sources', i], spec.key, [s.planned, s.disbursed, ...(s.share ? [s.share] : [])]),
    );
  }
  if (spec.type === 'table') {
    const ranking = crossYearRanking(table, spec);
    if (ranking)
      report(
        spec.groupBy ? ['groupBy'] : spec.sortBy ? ['sortBy'] : ['columns'],
        spec.groupBy ?? spec.sortBy?.column ?? 'table',
        ranking.message,
        ranking.hint,
      );
  }
  if (issues.length > 0) return { issues };

  try {
    buildChart(spec, table, context);
  } catch (error) {
    issues.push({ file, message: `the chart cannot be drawn: ${(error as Error).message}`, hint: HINT });
  }
  return issues.length > 0 ? { issues } : { spec };
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
): { column: string; codes: string[] } | { issue: { message: string; hint: string } } {
  const regions = new Set([...provinces.values()].map((p) => p.region));
  if (!regions.has(region)) {
    const suggestion = closest(region, regions);
    return {
      issue: {
        message: 'no region has this name',
        hint: suggestion ? `did you mean "${suggestion}"?` : `regions: ${[...regions].join(', ')}`,
      },
    };
  }
  const column = table.schema.columns.find((c) => c.references === 'provinces')?.name;
  if (!column)
    return {
      issue: {
        message: `the dataset ${spec.dataset} has no province code column to filter by region`,
        hint: 'remove `region`, or filter on a column of the dataset',
      },
    };
  const existing = spec.filter[column];
  const allowed = existing === undefined ? undefined : new Set((Array.isArray(existing) ? existing : [existing]).map(String));
  const codes = [...provinces.values()]
    .filter((p) => p.region === region && (!allowed || allowed.has(p.code)))
    .map((p) => p.code);
  return { column, codes };
}
