import { createHash, randomUUID } from 'node:crypto';
import type { Table } from '../data/table.ts';
import { TABLE_SHAPE, WHOLE_ROW, type ReadRecord } from './readLog.ts';

/** Where a key reads the current state of what a page read last time. */
export interface KeySources {
  /** A dataset as it is now (unwatched); undefined when it no longer exists. */
  table(id: string): Table | undefined;
  /** The current value of a named input (`entry:charts:<id>`…); undefined when unknown. */
  input(name: string): string | undefined;
}

/**
 * A digest of a value as `stableJson` writes it: what a page shows of its own (its params and
 * props), the list of stories.
 */
export function propsDigest(props: unknown): string {
  return createHash('sha256').update(stableJson(props)).digest('base64url');
}

/**
 * The key of a page's inputs: the digest of its props, and the current values of everything it
 * read when it last rendered (`record`). It changes when one of those changes, and only then.
 * Undefined for a page never rendered, or one of whose inputs is unknown now.
 *
 * @example inputsKey(propsDigest({ slug: 'lai-chau' }), record, sources) // 'Jc1Y…' (43 characters)
 */
export function inputsKey(props: string, record: ReadRecord | undefined, sources: KeySources): string | undefined {
  if (!record) return undefined;
  const hash = createHash('sha256').update(props);
  for (const [dataset, columns] of Object.entries(record.cells)) {
    const table = sources.table(dataset);
    hash.update(`\u0000${dataset}`);
    if (!table) {
      hash.update('\u0000missing');
      continue;
    }
    for (const [column, rows] of Object.entries(columns)) {
      hash.update(`\u0000${column}\u0000`);
      if (column === TABLE_SHAPE) hash.update(`${table.rows.length}\u0000${stableJson(table.schema)}`);
      else if (rows === '*') hash.update(columnDigest(table, column));
      else for (const row of rows) hash.update(cellText(table, row, column));
    }
  }
  for (const name of record.inputs) {
    const value = sources.input(name);
    if (value === undefined) return undefined;
    hash.update(`\u0000${name}\u0000${value}`);
  }
  return hash.digest('base64url');
}

/** What is kept of a page between builds: what it read, the key of its inputs then, and the key Astro holds for it. */
export interface SavedPage {
  record: ReadRecord;
  inputs: string;
  cacheKey: string;
}

/**
 * The cache key to give Astro for a page. Astro keeps the page when the key is the one it holds:
 * the saved key when the page's inputs are as they were when it last rendered, a new one
 * otherwise (always for a page never rendered). The saved key, not the inputs' key, because a
 * page learns what it reads only by rendering, after Astro has taken its key.
 */
export function cacheKey(props: string, saved: SavedPage | undefined, sources: KeySources): string {
  const now = inputsKey(props, saved?.record, sources);
  if (saved && now !== undefined && now === saved.inputs) return saved.cacheKey;
  return now ?? `new:${randomUUID()}`;
}

/** A cell and its printed decimals as text; the whole row for `WHOLE_ROW`. */
function cellText(table: Table, row: number, column: string): string {
  const cells = table.rows[row];
  if (!cells) return '\u0000none';
  if (column === WHOLE_ROW) return `\u0000${stableJson(cells)}${stableJson(table.decimals[row])}`;
  return `\u0000${JSON.stringify(cells[column] ?? null)}:${table.decimals[row]?.[column] ?? ''}`;
}

const columnDigests = new WeakMap<Table, Map<string, string>>();

/** A digest of a column in every row, computed once per table. */
function columnDigest(table: Table, column: string): string {
  let digests = columnDigests.get(table);
  if (!digests) columnDigests.set(table, (digests = new Map()));
  let digest = digests.get(column);
  if (digest === undefined) {
    const hash = createHash('sha256').update(String(table.rows.length));
    for (let row = 0; row < table.rows.length; row++) hash.update(cellText(table, row, column));
    digests.set(column, (digest = hash.digest('base64url')));
  }
  return digest;
}

/**
 * A page's address as its reads are kept under it: with or without a trailing slash (Astro's
 * paginate writes none) it is one page.
 *
 * @example pageAddress('/the/dien/2/') // '/the/dien/2'
 */
export const pageAddress = (pathname: string): string => pathname.replace(/\/$/, '');

/**
 * JSON with object keys sorted, Maps and Sets as arrays, and a collection entry as its id and
 * data only: what a list shows of a story is its front matter, and its text is read (and keyed)
 * by the page that renders it.
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof Map) return [...item.entries()];
    if (item instanceof Set) return [...item.values()];
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    const record = item as Record<string, unknown>;
    if (typeof record.collection === 'string' && 'data' in record && 'id' in record) {
      return { collection: record.collection, id: record.id, data: record.data };
    }
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, record[key]]),
    );
  });
}
