// Synthetic stories for the benchmarks: copies of the published stories under new file names,
// dated in the past and spread over the years, with the sections, tags and authors the real
// stories use. Deterministic (seeded by the story's number), so two runs build the same site.
// Synthetic stories exist only in the throwaway copies the benchmark builds; never published.
import { posix } from 'node:path';
import { parseDocument } from 'yaml';

const frontMatterPattern = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;
const minute = 60_000;

/**
 * A pseudo-random generator (mulberry32): the same seed gives the same numbers in [0, 1).
 *
 * @example seededRandom(1)() // 0.6270739405881613
 */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A story file's front matter (as a `yaml` Document, so what is not changed keeps its form) and
 * the text after it.
 */
export function storyParts(text) {
  const match = frontMatterPattern.exec(text);
  if (!match) throw new Error('a story must start with front matter between two "---" lines');
  return { frontMatter: parseDocument(match[1]), body: text.slice(match[0].length) };
}

/**
 * The published stories to copy, in rotation: the one with the most charts first (the heaviest
 * page), then the others by file name. Drafts are left out.
 *
 * @param {{ file: string, text: string }[]} files
 */
export function storyTemplates(files) {
  const charts = (text) => (text.match(/<Chart\s/g) ?? []).length;
  return files
    .filter(({ text }) => storyParts(text).frontMatter.get('draft') !== true)
    .sort((a, b) => charts(b.text) - charts(a.text) || a.file.localeCompare(b.file));
}

/** Distinct values in first-seen order, compared by their JSON. */
function distinct(values) {
  return [...new Map(values.map((value) => [JSON.stringify(value), value])).values()];
}

/** The sections, tags and authors the templates use: what the synthetic stories draw from. */
export function storyVocabulary(templates) {
  const data = templates.map(({ text }) => storyParts(text).frontMatter.toJS());
  return {
    sections: distinct(data.map((d) => d.section)),
    tags: distinct(data.flatMap((d) => d.tags ?? [])),
    authors: distinct(data.flatMap((d) => d.authors)),
  };
}

/**
 * A date and time in Vietnam with its offset, as stories write it.
 *
 * @example vietnamTime(new Date('2024-08-12T09:48:00Z')) // '2024-08-12T16:48:00+07:00'
 */
export function vietnamTime(date) {
  return `${new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
}

/** The oldest `publishedAt` of the templates: the synthetic stories are dated before it. */
export function oldestPublished(templates) {
  return new Date(Math.min(...templates.map(({ text }) => new Date(storyParts(text).frontMatter.get('publishedAt')).getTime())));
}

/**
 * `count` distinct dates, newest first, from `newest` back over `years` years in whole minutes.
 *
 * @example pastDates(2, { newest: new Date('2026-01-01T00:00:00Z'), years: 1 }) // [2026-01-01, 2025-07-02T…]
 */
export function pastDates(count, { newest, years }) {
  const step = Math.max(1, Math.floor((years * 365 * 24 * 60) / Math.max(1, count))) * minute;
  return Array.from({ length: count }, (_, i) => new Date(newest.getTime() - i * step));
}

/** Up to `count` different items of `pool`, drawn with `random`. */
function pick(pool, count, random) {
  const left = [...pool];
  return Array.from({ length: Math.min(count, left.length) }, () => left.splice(Math.floor(random() * left.length), 1)[0]);
}

/**
 * Synthetic story number `index`: a copy of `template` under a new file name, dated
 * `publishedAt`, published (neither draft nor featured), with a section, one to four tags and
 * one or two authors drawn from `vocabulary` by a generator seeded with `index`.
 *
 * @returns {{ file: string, text: string }}
 */
export function benchStory(template, { index, publishedAt, vocabulary }) {
  const random = seededRandom(index + 1);
  const { frontMatter, body } = storyParts(template.text);
  const flow = (values) => frontMatter.createNode(values, { flow: true });
  frontMatter.set('publishedAt', vietnamTime(publishedAt));
  frontMatter.set('section', flow(pick(vocabulary.sections, 1, random)[0]));
  frontMatter.set('tags', flow(pick(vocabulary.tags, 1 + Math.floor(random() * 4), random)));
  frontMatter.set('authors', flow(pick(vocabulary.authors, random() < 0.2 ? 2 : 1, random)));
  frontMatter.set('draft', false);
  frontMatter.set('featured', false);
  const file = `bench-${String(index).padStart(5, '0')}-${posix.basename(template.file)}`;
  return { file, text: `---\n${frontMatter.toString({ lineWidth: 0 })}---\n${body}` };
}

/**
 * `count` synthetic stories from the templates in rotation, the newest a day before the oldest
 * published story, the rest spread back over `years` years.
 *
 * @example benchStories(templates, { count: 200 }) // [{ file: 'bench-00000-….mdx', text: '---\n…' }, …]
 */
export function benchStories(templates, { count, years = 8 }) {
  const vocabulary = storyVocabulary(templates);
  const newest = new Date(oldestPublished(templates).getTime() - 24 * 60 * minute);
  return pastDates(count, { newest, years }).map((publishedAt, index) =>
    benchStory(templates[index % templates.length], { index, publishedAt, vocabulary }),
  );
}

/**
 * One more story after `benchStories(templates, { count })`: the next number, dated an hour after
 * the newest of them (so newer than every synthetic story, older than every published one).
 */
export function nextBenchStory(templates, { count }) {
  const publishedAt = new Date(oldestPublished(templates).getTime() - 23 * 60 * minute);
  return benchStory(templates[count % templates.length], { index: count, publishedAt, vocabulary: storyVocabulary(templates) });
}
