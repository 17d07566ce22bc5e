/**
 * The breaks a chart must honour, from the `breaks` its dataset declares (changes of standard in
 * the schema, boundary changes from data/geo/boundary-changes.csv): which of them fall within
 * the chart's years and split one of its series, numbered for its notes and table marks. Pure
 * data, no drawing: every chart type (and the Plot port to come) reads the same answer.
 */
import type { SeriesBreak } from '../data/datasetSchema.ts';
import type { Row, Table } from '../data/table.ts';
import { formatDate } from '../format/date.ts';

/** A declared break as one chart shows it. Boundary rows of one change are one break here. */
export interface ChartBreak {
  /** `(1)`, `(2)` …: before its note, and beside the table headers and values it concerns. */
  mark: string;
  kind: SeriesBreak['kind'];
  /** The first year on the new basis. */
  before: number;
  label: string;
  /** When it took effect (`YYYY-MM-DD`), if declared. */
  date?: string;
  /** The province codes whose series it splits; null for every series. */
  provinces: ReadonlySet<string> | null;
  /** The note under the chart, mark first. */
  note: string;
}

/** The dataset's province code column (`references: provinces`), if it has one. */
export function provinceColumn(table: Pick<Table, 'schema'>): string | undefined {
  return table.schema.columns.find((column) => column.references === 'provinces')?.name;
}

/** Does the chart break split a series made of these province codes (none for the country or a region)? */
export function splits(b: Pick<ChartBreak, 'provinces'>, codes: Iterable<string>): boolean {
  if (b.provinces === null) return true;
  for (const code of codes) if (b.provinces.has(code)) return true;
  return false;
}

/**
 * The province codes of each series: the codes its rows hold in the dataset's province column.
 *
 * @example seriesCodes(table, rows, 'province').get('Hà Nội') // Set { '01' }
 */
export function seriesCodes(table: Pick<Table, 'schema'>, rows: readonly Row[], series: string): Map<string, Set<string>> {
  const column = provinceColumn(table);
  const codes = new Map<string, Set<string>>();
  for (const row of rows) {
    const name = String(row[series]);
    if (!codes.has(name)) codes.set(name, new Set());
    const code = column === undefined ? null : row[column];
    if (typeof code === 'string') codes.get(name)!.add(code);
  }
  return codes;
}

const details = ({ document, date }: Pick<SeriesBreak, 'document' | 'date'>): string =>
  [document, date && `hiệu lực từ ${formatDate(new Date(`${date}T00:00:00+07:00`))}`].filter(Boolean).join(', ');

/**
 * The declared breaks a chart draws across: each lies within the years of `rows` (a year before
 * it, a year on or after it, in `yearColumn`) and splits the series of at least one province in
 * them (or all series). Breaks of one kind, year, label, date and document merge into one (the
 * rows of one boundary change), keeping the notes of the provinces drawn. Ordered by year and
 * numbered `(1)`, `(2)` …. None when `yearColumn` is not a year column of the dataset.
 *
 * @example chartBreaks(poverty, rows, 'year').map((b) => [b.mark, b.before]) // [['(1)', 2008], ['(2)', 2010]]
 */
export function chartBreaks(table: Pick<Table, 'schema'>, rows: readonly Row[], yearColumn: string): ChartBreak[] {
  if (table.schema.columns.find((column) => column.name === yearColumn)?.type !== 'year') return [];
  const years = rows.map((row) => row[yearColumn]).filter((y): y is number => typeof y === 'number');
  const column = provinceColumn(table);
  const codes = new Set(
    column === undefined ? [] : rows.map((row) => row[column]).filter((c): c is string => typeof c === 'string'),
  );
  const groups = new Map<string, { first: SeriesBreak; provinces: Set<string> | null; notes: string[] }>();
  for (const b of table.schema.breaks) {
    if (!years.some((y) => y < b.before) || !years.some((y) => y >= b.before)) continue;
    const drawn = b.provinces === 'all' ? null : b.provinces.filter((code) => codes.has(code));
    if (drawn !== null && drawn.length === 0) continue;
    const key = JSON.stringify([b.kind, b.before, b.label, b.date ?? null, b.document ?? null]);
    const group = groups.get(key) ?? { first: b, provinces: drawn === null ? null : new Set<string>(), notes: [] };
    groups.set(key, group);
    if (group.provinces && drawn) for (const code of drawn) group.provinces.add(code);
    if (drawn === null) group.provinces = null;
    if (!group.notes.includes(b.note)) group.notes.push(b.note);
  }
  return [...groups.values()]
    .sort((a, b) => a.first.before - b.first.before)
    .map(({ first, provinces, notes }, i) => {
      const mark = `(${i + 1})`;
      const about = details(first);
      return {
        mark,
        kind: first.kind,
        before: first.before,
        label: first.label,
        ...(first.date ? { date: first.date } : {}),
        provinces,
        note: `${mark} ${first.label}${about ? `, ${about}` : ''}: ${notes.join(' ')}`,
      };
    });
}

/** Marks of a table of years (columns) by series (rows): `undefined` where there is none. */
export interface TableMarks {
  /** One per year. */
  years: (string | undefined)[];
  /** One per series, one per year. */
  cells: (string | undefined)[][];
}

/**
 * Where a table of years by series shows each break's mark: a break of every series on the
 * header of the first year on the new basis; a break of some provinces on the first value on the
 * new basis of each series it splits (its older values are on the other side).
 *
 * @example tableMarks(breaks, [2006, 2008, 2010], [{ codes: ['01'], values: [3, 6.6, 5.3] }])
 * // { years: [undefined, undefined, '(2)'], cells: [[undefined, '(1)', undefined]] }
 */
export function tableMarks(
  breaks: readonly ChartBreak[],
  years: readonly number[],
  series: readonly { codes: Iterable<string>; values: readonly (number | null)[] }[],
): TableMarks {
  const join = (marks: string[]) => (marks.length > 0 ? marks.join(' ') : undefined);
  const firstFrom = (b: ChartBreak, has: (i: number) => boolean) => years.findIndex((y, i) => y >= b.before && has(i));
  const all = breaks.filter((b) => b.provinces === null);
  const some = breaks.filter((b) => b.provinces !== null);
  return {
    years: years.map((_, i) => join(all.filter((b) => firstFrom(b, () => true) === i).map((b) => b.mark))),
    cells: series.map(({ codes, values }) => {
      const own = some.filter((b) => splits(b, codes));
      return years.map((_, i) => join(own.filter((b) => firstFrom(b, (j) => values[j] !== null) === i).map((b) => b.mark)));
    }),
  };
}

/** `{ breakMark }` when there is one, to spread into a table cell or column. */
export const withBreakMark = (mark: string | undefined): { breakMark?: string } =>
  mark === undefined ? {} : { breakMark: mark };
