/**
 * The numbers a published story reads from data (`<So>`, `<DataValue>`, `<DataChange>`, `<DataRank>`), each with the
 * sentence it stands in. Stories read their figures from `data/`, so a revised CSV rewrites
 * published sentences: a committed record of these numbers lets a test name every sentence a
 * data change moves, until the story carries a correction for it.
 */

import { say } from '../ui/messages.ts';

export interface StoryNumber {
  /**
   * The sentence with each number of the story replaced by `{}`: what identifies a number
   * whatever value it shows, so that a change of data is told apart from a change of text.
   */
  key: string;
  /** The sentence as readers see it. */
  sentence: string;
  /** The number as shown, e.g. `58,2%`. */
  value: string;
  dataset: string;
}

const blocks = /<(p|li|h[2-6]|td|th|figcaption|dd)\b[^>]*>([\s\S]*?)<\/\1>/g;
const dataValue = /<span class="data-value"[^>]*?data-dataset="([^"]*)"[^>]*>([\s\S]*?)<\/span>/g;

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00A0' };
const decode = (html: string) =>
  html.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#') && name !== '#39') return String.fromCodePoint(Number(name.slice(1)));
    return entities[name] ?? whole;
  });
const text = (html: string) => decode(html.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ');

/** Stands for a number while sentences are split: U+0000 cannot occur in published text (src/lib/text/safeText.ts). */
const PLACEHOLDER = '\u0000';

/** Sentence ends: `.`, `?`, `!` or `:` followed by a space and a capital or a digit. */
const sentenceEnd = /(?<=[.?!:])\s+(?=[\p{Lu}\d“"(])/u;

/**
 * The numbers of a built story page, in reading order, from the HTML of its story body.
 *
 * @example storyNumbers('<p>Tỷ lệ là <span class="data-value" data-dataset="d">58,2%</span>.</p>')
 *   // [{ key: 'Tỷ lệ là {}.', sentence: 'Tỷ lệ là 58,2%.', value: '58,2%', dataset: 'd' }]
 */
export function storyNumbers(html: string): StoryNumber[] {
  const numbers: StoryNumber[] = [];
  for (const [, , inner] of html.matchAll(blocks)) {
    // A list item holding paragraphs is read through its paragraphs.
    if (!inner.includes('data-value') || /<(p|li)\b/.test(inner)) continue;
    const values: { dataset: string; value: string }[] = [];
    const masked = text(
      inner.replace(dataValue, (_, dataset: string, value: string) => {
        values.push({ dataset, value: text(value).trim() });
        return PLACEHOLDER;
      }),
    ).trim();
    let index = 0;
    for (const template of masked.split(sentenceEnd)) {
      const count = template.split(PLACEHOLDER).length - 1;
      const shown = values.slice(index, index + count);
      index += count;
      const parts = template.split(PLACEHOLDER);
      const sentence = parts.reduce((text, part, i) => text + shown[i - 1].value + part);
      for (const { dataset, value } of shown) numbers.push({ key: parts.join('{}'), sentence, value, dataset });
    }
  }
  return numbers;
}

/** A story's numbers as recorded when it was (last) confirmed. */
export interface NumbersRecord {
  /** When the record was written, ISO 8601. */
  recordedAt: string;
  numbers: StoryNumber[];
}

export interface NumberChange {
  sentence: string;
  dataset: string;
  from: string;
  to: string;
}

/**
 * The recorded numbers whose sentence still stands but whose value changed. A sentence that was
 * rewritten or removed is the editor's change, not the data's: it is not reported. Numbers are
 * matched by sentence and by their place among the numbers of that sentence.
 */
export function changedNumbers(recorded: readonly StoryNumber[], current: readonly StoryNumber[]): NumberChange[] {
  const byKey = (numbers: readonly StoryNumber[]) => {
    const groups = new Map<string, StoryNumber[]>();
    for (const number of numbers) groups.set(number.key, [...(groups.get(number.key) ?? []), number]);
    return groups;
  };
  const now = byKey(current);
  const changes: NumberChange[] = [];
  for (const [key, before] of byKey(recorded)) {
    const after = now.get(key);
    if (!after || after.length !== before.length) continue;
    before.forEach((old, i) => {
      if (old.value !== after[i].value)
        changes.push({ sentence: after[i].sentence, dataset: old.dataset, from: old.value, to: after[i].value });
    });
  }
  return changes;
}

/**
 * The changes no correction of the story accounts for: a correction dated after the record and
 * naming the new value (as shown) accounts for a change.
 */
export function uncorrectedChanges(
  changes: readonly NumberChange[],
  corrections: readonly { date: Date; text: string }[],
  recordedAt: Date,
): NumberChange[] {
  const later = corrections.filter((c) => c.date.getTime() > recordedAt.getTime());
  return changes.filter((change) => !later.some((c) => c.text.includes(change.to)));
}

/** The record of every story: story id → its numbers. */
export type StoriesRecord = Record<string, NumbersRecord>;

/**
 * The record after confirming the current numbers: a story whose numbers are unchanged keeps its
 * entry and date, so that a correction dated before the next data change cannot account for it.
 */
export function recordNumbers(previous: StoriesRecord, current: ReadonlyMap<string, StoryNumber[]>, now: Date): StoriesRecord {
  const record: StoriesRecord = {};
  for (const [id, numbers] of [...current].sort(([a], [b]) => a.localeCompare(b))) {
    const before = previous[id];
    const same = before && JSON.stringify(before.numbers) === JSON.stringify(numbers);
    record[id] = same ? before : { recordedAt: now.toISOString(), numbers };
  }
  return record;
}

/**
 * What a data change did to published stories that no correction accounts for, one message per
 * change (in Vietnamese: editors act on it), naming the story, the sentence and old → new.
 */
export function numberChangeMessages(
  record: StoriesRecord,
  current: ReadonlyMap<string, StoryNumber[]>,
  corrections: ReadonlyMap<string, readonly { date: Date; text: string }[]>,
): string[] {
  const messages: string[] = [];
  for (const [id, numbers] of current) {
    const recorded = record[id];
    if (!recorded) continue;
    const changes = uncorrectedChanges(
      changedNumbers(recorded.numbers, numbers),
      corrections.get(id) ?? [],
      new Date(recorded.recordedAt),
    );
    for (const change of changes) {
      const { message, hint } = say('record.numberChanged', {
        story: id,
        dataset: change.dataset,
        from: change.from,
        to: change.to,
        sentence: change.sentence,
      });
      messages.push(`${message}\n    → ${hint}`);
    }
  }
  return messages;
}
