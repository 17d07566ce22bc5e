/**
 * How far a value can be trusted, as the data says it: a dataset column of type `reliability`
 * holds, for each row, how its values were read and what is known to be wrong with them. Code
 * never decides that a province or a year is doubtful; it only reads this column.
 *
 * A cell lists entries separated by `|`. An entry is a word of the vocabulary below, for the
 * whole row, or followed by the columns it concerns in parentheses:
 *
 *     press_paraphrase|estimate(poor_households)|inconsistent(poverty_rate_pct near_poor_rate_pct)
 *
 * The words for readers (labels, markers) live in `src/lib/ui/reliability.ts`.
 */

import { closest } from '../text/closest.ts';
import { say, type Said } from '../ui/messages.ts';

/** How a value was read: at most one per cell (a scoped one replaces the row's for its columns). */
export const readingValues = ['official_table', 'portal_paraphrase', 'press_paraphrase', 'secondary'] as const;

/** What is known to be doubtful about a value; any number per cell. */
export const flagValues = ['estimate', 'inconsistent', 'conflicting', 'suspected_misprint'] as const;

/** Every word a reliability cell may use. */
export const reliabilityValues = [...readingValues, ...flagValues] as const;

export type Reading = (typeof readingValues)[number];
export type Flag = (typeof flagValues)[number];
export type Reliability = Reading | Flag;

/** One entry of a reliability cell: a word, for the whole row (`columns: null`) or for some of its columns. */
export interface ReliabilityEntry {
  value: Reliability;
  columns: string[] | null;
}

/** The separator between entries of a reliability cell. */
export const RELIABILITY_SEPARATOR = '|';

const entryPattern = /^([a-z_]+)(?:\(([^()]*)\))?$/;

/** True for the words that say how a value was read (at most one applies to a value). */
export const isReading = (value: Reliability): value is Reading => (readingValues as readonly string[]).includes(value);

/**
 * The entries of a reliability cell, or why it cannot be read. Column names are checked against
 * the schema by `reliabilityProblem`.
 *
 * @example parseReliability('secondary|estimate(poor_households)')
 * // { entries: [{ value: 'secondary', columns: null }, { value: 'estimate', columns: ['poor_households'] }] }
 */
export function parseReliability(cell: string): { entries: ReliabilityEntry[] } | { problem: Said } {
  const entries: ReliabilityEntry[] = [];
  for (const part of cell.trim().split(RELIABILITY_SEPARATOR)) {
    const match = entryPattern.exec(part.trim());
    if (!match) {
      return { problem: say('reliability.notEntry', { part: part.trim(), words: reliabilityValues.join(', ') }) };
    }
    const [, word, inside] = match;
    if (!(reliabilityValues as readonly string[]).includes(word)) {
      return { problem: say('reliability.notWord', { word, words: reliabilityValues.join(', ') }, closest(word, reliabilityValues)) };
    }
    const columns = inside === undefined ? null : inside.trim().split(/\s+/).filter(Boolean);
    if (columns !== null && columns.length === 0) {
      return { problem: say('reliability.noColumns', { part: part.trim(), word }) };
    }
    entries.push({ value: word as Reliability, columns });
  }
  return { entries };
}

/**
 * What is wrong with a reliability cell against its dataset's columns: an unknown column, the
 * reliability column itself, a word given twice for one column, or two readings for one column.
 * Undefined when it is fine.
 */
export function reliabilityProblem(
  entries: readonly ReliabilityEntry[],
  columns: readonly string[],
  self: string,
): Said | undefined {
  for (const entry of entries) {
    for (const column of entry.columns ?? []) {
      if (column === self || !columns.includes(column)) {
        const others = columns.filter((c) => c !== self);
        return say(
          'reliability.unknownColumn',
          { entry: `${entry.value}(${entry.columns!.join(' ')})`, column, columns: others.join(', ') },
          closest(column, others),
        );
      }
    }
  }
  const seen = new Set<string>();
  for (const scope of [null, ...columns]) {
    const applying = entries.filter((e) => (scope === null ? e.columns === null : e.columns?.includes(scope)));
    const readings = applying.filter((e) => isReading(e.value));
    if (readings.length > 1) {
      return say('reliability.twoReadings', { scope: scope === null ? 'hàng' : `cột "${scope}"`, readings: readings.map((e) => e.value).join(', ') });
    }
    for (const e of applying) {
      const key = `${scope}:${e.value}`;
      if (seen.has(key)) return say('reliability.twice', { word: e.value, scope: scope === null ? 'hàng' : `cột "${scope}"` });
      seen.add(key);
    }
  }
  return undefined;
}

/** The name of a dataset's reliability column, if it has one (a schema has at most one). */
export function reliabilityColumn(schema: { columns: readonly { name: string; type: string }[] }): string | undefined {
  return schema.columns.find((c) => c.type === 'reliability')?.name;
}

/** The entries of a row's reliability cell; none when the dataset has no such column or the cell is empty. */
export function rowReliability(row: Readonly<Record<string, unknown>>, schema: { columns: readonly { name: string; type: string }[] }): ReliabilityEntry[] {
  const name = reliabilityColumn(schema);
  const cell = name === undefined ? null : row[name];
  if (typeof cell !== 'string' || cell.trim() === '') return [];
  const parsed = parseReliability(cell);
  if ('problem' in parsed) throw new Error(`reliability cell ${JSON.stringify(cell)}: ${parsed.problem.message}`);
  return parsed.entries;
}

/**
 * What applies to one value of a row: its reading (a reading scoped to the column replaces the
 * row's) and every flag for the row or the column, in vocabulary order.
 *
 * @example cellReliability(entries, 'poor_households') // { reading: 'secondary', flags: ['estimate'] }
 */
export function cellReliability(entries: readonly ReliabilityEntry[], column: string): { reading: Reading | null; flags: Flag[] } {
  const applies = (e: ReliabilityEntry) => e.columns === null || e.columns.includes(column);
  const scopedReading = entries.find((e) => e.columns?.includes(column) && isReading(e.value));
  const rowReading = entries.find((e) => e.columns === null && isReading(e.value));
  const flags = flagValues.filter((flag) => entries.some((e) => e.value === flag && applies(e)));
  const reading = (scopedReading ?? rowReading)?.value;
  return { reading: reading === undefined ? null : (reading as Reading), flags };
}
