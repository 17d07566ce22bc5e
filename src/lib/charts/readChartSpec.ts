import { closest } from '../text/closest.ts';
import type { DataIssue } from '../data/issues.ts';
import type { Province } from '../data/provinces.ts';
import type { Table } from '../data/table.ts';
import { isQuantity } from '../data/datasetSchema.ts';
import { say, type MessageKey, type MessageValues } from '../ui/messages.ts';
import { readYaml } from '../yaml/readYaml.ts';
import { buildChart } from './buildChart.ts';
import { chartSpecSchema, chartTypeOf, columnFields, keyFields, type ChartSpec } from './chartSpec.ts';
import type { ChartContext } from './context.ts';
import { chartRows } from './rows.ts';

const GUIDE = 'docs/bieu-do.md';

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

  // A field may name a column of another dataset (a scatter's other axis): checked against that one.
  const tableOf = (dataset: string | undefined) => (dataset === undefined ? table : tables.get(dataset));
  for (const { path, column, dataset } of columnFields(spec)) {
    const fieldTable = tableOf(dataset);
    if (!fieldTable) {
      report(path, dataset!, 'data.unknownDataset', {}, closest(dataset!, tables.keys()));
      continue;
    }
    const names = fieldTable.schema.columns.map((c) => c.name);
    if (!names.includes(column)) {
      report(
        path,
        column,
        'data.unknownColumn',
        { dataset: fieldTable.id, column, columns: names.join(', ') },
        closest(column, names),
      );
    }
  }
  if (issues.length > 0) return { issues };
  for (const { path, column, dataset } of columnFields(spec).filter((field) => field.numeric)) {
    const fieldTable = tableOf(dataset)!;
    const numeric = numericColumns(fieldTable);
    if (!numeric.includes(column)) {
      report(
        path,
        column,
        'chart.notNumeric',
        { dataset: fieldTable.id, column, columns: numeric.join(', ') },
        closest(column, numeric),
      );
    }
  }
  if (issues.length > 0) return { issues };

  // A region, a unit of 2025, or both: each narrows the province codes the other kept.
  for (const field of ['region', 'province2025'] as const) {
    const wanted = spec[field];
    if (!wanted) continue;
    const resolved = provinceFilter(field, wanted, spec, table, context);
    if ('problem' in resolved) {
      report([field], wanted, resolved.problem.key, resolved.problem.values, resolved.problem.suggestion);
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
  for (const { path, column, values, once } of keyFields(spec)) checkValues(path, column, values, once);
  const withTables: ChartContext = { ...context, tables };
  for (const problem of chartTypeOf(spec).check?.(spec, rows, table, withTables) ?? []) {
    issues.push({
      file,
      ...(placeOf(problem.path) ?? { line: 1, column: 1 }),
      field: problem.path.join('.'),
      ...(problem.value === undefined ? {} : { value: String(problem.value) }),
      ...problem.said,
    });
  }
  if (issues.length > 0) return { issues };

  try {
    buildChart(spec, table, withTables);
  } catch (error) {
    issues.push({ file, line: 1, column: 1, ...say('chart.cannotDraw', { detail: (error as Error).message }) });
  }
  return issues.length > 0 ? { issues } : { spec };
}

/** What a province filter names, and the messages for a name it does not know and for a dataset without province codes. */
const provinceFilters = {
  region: { of: (p: Province) => p.region, unknown: 'chart.unknownRegion', withoutCodes: 'chart.regionWithoutCodes' },
  province2025: {
    of: (p: Province) => p.province2025.name,
    unknown: 'chart.unknownProvince2025',
    withoutCodes: 'chart.province2025WithoutCodes',
  },
} as const satisfies Record<string, { of: (p: Province) => string; unknown: MessageKey; withoutCodes: MessageKey }>;

/**
 * A region or a unit of 2025, turned into a filter on the dataset's province code column: the
 * codes of its provinces of before (kept within an existing filter on that column, if any).
 */
function provinceFilter(
  field: keyof typeof provinceFilters,
  name: string,
  spec: ChartSpec,
  table: Table,
  { provinces }: ChartContext,
): { column: string; codes: string[] } | { problem: { key: MessageKey; values: MessageValues; suggestion?: string } } {
  const { of, unknown, withoutCodes } = provinceFilters[field];
  const names = new Set([...provinces.values()].map(of));
  if (!names.has(name)) {
    return { problem: { key: unknown, values: { names: [...names].join(', ') }, suggestion: closest(name, names) } };
  }
  const column = table.schema.columns.find((c) => c.references === 'provinces')?.name;
  if (!column) return { problem: { key: withoutCodes, values: { dataset: spec.dataset } } };
  const existing = spec.filter[column];
  const allowed = existing === undefined ? undefined : new Set((Array.isArray(existing) ? existing : [existing]).map(String));
  const codes = [...provinces.values()].filter((p) => of(p) === name && (!allowed || allowed.has(p.code))).map((p) => p.code);
  return { column, codes };
}

/** The columns a chart can draw as numbers: quantities and years. */
function numericColumns(table: Table): string[] {
  return table.schema.columns.filter((c) => isQuantity(c.type) || c.type === 'year').map((c) => c.name);
}
