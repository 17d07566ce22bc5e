import { getCollection, getEntry } from 'astro:content';
import { watchedTable } from '../lib/build/readLog.ts';
import { DataReferenceError, type Table } from '../lib/data/index.ts';
import { closest } from '../lib/text/closest.ts';
import { say } from '../lib/ui/messages.ts';
import { currentReads } from './reads.ts';

const tables = new Map<string, Promise<{ raw: Table; watched: Table }>>();
const rowCounts = new Map<string, number>();

/** The number of rows of a dataset this build has read (0 for one it has not). */
export const rowCount = (id: string): number => rowCounts.get(id) ?? 0;

function loaded(id: string): Promise<{ raw: Table; watched: Table }> {
  let table = tables.get(id);
  if (!table) {
    table = (async () => {
      const entry = await getEntry('datasets', id);
      if (!entry) {
        const ids = (await getCollection('datasets')).map((dataset) => dataset.id);
        throw new DataReferenceError(say('data.unknownDataset', {}, closest(id, ids)));
      }
      const { file, schema, rows, decimals } = entry.data;
      const raw: Table = { id, file, schema, rows, lines: [], decimals };
      rowCounts.set(id, rows.length);
      return { raw, watched: watchedTable(raw, currentReads) };
    })();
    tables.set(id, table);
  }
  return table;
}

/**
 * A dataset as a Table, read from the collection once per build. The page rendering notes each
 * cell it reads (src/queries/reads.ts), so that a later build rebuilds it when one changes.
 */
export async function datasetTable(id: string): Promise<Table> {
  return (await loaded(id)).watched;
}

/** Every dataset as a Table, by id: for pages that show what each one holds of a province. */
export async function allTables(): Promise<Map<string, Table>> {
  const ids = await datasetIds();
  return new Map(await Promise.all(ids.map(async (id) => [id, await datasetTable(id)] as const)));
}

/** Every dataset as it is now, unwatched, by id: what the pages' cache keys compare (src/queries/pageKeys.ts). */
export async function currentTables(): Promise<Map<string, Table>> {
  const ids = await datasetIds();
  return new Map(await Promise.all(ids.map(async (id) => [id, (await loaded(id)).raw] as const)));
}

/** Every dataset's id (the CSV names of `data/`). */
export async function datasetIds(): Promise<string[]> {
  return (await getCollection('datasets')).map((entry) => entry.id);
}
