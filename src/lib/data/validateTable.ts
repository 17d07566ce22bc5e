import { closest } from '../text/closest.ts';
import type { ColumnSchema, DatasetSchema } from './datasetSchema.ts';
import { say, type Said } from '../ui/messages.ts';
import { issue, type DataIssue } from './issues.ts';
import { isMissing, parseCell } from './parseCell.ts';
import type { ParsedCsv } from './parseCsv.ts';
import type { ProvinceNames } from './provinceNames.ts';
import { parseReliability, reliabilityProblem } from './reliability.ts';
import type { Decimals, Row, Table, Value } from './table.ts';

/**
 * What the reference table data/geo/provinces.csv holds: its 63 codes (`references:
 * provinces`) and its names (`references: province_names`). Absent only when that table failed
 * to load itself: its own issues are reported, and checking every code against nothing would
 * bury them under noise.
 */
export interface References {
  provinces?: ReadonlySet<string>;
  province_names?: ProvinceNames;
}

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
  const known: Known = { provinces: references.provinces, sources: new Set(schema.sources.flatMap((s) => (s.id === undefined ? [] : [s.id]))) };
  const codeColumn = schema.columns.find((c) => c.references === 'provinces')?.name;
  const nameColumns = schema.columns.filter((c) => c.references === 'province_names');
  const names = schema.columns.map((column) => column.name);
  const columns = schema.columns.map((column) => ({ column, index: csv.header.indexOf(column.name) }));
  const patterns = new Map(schema.columns.filter((c) => c.pattern).map((c) => [c.name, new RegExp(`^(?:${c.pattern})$`, 'u')]));
  const rows: Row[] = [];
  const lines: number[] = [];
  const decimals: Decimals[] = [];
  const keys = new Map<string, number>();

  for (const record of csv.records) {
    if (record.fields.length !== csv.header.length) {
      issues.push(issue({ file, line: record.line, column: 1 }, 'csv.fieldCount', { fields: record.fields.length, header: csv.header.length, delimiter: csv.delimiter }));
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
          issues.push(issue(at, 'csv.emptyCell'));
        }
        continue;
      }
      const parsed = parseCell(cell, column, schema.decimal);
      if ('problem' in parsed) {
        issues.push({ ...at, ...parsed.problem });
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
    // Province names last: `when` reads the row's other cells, and a name is checked against its code.
    for (const column of nameColumns) {
      const index = csv.header.indexOf(column.name);
      const name = row[column.name];
      if (typeof name !== 'string' || !holdsProvince(row, column.when) || column.except?.includes(name)) continue;
      const at = { file, line: record.line, column: index + 1, columnName: column.name, value: record.fields[index] };
      const code = codeColumn === undefined ? null : row[codeColumn];
      const checked = checkProvinceName(name, typeof code === 'string' ? code : undefined, references.province_names);
      if ('problem' in checked) issues.push({ ...at, ...checked.problem });
      else row[column.name] = checked.name;
    }
    // A row whose own cells failed has no trustworthy key: comparing it would only add noise.
    const key = JSON.stringify(schema.primaryKey.map((name) => row[name]));
    const firstLine = issues.length > issuesBefore ? undefined : keys.get(key);
    if (firstLine !== undefined) {
      issues.push(
        issue(
          { file, line: record.line, column: 1, value: schema.primaryKey.map((name) => `${name}=${record.fields[csv.header.indexOf(name)]}`).join(', ') },
          'csv.duplicateKey',
          { line: firstLine, columns: schema.primaryKey.join(' + ') },
        ),
      );
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
      issues.push(issue({ ...at, column: index + 1, value: name }, 'csv.duplicateHeader'));
    } else if (!declared.includes(name)) {
      const suggestion = closest(name, declared.filter((d) => !csv.header.includes(d)));
      issues.push(issue({ ...at, column: index + 1, value: name }, 'csv.undeclaredColumn', { schemaFile: file.replace(/\.csv$/, '.schema.yaml') }, suggestion));
    }
  });
  for (const name of declared) {
    if (!csv.header.includes(name)) {
      issues.push(issue({ ...at, column: 1 }, 'csv.missingColumn', { column: name, columns: declared.join(', ') }));
    }
  }
  if (issues.length === 0 && csv.records.length === 0) {
    issues.push(issue({ ...at, column: 1 }, 'csv.noRows'));
  }
  return issues;
}

type Problem = Said;

/** Codes and ids a cell may reference. */
interface Known {
  provinces?: ReadonlySet<string>;
  sources: ReadonlySet<string>;
}

/** Does the row name a province in a `province_names` column? Every row does, unless `when` says which. */
function holdsProvince(row: Row, when: Readonly<Record<string, string | readonly string[]>> | undefined): boolean {
  if (when === undefined) return true;
  return Object.entries(when).every(([column, wanted]) => (typeof wanted === 'string' ? [wanted] : wanted).includes(String(row[column])));
}

/**
 * A province name, as the reference table writes it ("Hoà Bình" → "Hòa Bình"), or why it is
 * not one: unknown (with the closest name, or the name of the row's code), or not the name of
 * the row's own code.
 */
function checkProvinceName(name: string, code: string | undefined, names: ProvinceNames | undefined): { name: string } | { problem: Problem } {
  if (!names) return { name };
  const found = names.find(name);
  const ofCode = code === undefined ? undefined : names.byCode(code);
  if (!found) return { problem: say('cell.unknownProvinceName', {}, ofCode?.name ?? names.suggest(name)) };
  if (ofCode && ofCode.code !== found.code) return { problem: say('cell.provinceNameMismatch', { code: ofCode.code, expected: ofCode.name }) };
  return { name: found.name };
}

/** A reliability cell: its syntax, and the columns it names. */
function checkReliability(cell: string, names: readonly string[], self: string): Problem | undefined {
  const parsed = parseReliability(cell);
  if ('problem' in parsed) return parsed.problem;
  return reliabilityProblem(parsed.entries, names, self);
}

/** A cell, or each of its values when the column declares a separator. */
function checkParts(value: Value, column: ColumnSchema, pattern: RegExp | undefined, references: Known): Problem | undefined {
  const parts = typeof value === 'string' && column.separator ? value.split(column.separator) : [value];
  for (const part of parts) {
    if (column.values && typeof part === 'string' && !Object.hasOwn(column.values, part.trim())) {
      const allowed = Object.keys(column.values);
      return say('cell.notAListedValue', { part: part.trim(), values: allowed.join(', ') }, closest(part.trim(), allowed));
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
  references: Known,
): Problem | undefined {
  if (typeof value === 'number') {
    const range = { column: column.name, range: `${column.min ?? '−∞'}–${column.max ?? '∞'}${column.unit ? ` ${column.unit}` : ''}` };
    if (column.min !== undefined && value < column.min) return say('cell.belowMinimum', { minimum: column.min, ...range });
    if (column.max !== undefined && value > column.max) return say('cell.aboveMaximum', { maximum: column.max, ...range });
  }
  if (typeof value === 'string') {
    if (pattern && !pattern.test(value)) {
      const leadingZeroLost = column.type === 'code' && /^\d+$/.test(value) && pattern.test(value.padStart(2, '0'));
      return leadingZeroLost ? say('cell.leadingZero', { padded: value.padStart(2, '0') }) : say('cell.pattern', { pattern: column.pattern! });
    }
    if (column.references === 'provinces' && references.provinces && !references.provinces.has(value)) {
      return say('cell.unknownProvinceCode');
    }
    if (column.references === 'sources' && !references.sources.has(value)) {
      return say('cell.unknownSource', { part: value }, closest(value, references.sources));
    }
  }
  return undefined;
}
