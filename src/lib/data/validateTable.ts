import { closest } from '../text/closest.ts';
import type { ColumnSchema, DatasetSchema } from './datasetSchema.ts';
import type { DataIssue } from './issues.ts';
import { isMissing, parseCell } from './parseCell.ts';
import type { ParsedCsv } from './parseCsv.ts';
import { parseReliability, reliabilityProblem } from './reliability.ts';
import type { Decimals, Row, Table, Value } from './table.ts';

/**
 * Codes each reference table holds, e.g. `provinces` → the 63 province codes. A table is absent
 * only when it failed to load itself: its own issues are reported, and checking every code
 * against nothing would bury them under noise.
 */
export type References = Partial<Record<NonNullable<ColumnSchema['references']>, ReadonlySet<string>>>;

const referenceHints: Record<NonNullable<ColumnSchema['references']>, string> = {
  provinces: 'use one of the 63 province codes of data/geo/provinces.csv (two digits, e.g. 12 for Lai Châu)',
  sources: 'use the id of a source listed under `sources:` in the schema, or add the source there',
};

/**
 * Checks parsed CSV records against their schema and types every cell. Returns the table, or
 * every problem found: header, ragged rows, bad values, ranges, patterns, duplicate keys and
 * unknown codes. Nothing is dropped, rounded or guessed: beside each row, the decimals its
 * numbers were printed with (`3.0` → 1), which the numbers themselves lose.
 */
export function validateTable(
  csv: ParsedCsv,
  schema: DatasetSchema,
  file: string,
  references: References = {},
): { table: Table } | { issues: DataIssue[] } {
  const headerIssues = checkHeader(csv, schema, file);
  if (headerIssues.length > 0) return { issues: headerIssues };

  const issues: DataIssue[] = [];
  const known: References = { ...references, sources: new Set(schema.sources.flatMap((s) => (s.id === undefined ? [] : [s.id]))) };
  const names = schema.columns.map((column) => column.name);
  const columns = schema.columns.map((column) => ({ column, index: csv.header.indexOf(column.name) }));
  const patterns = new Map(schema.columns.filter((c) => c.pattern).map((c) => [c.name, new RegExp(`^(?:${c.pattern})$`, 'u')]));
  const rows: Row[] = [];
  const lines: number[] = [];
  const decimals: Decimals[] = [];
  const keys = new Map<string, number>();

  for (const record of csv.records) {
    if (record.fields.length !== csv.header.length) {
      issues.push({
        file,
        line: record.line,
        message: `the row has ${record.fields.length} field${record.fields.length === 1 ? '' : 's'}, the header has ${csv.header.length}`,
        hint: `check for a missing or extra "${csv.delimiter}" on this line; a field holding "${csv.delimiter}" must be in double quotes`,
      });
      continue;
    }
    const row: Row = {};
    const printed: Decimals = {};
    const issuesBefore = issues.length;
    for (const { column, index } of columns) {
      const cell = record.fields[index];
      const at = { file, line: record.line, column: index + 1, columnName: column.name, value: cell };
      row[column.name] = null;
      if (isMissing(cell)) {
        if (!column.nullable) {
          issues.push({ ...at, message: 'the cell is empty but this column may not be', hint: 'fill in the value, or mark the column `nullable: true` in the schema if the source has no value here' });
        }
        continue;
      }
      const parsed = parseCell(cell, column, schema.decimal);
      if ('error' in parsed) {
        issues.push({ ...at, message: parsed.error, hint: parsed.hint });
        continue;
      }
      const problem =
        column.type === 'reliability'
          ? checkReliability(String(parsed.value), names, column.name)
          : checkParts(parsed.value, column, patterns.get(column.name), known);
      if (problem) issues.push({ ...at, ...problem });
      else {
        row[column.name] = parsed.value;
        if (parsed.decimals !== undefined) printed[column.name] = parsed.decimals;
      }
    }
    // A row whose own cells failed has no trustworthy key: comparing it would only add noise.
    const key = JSON.stringify(schema.primaryKey.map((name) => row[name]));
    const firstLine = issues.length > issuesBefore ? undefined : keys.get(key);
    if (firstLine !== undefined) {
      issues.push({
        file,
        line: record.line,
        value: schema.primaryKey.map((name) => `${name}=${record.fields[csv.header.indexOf(name)]}`).join(', '),
        message: `duplicate key: line ${firstLine} has the same ${schema.primaryKey.join(' + ')}`,
        hint: 'remove the repeated row, or correct the value that identifies it',
      });
    } else {
      keys.set(key, record.line);
    }
    rows.push(row);
    lines.push(record.line);
    decimals.push(printed);
  }
  return issues.length > 0 ? { issues } : { table: { id: schema.id, file, schema, rows, lines, decimals } };
}

function checkHeader(csv: ParsedCsv, schema: DatasetSchema, file: string): DataIssue[] {
  const declared = schema.columns.map((column) => column.name);
  const issues: DataIssue[] = [];
  const at = { file, line: csv.headerLine };
  csv.header.forEach((name, index) => {
    if (csv.header.indexOf(name) !== index) {
      issues.push({ ...at, column: index + 1, value: name, message: 'this column name appears twice in the header', hint: 'rename or remove one of them' });
    } else if (!declared.includes(name)) {
      const suggestion = closest(name, declared.filter((d) => !csv.header.includes(d)));
      issues.push({
        ...at,
        column: index + 1,
        value: name,
        message: 'the header names a column the schema does not declare',
        hint: suggestion ? `did you mean "${suggestion}"?` : `declare it in ${file.replace(/\.csv$/, '.schema.yaml')}, or remove it`,
      });
    }
  });
  for (const name of declared) {
    if (!csv.header.includes(name)) {
      issues.push({ ...at, value: name, message: `the header lacks the column "${name}"`, hint: `the schema declares: ${declared.join(', ')}` });
    }
  }
  if (issues.length === 0 && csv.records.length === 0) {
    issues.push({ ...at, message: 'the file has a header but no rows', hint: 'add the data rows below the header' });
  }
  return issues;
}

type Problem = Pick<DataIssue, 'message' | 'hint'>;

/** A reliability cell: its syntax, and the columns it names. */
function checkReliability(cell: string, names: readonly string[], self: string): Problem | undefined {
  const parsed = parseReliability(cell);
  if ('error' in parsed) return { message: parsed.error, hint: parsed.hint };
  return reliabilityProblem(parsed.entries, names, self);
}

/** A cell, or each of its values when the column declares a separator. */
function checkParts(value: Value, column: ColumnSchema, pattern: RegExp | undefined, references: References): Problem | undefined {
  const parts = typeof value === 'string' && column.separator ? value.split(column.separator) : [value];
  for (const part of parts) {
    if (column.values && typeof part === 'string' && !Object.hasOwn(column.values, part.trim())) {
      const allowed = Object.keys(column.values);
      const suggestion = closest(part.trim(), allowed);
      return {
        message: `"${part.trim()}" is not one of the values the schema lists for this column`,
        hint: suggestion ? `did you mean "${suggestion}"? The values: ${allowed.join(', ')}` : `the values: ${allowed.join(', ')}`,
      };
    }
    const problem = checkValue(typeof part === 'string' ? part.trim() : part, column, pattern, references);
    if (problem) return problem;
  }
  return undefined;
}

function checkValue(
  value: Value,
  column: ColumnSchema,
  pattern: RegExp | undefined,
  references: References,
): Pick<DataIssue, 'message' | 'hint'> | undefined {
  if (typeof value === 'number') {
    if (column.min !== undefined && value < column.min) return { message: `below the minimum ${column.min}`, hint: outOfRangeHint(column) };
    if (column.max !== undefined && value > column.max) return { message: `above the maximum ${column.max}`, hint: outOfRangeHint(column) };
  }
  if (typeof value === 'string') {
    if (pattern && !pattern.test(value)) {
      const leadingZeroLost = column.type === 'code' && /^\d+$/.test(value) && pattern.test(value.padStart(2, '0'));
      return {
        message: `does not match the pattern ${column.pattern}`,
        hint: leadingZeroLost
          ? `codes keep their leading zero: write ${value.padStart(2, '0')} (in Excel, format the column as Text before typing)`
          : `write a value matching ${column.pattern}`,
      };
    }
    const known = column.references ? references[column.references] : undefined;
    if (column.references && known && !known.has(value)) {
      const what = column.references === 'sources' ? `"${value}" is not the id of a source of this schema` : `not a known code of ${column.references}`;
      return { message: what, hint: referenceHints[column.references] };
    }
  }
  return undefined;
}

function outOfRangeHint(column: ColumnSchema): string {
  const range = `${column.min ?? '−∞'}–${column.max ?? '∞'}`;
  return `values of "${column.name}" must lie in ${range}${column.unit ? ` ${column.unit}` : ''}; check the value against the source`;
}
