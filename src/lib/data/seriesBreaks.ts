import type { SeriesBreak } from './datasetSchema.ts';
import { datasetSummary } from './datasetSummary.ts';
import { issue, type DataIssue } from './issues.ts';
import type { Table } from './table.ts';

/** The table of province boundary changes, `data/geo/boundary-changes.csv`: declared once for every dataset. */
export const BOUNDARY_CHANGES_ID = 'boundary-changes';

/** The fields every row of one change must repeat identically. */
const SHARED = ['date', 'before', 'document', 'label'] as const;

/**
 * The boundary changes as series breaks, one per affected province (a chart groups the rows of
 * one change into one note). Rows of one change must agree on its date, year, document and
 * label; each disagreement is an issue with its line.
 *
 * @example boundaryBreaks(changes).breaks[6]
 * // { kind: 'boundary', before: 2008, label: 'Mở rộng Hà Nội', provinces: ['01'], date: '2008-08-01', … }
 */
export function boundaryBreaks(table: Pick<Table, 'rows' | 'lines' | 'file'>): { breaks: SeriesBreak[] } | { issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const first = new Map<string, number>();
  table.rows.forEach((row, i) => {
    const change = String(row.change);
    const j = first.get(change);
    if (j === undefined) {
      first.set(change, i);
      return;
    }
    for (const field of SHARED) {
      if (row[field] !== table.rows[j][field]) {
        issues.push(
          issue({ file: table.file, line: table.lines[i], column: 1, columnName: field, value: String(row[field]) }, 'data.changeDisagrees', {
            change,
            line: table.lines[j],
            field,
            other: String(table.rows[j][field]),
          }),
        );
      }
    }
  });
  if (issues.length > 0) return { issues };
  return {
    breaks: table.rows.map((row) => ({
      kind: 'boundary',
      before: row.before as number,
      label: String(row.label),
      note: String(row.note),
      provinces: [String(row.province_code)],
      date: String(row.date),
      document: String(row.document),
    })),
  };
}

/**
 * The table with the boundary breaks that concern it added to its schema's `breaks`: a dataset
 * with a province code column and a year column gets each change whose year falls within its
 * years (some year before it, some on or after it). Other tables are returned as they are.
 *
 * @example withBoundaryBreaks(poverty, breaks).schema.breaks.map((b) => b.before) // [2010, 2008, 2008, 2008]
 */
export function withBoundaryBreaks(table: Table, boundaries: readonly SeriesBreak[]): Table {
  if (!table.schema.columns.some((column) => column.references === 'provinces')) return table;
  const { years } = datasetSummary(table);
  const spanned = boundaries.filter((b) => years.some((y) => y < b.before) && years.some((y) => y >= b.before));
  if (spanned.length === 0) return table;
  return { ...table, schema: { ...table.schema, breaks: [...table.schema.breaks, ...spanned] } };
}

/**
 * Does the break split the series of this province? A break of `all` splits every series, the
 * country's and the regions' (code null) included; a break of listed provinces only theirs.
 *
 * @example breakAffects({ provinces: ['01'] }, '01') // true
 */
export function breakAffects(b: Pick<SeriesBreak, 'provinces'>, code: string | null): boolean {
  return b.provinces === 'all' || (code !== null && b.provinces.includes(code));
}

/**
 * The breaks that split a province's series between two years: `from < before <= to`. Values of
 * `from` and `to` are then not comparable.
 *
 * @example breaksBetween(poverty.schema.breaks, '01', 2006, 2016).map((b) => b.before) // [2010, 2008]
 */
export function breaksBetween(breaks: readonly SeriesBreak[], code: string | null, from: number, to: number): SeriesBreak[] {
  return breaks.filter((b) => breakAffects(b, code) && from < b.before && b.before <= to);
}
