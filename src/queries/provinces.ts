import { PROVINCES_ID, provincesFrom, type Province } from '../lib/data/index.ts';
import { MERGER_2025_ID } from '../lib/provinces/provinceProfile.ts';
import { provinces2025, type Province2025 } from '../lib/provinces/provinces2025.ts';
import { datasetTable } from './datasets.ts';
import { shared, type Shared } from './reads.ts';

const provinces = new Map<string, Shared<Map<string, Province>>>();
const units = new Map<string, Shared<Province2025[]>>();

/** The 63 provinces of the reference table, by code, read once per build. */
export function allProvinces(): Promise<Map<string, Province>> {
  return shared(provinces, PROVINCES_ID, async () => provincesFrom(await datasetTable(PROVINCES_ID)));
}

/** The 34 units since 1 July 2025 with their predecessors, built once per build for every page that shows them. */
export function allUnits2025(): Promise<Province2025[]> {
  return shared(units, MERGER_2025_ID, async () => provinces2025(await allProvinces(), await datasetTable(MERGER_2025_ID)));
}
