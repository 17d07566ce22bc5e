import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildNodeFlags, buildPageCounts, tail } from '../../scripts/bench/astro-build.mjs';
import {
  benchStories,
  nextBenchStory,
  oldestPublished,
  seededRandom,
  storyTemplates,
  storyVocabulary,
  vietnamTime,
} from '../../scripts/bench/bench-stories.mjs';
import { descendants, parseStat } from '../../scripts/bench/process-tree.mjs';
import { storyFileIssues, storySlug } from '../../src/lib/stories/storyFiles.ts';
import { storySchema } from '../../src/lib/stories/storySchema.ts';

const storiesDir = join(import.meta.dirname, '../../src/content/stories');
const templates = storyTemplates(
  readdirSync(storiesDir)
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => ({ file, text: readFileSync(join(storiesDir, file), 'utf8') })),
);
const frontMatter = (text: string) => storySchema.parse(parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]));

describe('benchStories(templates, { count })', () => {
  const stories = benchStories(templates, { count: 60 });
  const data = stories.map(({ text }) => frontMatter(text));

  it('writes stories whose files pass the story checks, at distinct addresses beside the published ones', () => {
    const files = [...templates, ...stories].map(({ file, text }) => ({ path: `src/content/stories/${file}`, text }));
    expect(storyFileIssues(files, () => true)).toEqual([]);
    expect(new Set(stories.map(({ file }) => storySlug(file))).size).toBe(60);
  });

  it('dates every story in the past, at distinct times before the oldest published story, newest first', () => {
    const times = data.map((d) => d.publishedAt.getTime());
    expect(new Set(times).size).toBe(60);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(times[0]).toBeLessThan(oldestPublished(templates).getTime());
    expect(times.at(-1)).toBeGreaterThan(times[0] - 9 * 365 * 24 * 3_600_000);
    expect(stories[0].text).toMatch(/^publishedAt: \d{4}-\d\d-\d\dT\d\d:\d\d:00\+07:00$/m);
  });

  it('publishes every story, none featured, with sections, tags and authors the published stories use', () => {
    const vocabulary = storyVocabulary(templates);
    for (const d of data) {
      expect(d).toMatchObject({ draft: false, featured: false });
      expect(vocabulary.sections).toContainEqual(d.section);
      expect(vocabulary.tags).toEqual(expect.arrayContaining(d.tags));
      expect(vocabulary.authors).toEqual(expect.arrayContaining(d.authors));
    }
    expect(new Set(data.map((d) => d.section.join('/'))).size).toBe(vocabulary.sections.length);
    expect(new Set(data.flatMap((d) => d.tags)).size).toBe(vocabulary.tags.length);
  });

  it('copies the published stories in rotation, the one with the most charts first', () => {
    expect(stories[0].file).toBe(`bench-00000-${templates[0].file}`);
    expect(stories[templates.length].file).toBe(`bench-${String(templates.length).padStart(5, '0')}-${templates[0].file}`);
    const charts = (text: string) => (text.match(/<Chart\s/g) ?? []).length;
    expect(Math.max(...templates.map(({ text }) => charts(text)))).toBe(charts(stories[0].text));
  });

  it('gives the same stories on every run', () => {
    expect(benchStories(templates, { count: 60 })).toEqual(stories);
  });
});

describe('nextBenchStory(templates, { count })', () => {
  it('adds a story at a new address, newer than the synthetic ones and older than the published ones', () => {
    const stories = benchStories(templates, { count: 30 });
    const next = nextBenchStory(templates, { count: 30 });
    expect(stories.map(({ file }) => file)).not.toContain(next.file);
    const publishedAt = frontMatter(next.text).publishedAt.getTime();
    expect(publishedAt).toBeGreaterThan(frontMatter(stories[0].text).publishedAt.getTime());
    expect(publishedAt).toBeLessThan(oldestPublished(templates).getTime());
  });
});

describe('seededRandom(seed)', () => {
  it('repeats its numbers for one seed, in [0, 1)', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const numbers = Array.from({ length: 100 }, () => a());
    expect(numbers).toEqual(Array.from({ length: 100 }, () => b()));
    expect(numbers.every((n) => n >= 0 && n < 1)).toBe(true);
    expect(new Set(numbers).size).toBe(100);
  });
});

describe('vietnamTime(date)', () => {
  it('writes the time in Vietnam with its offset', () => {
    expect(vietnamTime(new Date('2024-08-12T20:48:00Z'))).toBe('2024-08-13T03:48:00+07:00');
  });
});

describe('buildPageCounts(log)', () => {
  const green = (s: string) => `\u001b[32m${s}\u001b[39m`;
  const dim = (s: string) => `\u001b[2m${s}\u001b[22m`;

  it('counts the pages an Astro build log shows rendered and reused, colours and all', () => {
    const log = [
      '03:40:34 [build] Building static entrypoints...',
      ` \u001b[38;5;246m╭─[\u001b[0m src/x.mdx:2:6 ]`,
      '03:40:35 \u001b[32m▶\u001b[39m src/pages/bai-viet/[slug].astro',
      `03:40:35   \u001b[34m├─\u001b[39m ${dim('/bai-viet/a/index.html')} ${dim('(+83ms)')} `,
      `03:40:35   ${green('├─')} ${dim('/bai-viet/b/index.html')} ${green('(cached)')}`,
      `03:40:35   ${green('├─')} ${dim('/bai-viet/c/index.html')} ${green('(restored)')}`,
      `03:40:35   \u001b[34m├─\u001b[39m ${dim('/bieu-do/d.png')} \u001b[31m(+1.02s)\u001b[39m `,
      '03:40:36 ✓ Completed in 1.20s.',
    ].join('\n');
    expect(buildPageCounts(log)).toEqual({ rendered: 2, reused: 2 });
  });

  it('counts each page once when concurrent rendering interleaves the lines', () => {
    expect(buildPageCounts('  ├─ /a/index.html  ├─ /b/index.html (cached)\n (+3ms)\n')).toEqual({ rendered: 1, reused: 1 });
  });
});

describe('tail(text, count)', () => {
  it('keeps the last lines', () => {
    expect(tail('a\nb\nc\n', 2)).toBe('b\nc');
  });
});

describe('descendants(root, table) and parseStat(text)', () => {
  it('finds a process and everything below it, and nothing else', () => {
    const table = [
      { pid: 10, ppid: 1 },
      { pid: 11, ppid: 10 },
      { pid: 12, ppid: 11 },
      { pid: 13, ppid: 10 },
      { pid: 20, ppid: 1 },
    ];
    expect(descendants(10, table).sort()).toEqual([10, 11, 12, 13]);
  });

  it('reads the parent pid after a command name holding spaces and parentheses', () => {
    expect(parseStat('4242 (node (bench) x) S 4241 4242 4242 0 -1 4194560')).toEqual({ pid: 4242, ppid: 4241 });
  });
});

describe('buildNodeFlags(dir)', () => {
  it('gives the bench the node flags of npm run build, so it measures the build as it is run', () => {
    expect(buildNodeFlags(join(import.meta.dirname, '../..'))).toEqual(['--max-old-space-size=1024']);
  });
});
