import type { DatasetSchema } from '../data/datasetSchema.ts';
import { datasetSummary } from '../data/datasetSummary.ts';
import type { Table } from '../data/table.ts';
import { formatInteger } from '../format/number.ts';
import { formatYears } from '../format/years.ts';
import { catalogStrings } from '../ui/catalog.ts';
import { datasetColumns, rowKeySentence, type ColumnItem } from './datasetColumns.ts';
import { datasetCsvPath, datasetExcelCsvPath } from '../urls.ts';
import { datasetPreview, type DatasetPreview } from './datasetPreview.ts';
import { datasetSources, type SourceItem } from './datasetSources.ts';
import { formatFileSize } from './fileSize.ts';

/** A label and its value, for a `<dl>`. */
export interface Fact {
  label: string;
  value: string;
}

/** Everything a dataset's page shows, formatted. */
export interface DatasetPage {
  id: string;
  title: string;
  description: string;
  csvPath: string;
  /** The same data with a byte-order mark, for Excel. */
  excelCsvPath: string;
  excelFileName: string;
  /** The bundled file's name, e.g. `poverty-rate-by-province.csv`. */
  fileName: string;
  facts: Fact[];
  sources: SourceItem[];
  licence: DatasetSchema['licence'];
  caveats: string[];
  columns: ColumnItem[];
  /** "Mỗi dòng là …", when the schema says what a row is. */
  eachRow?: string;
  /** Which columns tell rows apart, by their labels. */
  rowKey: string;
  primaryKey: string[];
  preview: DatasetPreview;
}

/**
 * A dataset's page from its collection entry and the size of its file in bytes.
 *
 * @example datasetPage({ file: 'data/gso/poverty-rate-by-province.csv', schema, rows, decimals }, 42141).facts[2]
 *   // { label: 'Tệp', value: 'poverty-rate-by-province.csv (41,2 KB)' }
 */
export function datasetPage(dataset: Pick<Table, 'file' | 'schema' | 'rows' | 'decimals'>, bytes: number): DatasetPage {
  const { file, schema, rows, decimals } = dataset;
  const fileName = file.split('/').pop()!;
  const { rowCount, years } = datasetSummary({ schema, rows });
  return {
    id: schema.id,
    title: schema.title,
    description: schema.description,
    csvPath: datasetCsvPath(schema.id),
    excelCsvPath: datasetExcelCsvPath(schema.id),
    excelFileName: fileName.replace(/\.csv$/, '-excel.csv'),
    fileName,
    facts: [
      { label: catalogStrings.rows, value: formatInteger(rowCount) },
      { label: catalogStrings.years, value: formatYears(years) || catalogStrings.noYears },
      { label: catalogStrings.file, value: `${fileName} (${formatFileSize(bytes)})` },
      { label: catalogStrings.decimal, value: catalogStrings.decimalMarks[schema.decimal] },
    ],
    sources: datasetSources(schema.sources),
    licence: schema.licence,
    caveats: schema.caveats,
    columns: datasetColumns(schema.columns, rows),
    ...(schema.eachRow ? { eachRow: catalogStrings.eachRow(schema.eachRow) } : {}),
    rowKey: rowKeySentence(schema.columns, schema.primaryKey),
    primaryKey: schema.primaryKey,
    preview: datasetPreview(schema, rows, decimals),
  };
}
