import { PROVINCES_ID, provincesFrom, type Province } from '../lib/data/index.ts';
import { MERGER_2025_ID } from '../lib/provinces/provinceProfile.ts';
import { provinces2025, type Province2025 } from '../lib/provinces/provinces2025.ts';
import { datasetTable } from './datasets.ts';

let provinces: Promise<Map<string, Province>> | undefined;
let units: Promise<Province2025[]> | undefined;

/** The 63 provinces of the reference table, by code, read once per build. */
export function allProvinces(): Promise<Map<string, Province>> {
  provinces ??= datasetTable(PROVINCES_ID).then(provincesFrom);
  return provinces;
}

/** The 34 units since 1 July 2025 with their predecessors, built once per build for every page that shows them. */
export function allUnits2025(): Promise<Province2025[]> {
  units ??= Promise.all([allProvinces(), datasetTable(MERGER_2025_ID)]).then(([all, merger]) => provinces2025(all, merger));
  return units;
}
