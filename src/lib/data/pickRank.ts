import { rankHighestFirst, type Rank } from '../provinces/rank.ts';
import { say, type Said } from '../ui/messages.ts';
import { cellMatches, DataReferenceError, describeWhere, numberProblem, selectRow, type Where } from './pickValue.ts';
import type { Row, Table } from './table.ts';

/**
 * The rank of one row among the rows matching `among`, by `column`, highest first, or why it has
 * none: `among` or `where` selects no row (see selectRow), the row is not among those ranked, or
 * its cell holds no number.
 */
export function rankOf(
  table: Pick<Table, 'id' | 'rows' | 'schema' | 'file' | 'lines'>,
  where: Where,
  among: Where,
  column: string,
): { rank: Rank } | { problem: { prop: 'where' | 'among'; column?: string; said: Said } } {
  for (const [name, value] of Object.entries(among)) {
    const found = selectRow(table, { [name]: value });
    if ('problem' in found && found.problem.said.key !== 'ref.manyRows') return { problem: { prop: 'among', ...found.problem } };
  }
  const candidates = table.rows.filter((row) => Object.entries(among).every(([name, value]) => cellMatches(row[name], value)));
  const selected = selectRow(table, where);
  if ('problem' in selected) {
    const inRanking = selectRow({ ...table, rows: candidates }, where);
    if ('row' in inRanking) return rankIn(table, candidates, inRanking.row, column);
    return { problem: { prop: 'where', ...selected.problem } };
  }
  if (!candidates.includes(selected.row)) return { problem: { prop: 'among', said: say('ref.notRanked', { among: describeWhere(among) }) } };
  return rankIn(table, candidates, selected.row, column);
}

function rankIn(
  table: Pick<Table, 'id' | 'rows' | 'schema' | 'file' | 'lines'>,
  candidates: Row[],
  row: Row,
  column: string,
): { rank: Rank } | { problem: { prop: 'where'; said: Said } } {
  const problem = numberProblem(table, row, column);
  if (problem) return { problem: { prop: 'where', said: problem } };
  const values = new Map(candidates.map((r, i) => [String(i), typeof r[column] === 'number' ? (r[column] as number) : null]));
  return { rank: rankHighestFirst(values).get(String(candidates.indexOf(row)))! };
}

/**
 * The rank of one row among the rows matching `among`, by `column`, highest first (rank 1 is the
 * highest rate: the poorest), computed from the data so that a story never types a rank by hand.
 * Throws a DataReferenceError (Vietnamese) when `where` does not pick exactly one of those rows
 * or its value is missing.
 *
 * @example pickRank(table, { province_code: '10' }, { level: 'province' }, 'value') // { rank: 9, of: 63, tiedWith: [] }
 */
export function pickRank(table: Pick<Table, 'id' | 'rows' | 'schema' | 'file' | 'lines'>, where: Where, among: Where, column: string): Rank {
  const ranked = rankOf(table, where, among, column);
  if ('problem' in ranked) throw new DataReferenceError(ranked.problem.said);
  return ranked.rank;
}
