import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDatasets, type Table } from '../../src/lib/data/index.ts';
import { projectRoot } from '../helpers/astro.ts';

// tests/helpers/siteSetup.ts has built the site.
const dist = join(projectRoot, 'dist');

/**
 * English a reader met on the dataset pages before they were put in Vietnamese (issue 8, item 6):
 * source titles, collectors' notes, preview values. Whole words, case-insensitive.
 */
const englishSeen = [
  'poverty rate',
  'whole country',
  'red river delta',
  'permanent house',
  'semi-permanent',
  'final',
  'preliminary',
  'percentage of households',
  'copy read',
  'title descriptive',
  'reconstructed from the url',
  'url as recorded',
  'weak source',
  'official statistics',
  'only carries',
  'rows of change',
  'the resolution',
  'commit',
  'membership',
  'reported separately',
  'press paraphrase',
  'merged',
  'unchanged',
  'as reported',
  'households',
  'share of communes',
  'the',
  'of the',
  'and the',
  'is',
  'was',
  'were',
  'not',
];

/** Words for developers that readers met in the columns section. */
const developerTerms = ['slug', 'khóa chính', 'kiểu', 'primary key', 'văn bản / mã', 'null'];

/** What a reader reads: the article without identifiers, addresses and the folded details for checkers. */
function readerText(html: string): string {
  const { document } = parseHTML(html);
  const article = document.querySelector('article.dataset-page')!;
  article.querySelectorAll('code, .source-origin, .dataset-developers, .visually-hidden').forEach((e) => e.remove());
  // Text nodes one by one, so cells do not run into one another.
  const text: string[] = [];
  const walk = (node: Node) => node.childNodes.forEach((n) => (n.nodeType === 3 ? text.push(n.textContent ?? '') : walk(n)));
  walk(article);
  return text.join(' ').replace(/https?:\/\/\S+/g, ' ');
}

const wordsIn = (text: string, list: readonly string[]) =>
  list.filter((word) => new RegExp(`(^|[^\\p{L}\\d_-])${word}(?=$|[^\\p{L}\\d_-])`, 'iu').test(text));

describe('the dataset pages in dist/ speak Vietnamese to readers', () => {
  let tables: Table[] = [];
  const page = (id: string) => readFileSync(join(dist, `du-lieu/${id}/index.html`), 'utf8');

  beforeAll(() => {
    tables = [...loadDatasets(join(projectRoot, 'data'), projectRoot).values()];
  });

  it('shows no English met before and no developer term outside identifiers and the folded details', () => {
    expect(tables.length).toBeGreaterThan(0);
    for (const { id } of tables) {
      const text = readerText(page(id));
      expect({ id, english: wordsIn(text, englishSeen) }).toEqual({ id, english: [] });
      expect({ id, developer: wordsIn(text, developerTerms) }).toEqual({ id, developer: [] });
    }
  });

  it('titles every source in Vietnamese, keeping a non-Vietnamese original in its "Nguồn gốc" detail', () => {
    for (const { id, schema } of tables) {
      const { document } = parseHTML(page(id));
      const items = [...document.querySelectorAll('.source-list > li')];
      expect(items).toHaveLength(schema.sources.length);
      schema.sources.forEach((source, i) => {
        const title = items[i].querySelector('.source-title')!.textContent!.trim();
        expect(title, `${id}: ${source.title}`).toMatch(/[à-ỹÀ-Ỹđ]/u);
        const origin = items[i].querySelector('details.source-origin');
        if (source.originalTitle || source.originalNote) {
          expect(origin?.querySelector('summary')?.textContent).toBe('Nguồn gốc');
          if (source.originalTitle) expect(origin!.textContent).toContain(source.originalTitle);
          if (source.originalNote) expect(origin!.textContent).toContain(source.originalNote.replace(/\s+/g, ' '));
        } else expect(origin, `${id}: ${source.title}`).toBeNull();
      });
    }
  });

  it('keeps the licence note first written in English in the licence\'s "Nguồn gốc" detail', () => {
    const withOriginal = tables.filter(({ schema }) => schema.licence.originalNote);
    expect(withOriginal.length).toBeGreaterThan(0);
    for (const { id, schema } of withOriginal) {
      const { document } = parseHTML(page(id));
      const origin = document.querySelector('#giay-phep')!.parentElement!.querySelector('details.source-origin')!;
      expect(origin.textContent, id).toContain(schema.licence.originalNote!);
    }
  });

  it('says what one row is, and shows preview values by their Vietnamese labels', () => {
    for (const { id, schema } of tables) {
      expect(schema.eachRow, id).toBeDefined();
      expect(page(id)).toContain(`Mỗi dòng là ${schema.eachRow}.`);
    }
    const poverty = readerText(page('poverty-rate-by-province'));
    expect(poverty).toContain('Tỷ lệ hộ nghèo');
    expect(poverty).toContain('chính thức');
    const infrastructure = readerText(page('province-infrastructure-long'));
    expect(infrastructure).toContain('Tỷ lệ xã có điện');
  });
});
