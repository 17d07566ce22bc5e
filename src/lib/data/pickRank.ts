import { rankHighestFirst, type Rank } from '../provinces/rank.ts';
import { pickRow, type Where } from './pickValue.ts';
import type { Table } from './table.ts';

/**
 * The rank of one row among the rows matching `among`, by `column`, highest first (rank 1 is the
 * highest rate: the poorest), computed from the data so that a story never types a rank by hand.
 * Throws, naming the dataset, when `where` does not pick exactly one of those rows or its value
 * is missing.
 *
 * @example pickRank(table, { province_code: '10' }, { level: 'province' }, 'value') // { rank: 9, of: 63, tiedWith: [] }
 */
export function pickRank(table: Pick<Table, 'id' | 'rows'>, where: Where, among: Where, column: string): Rank {
  const candidates = table.rows.filter((row) => Object.entries(among).every(([name, value]) => row[name] === value));
  const row = pickRow({ id: table.id, rows: candidates }, where);
  const values = new Map(candidates.map((r, i) => [String(i), typeof r[column] === 'number' ? (r[column] as number) : null]));
  const rank = rankHighestFirst(values).get(String(candidates.indexOf(row)));
  if (!rank) throw new Error(`${table.id}: ${JSON.stringify(where)} has no number in "${column}" to rank`);
  return rank;
}
