import { getCollection, getEntry } from 'astro:content';
import { DataReferenceError, type Table } from '../lib/data/index.ts';
import { closest } from '../lib/text/closest.ts';
import { say } from '../lib/ui/messages.ts';

const tables = new Map<string, Promise<Table>>();

/** A dataset as a Table, read from the collection once per build. */
export function datasetTable(id: string): Promise<Table> {
  let table = tables.get(id);
  if (!table) {
    table = (async () => {
      const entry = await getEntry('datasets', id);
      if (!entry) {
        const ids = (await getCollection('datasets')).map((dataset) => dataset.id);
        throw new DataReferenceError(say('data.unknownDataset', {}, closest(id, ids)));
      }
      const { file, schema, rows, decimals } = entry.data;
      return { id, file, schema, rows, lines: [], decimals };
    })();
    tables.set(id, table);
  }
  return table;
}

/** Every dataset's id (the CSV names of `data/`). */
export async function datasetIds(): Promise<string[]> {
  return (await getCollection('datasets')).map((entry) => entry.id);
}
