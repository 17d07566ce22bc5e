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
export function parseReliability(cell: string): { entries: ReliabilityEntry[] } | { error: string; hint: string } {
  const entries: ReliabilityEntry[] = [];
  for (const part of cell.trim().split(RELIABILITY_SEPARATOR)) {
    const match = entryPattern.exec(part.trim());
    if (!match) {
      return {
        error: `"${part.trim()}" is not a reliability entry`,
        hint: `write words of the list (${reliabilityValues.join(', ')}) separated by "|", each optionally followed by the columns it concerns: estimate(poor_households)`,
      };
    }
    const [, word, inside] = match;
    if (!(reliabilityValues as readonly string[]).includes(word)) {
      return { error: `"${word}" is not a reliability word`, hint: `use one of: ${reliabilityValues.join(', ')} (see docs/du-lieu.md)` };
    }
    const columns = inside === undefined ? null : inside.trim().split(/\s+/).filter(Boolean);
    if (columns !== null && columns.length === 0) {
      return { error: `"${part.trim()}" names no column in its parentheses`, hint: `name the columns it concerns, e.g. ${word}(poor_households), or drop the parentheses for the whole row` };
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
): { message: string; hint: string } | undefined {
  for (const entry of entries) {
    for (const column of entry.columns ?? []) {
      if (column === self || !columns.includes(column)) {
        return {
          message: `"${entry.value}(${entry.columns!.join(' ')})" names "${column}", which is not a value column of this dataset`,
          hint: `name columns of the dataset: ${columns.filter((c) => c !== self).join(', ')}`,
        };
      }
    }
  }
  const seen = new Set<string>();
  for (const scope of [null, ...columns]) {
    const applying = entries.filter((e) => (scope === null ? e.columns === null : e.columns?.includes(scope)));
    const readings = applying.filter((e) => isReading(e.value));
    if (readings.length > 1) {
      return {
        message: `${scope === null ? 'the row' : `the column "${scope}"`} is given two ways of reading: ${readings.map((e) => e.value).join(', ')}`,
        hint: 'keep one reading (official_table, portal_paraphrase, press_paraphrase or secondary) for the row, and one more per column at most',
      };
    }
    for (const e of applying) {
      const key = `${scope}:${e.value}`;
      if (seen.has(key)) return { message: `"${e.value}" is given twice for ${scope === null ? 'the row' : `"${scope}"`}`, hint: 'write each word once' };
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
  if ('error' in parsed) throw new Error(`reliability cell ${JSON.stringify(cell)}: ${parsed.error}`);
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
