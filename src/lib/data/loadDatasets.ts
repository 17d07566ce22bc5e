import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { BOUNDARY_CHANGES_ID, boundaryBreaks, withBoundaryBreaks } from './seriesBreaks.ts';
import type { DatasetSchema } from './datasetSchema.ts';
import { decodeUtf8 } from './decodeUtf8.ts';
import { DataValidationError, issue, type DataIssue } from './issues.ts';
import { parseCsv } from './parseCsv.ts';
import { provinceNamesOf } from './provinceNames.ts';
import { readSchema } from './readSchema.ts';
import type { Place } from '../yaml/readYaml.ts';
import type { Table } from './table.ts';
import { validateTable, type References } from './validateTable.ts';

/** The id of the reference table every province code joins to. */
export const PROVINCES_ID = 'provinces';

const SCHEMA_SUFFIX = '.schema.yaml';

/**
 * Loads and validates every dataset under `dataDir`: each `<name>.csv` with its
 * `<name>.schema.yaml`. The province reference table loads first, so that every other file's
 * province codes are checked against it. The boundary changes of `geo/boundary-changes.csv` are
 * then added to the `breaks` of every dataset whose province codes and years span them, so a
 * chart finds every break in its dataset's schema. Throws one DataValidationError listing every
 * problem of every file.
 *
 * @example loadDatasets('data', process.cwd()).get('poverty-rate-by-province')?.rows.length
 */
export function loadDatasets(dataDir: string, root: string): Map<string, Table> {
  const issues: DataIssue[] = [];
  const files = listFiles(dataDir);
  const display = (path: string) => relative(root, path).split(sep).join('/');

  const schemaFiles = files.filter((path) => path.endsWith(SCHEMA_SUFFIX));
  const schemas: { schema: DatasetSchema; csvPath: string; placeOf: (path: readonly PropertyKey[]) => Place | undefined }[] = [];
  for (const schemaPath of schemaFiles) {
    const result = readSchema(readFileSync(schemaPath, 'utf8'), display(schemaPath));
    if ('issues' in result) {
      issues.push(...result.issues);
      continue;
    }
    const name = basename(schemaPath, SCHEMA_SUFFIX);
    if (result.schema.id !== name) {
      issues.push(issue({ file: display(schemaPath), field: 'id', value: result.schema.id, ...result.placeOf(['id']) }, 'file.idMismatch', { name }));
    }
    schemas.push({ schema: result.schema, csvPath: schemaPath.slice(0, -SCHEMA_SUFFIX.length) + '.csv', placeOf: result.placeOf });
  }
  for (const csvPath of files.filter((path) => path.endsWith('.csv'))) {
    if (!files.includes(csvPath.slice(0, -'.csv'.length) + SCHEMA_SUFFIX)) {
      issues.push(issue({ file: display(csvPath), line: 1, column: 1 }, 'file.noSchema', { schemaFile: `${basename(csvPath, '.csv')}${SCHEMA_SUFFIX}` }));
    }
  }

  const tables = new Map<string, Table>();
  const load = ({ schema, csvPath }: (typeof schemas)[number], references: References) => {
    const result = loadTable(csvPath, display(csvPath), schema, references);
    if ('issues' in result) issues.push(...result.issues);
    else tables.set(schema.id, result.table);
  };

  const provinces = schemas.find(({ schema }) => schema.id === PROVINCES_ID);
  if (provinces) load(provinces, {});
  else issues.push(issue({ file: display(join(dataDir, 'geo', `${PROVINCES_ID}${SCHEMA_SUFFIX}`)), line: 1, column: 1 }, 'data.noProvinceTable'));
  const provinceTable = tables.get(PROVINCES_ID);
  const references: References = provinceTable
    ? {
        provinces: new Set(provinceTable.rows.map((row) => String(row.code))),
        province_names: provinceNamesOf(provinceTable.rows),
      }
    : {};

  const seen = new Set([PROVINCES_ID]);
  for (const entry of schemas) {
    if (entry === provinces) continue;
    if (seen.has(entry.schema.id)) {
      issues.push(issue({ file: display(entry.csvPath), line: 1, column: 1, value: entry.schema.id }, 'file.duplicateId'));
      continue;
    }
    seen.add(entry.schema.id);
    issues.push(...breakIssues(entry, display(entry.csvPath.slice(0, -'.csv'.length) + SCHEMA_SUFFIX), references));
    load(entry, references);
  }

  const changes = tables.get(BOUNDARY_CHANGES_ID);
  if (changes) {
    const result = boundaryBreaks(changes);
    if ('issues' in result) issues.push(...result.issues);
    else {
      for (const [id, table] of tables) {
        if (id !== PROVINCES_ID && id !== BOUNDARY_CHANGES_ID) tables.set(id, withBoundaryBreaks(table, result.breaks));
      }
    }
  }

  if (issues.length > 0) throw new DataValidationError(issues);
  return tables;
}

/** A break of a schema naming a province code that the province table does not hold. */
function breakIssues(
  { schema, placeOf }: { schema: DatasetSchema; placeOf: (path: readonly PropertyKey[]) => Place | undefined },
  file: string,
  references: References,
): DataIssue[] {
  const known = references.provinces;
  if (!known) return [];
  return schema.breaks.flatMap((b, i) =>
    b.provinces === 'all'
      ? []
      : b.provinces.flatMap((code, j) =>
          known.has(code)
            ? []
            : [issue({ file, ...(placeOf(['breaks', i, 'provinces', j]) ?? { line: 1, column: 1 }), field: `breaks.${i}.provinces.${j}`, value: code }, 'schema.breakUnknownProvince')],
        ),
  );
}

/** Reads, decodes, parses and validates one CSV against its schema. */
export function loadTable(
  csvPath: string,
  file: string,
  schema: DatasetSchema,
  references: References,
): { table: Table } | { issues: DataIssue[] } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(csvPath);
  } catch {
    return { issues: [issue({ file: file.replace(/\.csv$/, '.schema.yaml'), line: 1, column: 1 }, 'file.noCsv', { csvFile: file })] };
  }
  const decoded = decodeUtf8(bytes, file);
  if ('issues' in decoded) return decoded;
  const parsed = parseCsv(decoded.text, file, { delimiter: schema.delimiter, expectedColumns: schema.columns.map((c) => c.name) });
  if ('issues' in parsed) return parsed;
  return validateTable(parsed.csv, schema, file, references);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
