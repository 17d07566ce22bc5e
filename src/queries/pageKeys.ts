import { getCollection } from 'astro:content';
import { cacheKey, inputsKey, pageAddress, propsDigest, type KeySources } from '../lib/build/pageKey.ts';
import type { ReadLog } from '../lib/build/readLog.ts';
import { currentTables, rowCount } from './datasets.ts';
import { savedPage, savePage } from './reads.ts';
import { stories, storyDigests } from './stories.ts';

let sources: Promise<KeySources> | undefined;

/** The current state of everything a page can read, gathered once per build. */
function keySources(): Promise<KeySources> {
  sources ??= (async () => {
    const [tables, charts, digests, published] = await Promise.all([
      currentTables(),
      getCollection('charts'),
      storyDigests(),
      stories(),
    ]);
    const inputs = new Map<string, string>([
      ['stories', propsDigest(published.map((story) => [story.id, String(story.digest)]))],
      ['day', new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date())],
    ]);
    for (const chart of charts) inputs.set(`entry:charts:${chart.id}`, String(chart.digest));
    for (const [id, digest] of digests) inputs.set(`entry:stories:${id}`, digest);
    return { table: (id) => tables.get(id), input: (name) => inputs.get(name) };
  })();
  return sources;
}

/** The pages of this build with a cache key, by address: the digest of their props and the key Astro holds. */
const keyed = new Map<string, { props: string; cacheKey: string }>();

/**
 * The entries of a getStaticPaths with the `cacheKey` of Astro's incremental build: a page is
 * rebuilt when its props, or the current values of what it read when it last rendered, differ
 * (src/lib/build/pageKey.ts). `pathOf` gives an entry's address; `alsoKeyedBy`, what else it
 * shows that it does not read through src/queries (a file's bytes).
 */
export async function withCacheKeys<Entry extends { params: Record<string, string | undefined>; props?: unknown }>(
  entries: readonly Entry[],
  pathOf: (entry: Entry) => string,
  alsoKeyedBy: (entry: Entry) => unknown = () => null,
): Promise<(Entry & { cacheKey: string })[]> {
  const current = await keySources();
  return entries.map((entry) => {
    const path = pageAddress(pathOf(entry));
    const props = propsDigest([entry.params, entry.props ?? null, alsoKeyedBy(entry)]);
    const key = cacheKey(props, savedPage(path), current);
    keyed.set(path, { props, cacheKey: key });
    return { ...entry, cacheKey: key };
  });
}

/**
 * Keeps what a page with a cache key read while it rendered, with the key of those inputs now
 * and the key Astro holds for it, for the next build (see `cacheKey`).
 */
export async function keepReads(pathname: string, log: ReadLog): Promise<void> {
  const path = pageAddress(pathname);
  const page = keyed.get(path);
  if (!page) return;
  const record = log.record(rowCount);
  const inputs = inputsKey(page.props, record, await keySources());
  // An input unknown now (a chart removed meanwhile) leaves the page unkept: it renders next time.
  if (inputs !== undefined) savePage(path, { record, inputs, cacheKey: page.cacheKey });
}
