import { join } from 'node:path';
import { loadDatasets, PROVINCES_ID, provincesFrom, type Table } from '../lib/data/index.ts';
import type { ChartContext } from '../lib/charts/index.ts';
import topology from '../../data/geo/vn-provinces-63.topo.json' with { type: 'json' };

export interface ProjectData {
  tables: Map<string, Table>;
  context: ChartContext;
}

let cached: { root: string; data: ProjectData } | undefined;

/**
 * The validated datasets of `data/`, read once per process and shared by the collection
 * loaders (datasets, charts). `forget()` drops them when a watched file changes.
 */
export function projectData(root: string): ProjectData {
  if (cached?.root !== root) {
    const tables = loadDatasets(join(root, 'data'), root);
    const provinces = provincesFrom(tables.get(PROVINCES_ID)!);
    cached = { root, data: { tables, context: { provinces, topology } } };
  }
  return cached.data;
}

export function forget(): void {
  cached = undefined;
}
