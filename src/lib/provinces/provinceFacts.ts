import { formatSourceDate } from '../catalog/sourceDate.ts';
import { printedDecimalsOf } from '../data/printed.ts';
import { rowReliability, type Reliability } from '../data/reliability.ts';
import { cellParts, sourceCredit } from '../data/sourceCredit.ts';
import type { Table } from '../data/table.ts';
import { formatNumber, formatPercent } from '../format/number.ts';
import { footnotes, marksOf, rowMarks, type Footnote } from '../format/reliability.ts';
import { datasetPath } from '../urls.ts';

/** A figure a province reported, in its own words: "99% xã có đường xe máy hoặc ô tô". */
export interface ProvinceFact {
  /** The value as the page prints it: `99%`, `94,2%`. */
  value: string;
  /** The province's words for what was measured. */
  wording: string;
  marks: string[];
  /** What a reader must know to read it (not comparable with…), when the data says. */
  note: string | null;
  /** Who published it and when: "Báo Lao động và Xã hội, 12/08/2024". */
  source: string;
  /** Other publishers that printed the same figure. */
  corroboratedBy: string[];
  dataset: { id: string; title: string; href: string };
}

/** A province's reported figures, and what their markers mean. */
export interface ProvinceFacts {
  facts: ProvinceFact[];
  footnotes: Footnote[];
}

type FactTable = Pick<Table, 'id' | 'rows' | 'schema' | 'decimals'>;

/**
 * Whether a dataset holds facts in a province's own words: a `wording` column, a `value` and a
 * `unit`, and a column of province codes. Only the rows with a wording are shown.
 */
export function isFactTable(table: FactTable): boolean {
  const names = new Set(table.schema.columns.map((c) => c.name));
  return (
    ['wording', 'value', 'unit'].every((name) => names.has(name)) &&
    table.schema.columns.some((c) => c.references === 'provinces')
  );
}

const formatValue = (value: number, digits: number | undefined, unit: string) =>
  unit === '%' ? formatPercent(value, { digits }) : `${formatNumber(value, { digits })} ${unit}`;

/**
 * The figures every fact dataset (see `isFactTable`) holds for a province in its own words, in
 * file order, as printed, each with its source, markers from the reliability column and the note the data
 * gives. Any province with such rows gets them; none has to be named in code.
 *
 * @example provinceFacts(tables.values(), '12').facts[0] // { value: '99%', wording: 'xã có đường xe máy hoặc ô tô', … }
 */
export function provinceFacts(tables: Iterable<FactTable>, code: string): ProvinceFacts {
  const facts: ProvinceFact[] = [];
  const used = new Set<Reliability>();
  for (const table of tables) {
    if (!isFactTable(table)) continue;
    const codeColumn = table.schema.columns.find((c) => c.references === 'provinces')!.name;
    const corroborating = table.schema.columns.find((c) => c.name === 'corroborating_source_id');
    const publisher = (id: unknown) => table.schema.sources.find((s) => s.id === id);
    const decimalsOf = printedDecimalsOf(table);
    for (const row of table.rows) {
      if (row[codeColumn] !== code || typeof row.wording !== 'string' || typeof row.value !== 'number') continue;
      const keys = rowMarks(rowReliability(row, table.schema), ['value'])[0];
      keys.forEach((key) => used.add(key));
      const source = publisher(row.source_id);
      facts.push({
        value: formatValue(row.value, decimalsOf(row, 'value'), String(row.unit)),
        wording: row.wording,
        marks: marksOf(keys),
        note: typeof row.wording_note === 'string' ? row.wording_note : null,
        source: source ? `${sourceCredit(source)}, ${formatSourceDate(source.date)}` : String(row.source_id),
        corroboratedBy: cellParts(row.corroborating_source_id, corroborating).map((id) => {
          const other = publisher(id);
          return other ? sourceCredit(other) : id;
        }),
        dataset: { id: table.id, title: table.schema.title, href: datasetPath(table.id) },
      });
    }
  }
  return { facts, footnotes: footnotes(used) };
}
