import { getCollection, getEntry } from 'astro:content';
import type { Table } from '../lib/data/index.ts';

const tables = new Map<string, Promise<Table>>();

/** A dataset as a Table, read from the collection once per build. */
export function datasetTable(id: string): Promise<Table> {
  let table = tables.get(id);
  if (!table) {
    table = (async () => {
      const entry = await getEntry('datasets', id);
      if (!entry) throw new Error(`no dataset has the id "${id}" (the CSV files in data/)`);
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
