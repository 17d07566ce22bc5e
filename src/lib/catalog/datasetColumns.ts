import type { ColumnSchema, ColumnType } from '../data/datasetSchema.ts';
import { parseReliability, reliabilityValues } from '../data/reliability.ts';
import type { Row } from '../data/table.ts';
import { formatNumber } from '../format/number.ts';
import { catalogStrings } from '../ui/catalog.ts';
import { reliabilityText } from '../ui/reliability.ts';

/** What a column holds, in the words a reader uses (the type names stay in the developers' detail). */
export const columnTypeLabels: Record<ColumnType, string> = {
  string: 'chữ',
  code: 'mã',
  integer: 'số nguyên',
  number: 'số',
  percent: 'phần trăm',
  year: 'năm',
  date: 'ngày',
  reliability: 'độ tin cậy',
};

/** A line of the columns table. */
export interface ColumnItem {
  name: string;
  label: string;
  description?: string;
  type: string;
  unit: string;
  nullable: string;
  range: string;
  /** The values the column may hold, each with what it means to a reader. */
  values?: { value: string; meaning: string }[];
  /** Kept as the source or the collector wrote it; left out of the preview. */
  provenance: boolean;
  /** For the developers' detail: the schema's type, pattern and reference table. */
  technical: { type: ColumnType; pattern?: string; references?: string };
}

/**
 * What the values of a column mean: the labels a `values` list gives, or for a reliability
 * column the words its rows use, each with its marker and meaning.
 */
function valueMeanings(column: ColumnSchema, rows: readonly Row[]): ColumnItem['values'] {
  if (column.values) return Object.entries(column.values).map(([value, meaning]) => ({ value, meaning }));
  if (column.type !== 'reliability') return undefined;
  const used = new Set(
    rows.flatMap((row) => {
      const cell = row[column.name];
      if (typeof cell !== 'string') return [];
      const parsed = parseReliability(cell);
      return 'entries' in parsed ? parsed.entries.map((e) => e.value) : [];
    }),
  );
  return reliabilityValues
    .filter((value) => used.has(value))
    .map((value) => {
      const { mark, description } = reliabilityText[value];
      return { value, meaning: mark ? `${mark} ${description}` : description };
    });
}

function bound(value: number, type: ColumnType): string {
  return type === 'year' ? String(value) : formatNumber(value);
}

/**
 * The allowed range of a column, in its own numbers (years ungrouped); empty when unbounded.
 *
 * @example columnRange({ type: 'year', min: 2006, max: 2016 }) // '2006–2016'
 * @example columnRange({ type: 'percent', min: 0 }) // '≥ 0'
 */
export function columnRange({ type, min, max }: Pick<ColumnSchema, 'type' | 'min' | 'max'>): string {
  if (min !== undefined && max !== undefined) {
    if (min === max) return bound(min, type);
    // A dash right after a minus sign would read as one long dash: space it then.
    return min < 0 || max < 0 ? `${bound(min, type)} – ${bound(max, type)}` : `${bound(min, type)}–${bound(max, type)}`;
  }
  if (min !== undefined) return `≥ ${bound(min, type)}`;
  if (max !== undefined) return `≤ ${bound(max, type)}`;
  return '';
}

/**
 * The columns of a dataset as its page lists them, in file order; with the rows, a reliability
 * column lists the words they use.
 *
 * @example datasetColumns(schema.columns)[2] // { name: 'year', label: 'Năm', type: 'năm', range: '2006–2016', … }
 */
export function datasetColumns(columns: readonly ColumnSchema[], rows: readonly Row[] = []): ColumnItem[] {
  return columns.map((column) => {
    const values = valueMeanings(column, rows);
    return {
      name: column.name,
      label: column.label,
      description: column.description,
      type: columnTypeLabels[column.type],
      unit: column.unit ?? '',
      nullable: column.nullable ? catalogStrings.nullable : catalogStrings.notNullable,
      range: columnRange(column),
      ...(values ? { values } : {}),
      provenance: column.provenance ?? false,
      technical: {
        type: column.type,
        ...(column.pattern ? { pattern: column.pattern } : {}),
        ...(column.references ? { references: column.references } : {}),
      },
    };
  });
}

/**
 * The sentence that says which columns tell rows apart, by their labels: no two rows share them all.
 *
 * @example rowKeySentence([{ name: 'year', label: 'Năm' }, …], ['province_code', 'year']) // 'Không có hai dòng nào trùng nhau ở cả Mã tỉnh và Năm.'
 */
export function rowKeySentence(columns: readonly Pick<ColumnSchema, 'name' | 'label'>[], key: readonly string[]): string {
  const labels = key.map((name) => columns.find((c) => c.name === name)?.label ?? name);
  return catalogStrings.rowKey(labels);
}
