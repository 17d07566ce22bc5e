/**
 * A reliability column made readable: the markers beside the values it concerns, the legend
 * that explains them, and a sentence for a CSV cell. The data says what is doubtful; this only
 * writes it (words from src/lib/ui/reliability.ts).
 */
import { isReading, reliabilityValues, type Reliability, type ReliabilityEntry } from '../data/reliability.ts';
import { reliabilityText } from '../ui/reliability.ts';

/** A marker and what it means, one line of a legend. */
export interface Footnote {
  mark: string;
  text: string;
}

const markOf = (value: Reliability): string[] => {
  const mark = reliabilityText[value].mark;
  return mark === undefined ? [] : [mark];
};

/**
 * The markers of each shown column of a row. An entry for the whole row marks the first shown
 * column (the row's name: a province, a year); an entry for some columns marks those columns.
 * A reading given for a column replaces the row's reading there.
 *
 * @example rowMarks(parse('press_paraphrase|estimate(poor_households)'), ['province_code', 'poor_households'])
 * // [[], ['≈']]
 */
export function rowMarks(entries: readonly ReliabilityEntry[], shown: readonly string[]): Reliability[][] {
  return shown.map((column, i) => {
    const scoped = entries.filter((e) => e.columns?.includes(column));
    const whole = i === 0 ? entries.filter((e) => e.columns === null) : [];
    // A reading given for the column replaces the row's reading there.
    const replaced = scoped.some((e) => isReading(e.value)) ? whole.filter((e) => !isReading(e.value)) : whole;
    const keys = new Set([...replaced, ...scoped].map((e) => e.value));
    return reliabilityValues.filter((value) => keys.has(value));
  });
}

/** The marker characters for some reliability words (words without a marker left out). */
export function marksOf(keys: readonly Reliability[]): string[] {
  return keys.flatMap(markOf);
}

/**
 * One legend line per marker used, in vocabulary order.
 *
 * @example footnotes(['estimate']) // [{ mark: '≈', text: 'Số gần đúng: nguồn ghi “khoảng”.' }]
 */
export function footnotes(used: Iterable<Reliability>): Footnote[] {
  const set = new Set(used);
  return reliabilityValues
    .filter((value) => set.has(value) && reliabilityText[value].mark !== undefined)
    .map((value) => ({ mark: reliabilityText[value].mark!, text: reliabilityText[value].description }));
}

/**
 * A reliability cell in words, with the columns an entry concerns by their labels.
 *
 * @example describeReliability(parse('press_paraphrase|estimate(poor_households)'), () => 'Số hộ nghèo')
 * // 'theo báo chí dẫn lại; số gần đúng (Số hộ nghèo)'
 */
export function describeReliability(
  entries: readonly ReliabilityEntry[],
  labelOf: (column: string) => string = (c) => c,
): string {
  return entries
    .map(({ value, columns }) => {
      const label = reliabilityText[value].label;
      return columns === null ? label : `${label} (${columns.map(labelOf).join(', ')})`;
    })
    .join('; ');
}
