import type { APIRoute, GetStaticPaths } from 'astro';
import { excelCsv, readDatasetFile } from '../../lib/catalog/index.ts';
import { datasetExcelCsvPath } from '../../lib/urls.ts';
import { datasetFilePaths } from '../../queries/datasetFiles.ts';

/** Every dataset's CSV for Excel: a byte-order mark, formulas neutralised; the data unchanged. */
export const getStaticPaths = (() =>
  datasetFilePaths(datasetExcelCsvPath, (entry) => ({
    file: entry.data.file,
    schema: entry.data.schema,
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(excelCsv(readDatasetFile(process.cwd(), props.file), props.schema, props.file), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
