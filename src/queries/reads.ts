import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageAddress, type SavedPage } from '../lib/build/pageKey.ts';
import { ReadLog } from '../lib/build/readLog.ts';

const reading = new AsyncLocalStorage<ReadLog>();

/** The reads of the page rendering now; none outside a page (getStaticPaths, the dev server). */
export const currentReads = (): ReadLog | undefined => reading.getStore();

/** Notes a named input of the page rendering now (see `pageInputs` for the names). */
export const noteInput = (name: string): void => currentReads()?.input(name);

/** Runs `render` with `log` collecting what it reads. */
export const readingInto = <T>(log: ReadLog, render: () => Promise<T>): Promise<T> => reading.run(log, render);

export interface Shared<T> {
  value: Promise<T>;
  log: ReadLog;
}

/**
 * A computation shared by the pages of a build (a chart, the list of provinces), done once: it
 * collects its own reads, and every page that uses it has them noted as its own.
 */
export async function shared<T>(cache: Map<string, Shared<T>>, key: string, compute: () => Promise<T>): Promise<T> {
  let entry = cache.get(key);
  if (!entry) {
    const log = new ReadLog();
    entry = { value: readingInto(log, compute), log };
    cache.set(key, entry);
    // A failure must fail again for the next page too, not be cached as a success.
    entry.value.catch(() => cache.delete(key));
  }
  const { value, log } = entry;
  const result = await value;
  currentReads()?.merge(log);
  return result;
}

/** Where pages' reads are kept between builds, beside Astro's cache (astro.config.mjs); gitignored. */
const READS_DIR = join('.cache', 'thuocdo-reads');

const fileOf = (pathname: string) =>
  join(process.cwd(), READS_DIR, `${createHash('sha1').update(pageAddress(pathname)).digest('hex')}.json`);

export function savePage(pathname: string, page: SavedPage): void {
  mkdirSync(join(process.cwd(), READS_DIR), { recursive: true });
  writeFileSync(fileOf(pathname), JSON.stringify(page));
}

/** What was kept of the page at `pathname` when it last rendered; undefined when it never did. */
export function savedPage(pathname: string): SavedPage | undefined {
  try {
    return JSON.parse(readFileSync(fileOf(pathname), 'utf8')) as SavedPage;
  } catch {
    return undefined;
  }
}
