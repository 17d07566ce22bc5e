import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { readDatasetFile } from '../../lib/catalog/index.ts';

/** Every dataset's CSV, byte for byte as bundled in `data/`. */
export const getStaticPaths = (async () =>
  (await getCollection('datasets')).map((entry) => ({
    params: { id: entry.id },
    props: { file: entry.data.file },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  // During `astro build` the working directory is the project root, which `file` is relative to.
  new Response(readDatasetFile(process.cwd(), props.file as string), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
