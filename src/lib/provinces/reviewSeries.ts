import { printedDecimalsOf } from '../data/printed.ts';
import { isReading, rowReliability, type Reliability } from '../data/reliability.ts';
import { cellParts, sourceCredit } from '../data/sourceCredit.ts';
import type { Row, Table, Value } from '../data/table.ts';
import { formatInteger, formatPercent } from '../format/number.ts';
import { footnotes, marksOf, rowMarks, type Footnote } from '../format/reliability.ts';
import { provinceText } from '../ui/province.ts';
import { reliabilityText } from '../ui/reliability.ts';
import { datasetPath } from '../urls.ts';

/** A value as the page prints it, with the reliability markers the data gives it. */
export interface ReviewCell {
  text: string;
  marks: string[];
}

/** One year of a province's review: its values, or a gap. */
export interface ReviewYear {
  year: number;
  /** Markers for the whole row (its reading or a flag for the row), shown by the year. */
  yearMarks: string[];
  /** True when the dataset has no row for the province that year: the page says so, never fills it. */
  missing: boolean;
  poor: ReviewCell;
  rate: ReviewCell;
  nearRate: ReviewCell;
  /** The publishers the row cites, linked when the schema gives an address. */
  sources: { name: string; url?: string }[];
  /** How the row was read: "Theo báo chí dẫn lại", "Đọc từ bảng số liệu"… */
  reading: string | null;
}

/** A province's annual household review year by year, ready to print. */
export interface ReviewSeries {
  /** The years the dataset covers, first and last. */
  span: [number, number];
  /** Every year of the span, gaps included; empty when the province has no row at all. */
  years: ReviewYear[];
  /** How many provinces the dataset covers, for the sentence a province without rows gets. */
  provinces: number;
  footnotes: Footnote[];
  dataset: { id: string; title: string; href: string };
}

const SHOWN = ['year', 'poor_households', 'poverty_rate_pct', 'near_poor_rate_pct'] as const;

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

const cell = (value: Value, decimals: number | undefined, format: typeof formatPercent, keys: Reliability[]): ReviewCell => ({
  text: typeof value === 'number' ? format(value, { digits: decimals }) : provinceText.reviewNotPrinted,
  marks: marksOf(keys),
});

/**
 * A province's rows of the annual poor-household review, one per year from the first to the last
 * year the dataset covers: a year without a row is a gap that says so, never interpolated. Each
 * value, printed with the decimals its source used (5,90%), carries the markers of the dataset's
 * reliability column; each row its sources and how it was read.
 *
 * @example reviewSeries(review, '02').years.find((y) => y.year === 2023)?.poor // { text: '59.496', marks: ['†', '≈'] }
 */
export function reviewSeries(table: Pick<Table, 'id' | 'rows' | 'schema' | 'decimals'>, code: string): ReviewSeries {
  const decimalsOf = printedDecimalsOf(table);
  const years = table.rows.map((row) => row.year).filter((year): year is number => typeof year === 'number');
  if (years.length === 0) throw new Error(`${table.id}: no row has a year`);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const own = new Map(table.rows.filter((row) => row.province_code === code).map((row) => [row.year as number, row]));
  const sourceColumn = table.schema.columns.find((c) => c.name === 'source_id');
  // Named as every credit is: a secondary source says so.
  const sourcesOf = (row: Row) =>
    cellParts(row.source_id, sourceColumn).map((id) => {
      const source = table.schema.sources.find((s) => s.id === id);
      return { name: source ? sourceCredit(source) : id, ...(source?.url ? { url: source.url } : {}) };
    });
  const used = new Set<Reliability>();

  const series: ReviewYear[] =
    own.size === 0
      ? []
      : Array.from({ length: last - first + 1 }, (_, i): ReviewYear => {
          const year = first + i;
          const row = own.get(year);
          if (!row) {
            const gap = { text: provinceText.reviewNoValueYet, marks: [] };
            return { year, yearMarks: [], missing: true, poor: gap, rate: gap, nearRate: gap, sources: [], reading: null };
          }
          const entries = rowReliability(row, table.schema);
          const keys = rowMarks(entries, SHOWN);
          keys.flat().forEach((key) => {
            if (reliabilityText[key].mark) used.add(key);
          });
          const reading = entries.find((e) => e.columns === null && isReading(e.value))?.value;
          return {
            year,
            yearMarks: marksOf(keys[0]),
            missing: false,
            poor: cell(row.poor_households, undefined, formatInteger, keys[1]),
            rate: cell(row.poverty_rate_pct, decimalsOf(row, 'poverty_rate_pct'), formatPercent, keys[2]),
            nearRate: cell(row.near_poor_rate_pct, decimalsOf(row, 'near_poor_rate_pct'), formatPercent, keys[3]),
            sources: sourcesOf(row),
            reading: reading ? capitalise(reliabilityText[reading].label) : null,
          };
        });

  return {
    span: [first, last],
    years: series,
    provinces: new Set(table.rows.map((row) => row.province_code)).size,
    footnotes: footnotes(used),
    dataset: { id: table.id, title: table.schema.title, href: datasetPath(table.id) },
  };
}
