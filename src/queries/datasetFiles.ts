import { getCollection, type CollectionEntry } from 'astro:content';
import { createHash } from 'node:crypto';
import { readDatasetFile } from '../lib/catalog/index.ts';
import { withCacheKeys } from './pageKeys.ts';

/**
 * The getStaticPaths of a route with one download per dataset, at `pathOf(id)`: a download is
 * the file's bytes, so its cache key is their digest as well as its props.
 */
export async function datasetFilePaths<Props>(
  pathOf: (id: string) => string,
  propsOf: (entry: CollectionEntry<'datasets'>) => Props,
) {
  const entries = await getCollection('datasets');
  // During `astro build` the working directory is the project root, which `file` is relative to.
  const bytes = new Map(entries.map((entry) => [entry.id, readDatasetFile(process.cwd(), entry.data.file)]));
  return withCacheKeys(
    entries.map((entry) => ({ params: { id: entry.id }, props: propsOf(entry) })),
    ({ params }) => pathOf(params.id),
    ({ params }) => createHash('sha256').update(bytes.get(params.id)!).digest('base64url'),
  );
}
