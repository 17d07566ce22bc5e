import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyProject, runAstro } from '../helpers/astro.ts';

/** The files of a build, by path, with their bytes; Pagefind's index aside (it is written whole each time). */
function files(dist: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dist, { recursive: true })
      .map(String)
      .filter((file) => !file.startsWith('pagefind') && !file.startsWith('_astro'))
      .filter((file) => /\.(html|csv|svg|png|json|xml|txt|js)$/.test(file))
      .map((file) => [file, readFileSync(join(dist, file))]),
  );
}

/** A page's output file as the build log names it (`/bai-viet/x/index.html`) → as `files` names it. */
const fileOf = (logged: string) => logged.replace(/^\//, '');

/** The files a build rendered and those it kept, from Astro's log (`├─ /x/index.html (+12ms)` or `(cached)`). */
function buildLog(output: string): { rendered: Set<string>; kept: Set<string> } {
  const rendered = new Set<string>();
  const kept = new Set<string>();
  for (const match of output.matchAll(/[├└]─ (\S+) \((cached|restored|\+[\d.]+m?s)\)/g)) {
    (match[2] === 'cached' || match[2] === 'restored' ? kept : rendered).add(fileOf(match[1]));
  }
  return { rendered, kept };
}

function build(copy: string, ...args: string[]) {
  const result = runAstro(['build', ...args], copy);
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  return { log: buildLog(result.stdout + result.stderr), files: files(join(copy, 'dist')) };
}

/** The chart a file of a chart belongs to (its page, embed, exports, oEmbed), if it is one. */
const chartOf = (file: string) => /^(?:bieu-do|nhung|oembed)\/([a-z0-9-]+?)(?:\.[a-z.]+|\/.*)?$/.exec(file)?.[1];

describe('incremental builds', () => {
  let copy: string;
  let first: ReturnType<typeof build>;
  let again: ReturnType<typeof build>;

  beforeAll(() => {
    copy = copyProject();
    first = build(copy);
    again = build(copy);
  }, 180_000);

  it('keeps every page with a cache key when nothing changed, and renders only the few pages without one', () => {
    expect(again.log.kept.size).toBeGreaterThan(300);
    // The pages without a key are the lists of everything (front page, indexes, feed): always rendered.
    expect([...again.log.rendered].sort()).toEqual(
      [
        '404.html',
        'bieu-do/index.html',
        'du-lieu/index.html',
        'index.html',
        'nhung.js',
        'robots.txt',
        'rss.xml',
        'tim-kiem/index.html',
        'tinh/2025/index.html',
        'tinh/index.html',
      ].sort(),
    );
    expect(again.files).toEqual(first.files);
  });

  it('rebuilds exactly the pages that show a changed cell, and the result is the full build’s', () => {
    const keyed = again.log.kept;
    const csv = join(copy, 'data/gso/poverty-rate-by-province.csv');
    const text = readFileSync(csv, 'utf8');
    // Lai Châu's poverty rate in 2012: in two stories, three charts, the dataset and both province pages.
    const changed = text.replace(/^(12,Lai Châu,2012,Poverty rate,)([\d.]+),/m, (_, head: string, value: string) => {
      expect(value).not.toBe('39.9');
      return `${head}39.9,`;
    });
    expect(changed).not.toBe(text);
    writeFileSync(csv, changed);

    const incremental = build(copy);
    const full = build(copy, '--force');
    expect(full.log.kept.size).toBe(0);

    // Nothing stale: every file is what a full build writes.
    expect([...incremental.files.keys()].sort()).toEqual([...full.files.keys()].sort());
    const stale = [...full.files].filter(([file, bytes]) => !incremental.files.get(file)?.equals(bytes)).map(([file]) => file);
    expect(stale).toEqual([]);

    // Every keyed file whose bytes changed was rebuilt, and the others were kept...
    const differ = [...keyed].filter((file) => !first.files.get(file)?.equals(full.files.get(file)!));
    const rebuilt = [...keyed].filter((file) => incremental.log.rendered.has(file));
    expect(differ.length).toBeGreaterThan(5);
    expect(rebuilt).toEqual(expect.arrayContaining(differ));
    // ...except the other files of a chart that shows the cell: its exports and oEmbed answer are
    // drawn from the same chart, and rebuilt with it even where they draw another year.
    const changedCharts = new Set(differ.map(chartOf).filter(Boolean));
    const beyond = rebuilt.filter((file) => !differ.includes(file));
    expect(beyond.filter((file) => !changedCharts.has(chartOf(file)))).toEqual([]);
    expect(rebuilt.length).toBeLessThan(keyed.size / 8);
  });
});
