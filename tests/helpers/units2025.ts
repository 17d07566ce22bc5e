import { join } from 'node:path';
import { loadDatasets, PROVINCES_ID, provincesFrom } from '../../src/lib/data/index.ts';
import { provinces2025, type Province2025 } from '../../src/lib/provinces/provinces2025.ts';

let cached: { units: Province2025[]; provinces: ReturnType<typeof provincesFrom> } | undefined;

/** The 34 units and the 63 provinces, from the bundled data (read once per test file). */
function load() {
  if (!cached) {
    const root = join(import.meta.dirname, '../..');
    const tables = loadDatasets(join(root, 'data'), root);
    const provinces = provincesFrom(tables.get(PROVINCES_ID)!);
    cached = { provinces, units: provinces2025(provinces, tables.get('province-merger-2025')!) };
  }
  return cached;
}

export const units2025 = () => load().units;
export const provinces63 = () => load().provinces;
