import type { APIRoute, GetStaticPaths } from 'astro';
import { readDatasetFile } from '../../lib/catalog/index.ts';
import { datasetCsvPath } from '../../lib/urls.ts';
import { datasetFilePaths } from '../../queries/datasetFiles.ts';

/** Every dataset's CSV, byte for byte as bundled in `data/`. */
export const getStaticPaths = (() =>
  datasetFilePaths(datasetCsvPath, (entry) => ({ file: entry.data.file }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  // During `astro build` the working directory is the project root, which `file` is relative to.
  new Response(readDatasetFile(process.cwd(), props.file as string), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
