import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { searchDocument } from '../lib/search/searchInput.ts';
import { partCount, searchPart } from '../lib/search/searchParts.ts';

/** Pages sent to Pagefind at once. */
const PAGES_IN_FLIGHT = 4;

/** What a merged part needs beside the main one's script and WebAssembly: its index files. */
const MERGED_PART_FILES = /^(pagefind-entry\.json|.*\.pf_meta|index|fragment|filter)$/;

/**
 * Indexes the built site with Pagefind after the build: of each page marked `data-pagefind-body`
 * (stories, province pages), what `searchDocument` gives (its indexed elements, their đ-words
 * folded), so lists and navigation are not results.
 *
 * The index is written in parts of at most about 500 pages (`searchPart`): the first at /pagefind/,
 * the others at /pagefind/<n>/, which the search page merges (`/pagefind/parts.json` lists them).
 * Each part is built alone, so Pagefind's memory is one part's however large the archive, and a
 * part whose pages' search documents are unchanged since the last build is copied from
 * `.cache/thuocdo-search/` instead of built again.
 */
export function search(): AstroIntegration {
  return {
    name: 'thuocdo-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const cache = join(process.cwd(), '.cache', 'thuocdo-search');
        const parts = indexedPages(out);
        let built = 0;
        for (const [part, pages] of parts.entries()) {
          const kept = join(cache, String(part));
          const digest = partDigest(pages);
          if (readIfExists(join(kept, '.digest')) !== digest) {
            rmSync(kept, { recursive: true, force: true });
            await indexPart(out, pages, kept);
            writeFileSync(join(kept, '.digest'), digest);
            built++;
          }
          const target = part === 0 ? join(out, 'pagefind') : join(out, 'pagefind', String(part));
          mkdirSync(target, { recursive: true });
          for (const name of readdirSync(kept)) {
            if (name === '.digest' || (part !== 0 && !MERGED_PART_FILES.test(name))) continue;
            cpSync(join(kept, name), join(target, name), { recursive: true });
          }
        }
        const merged = parts.slice(1).map((_, i) => String(i + 1));
        writeFileSync(join(out, 'pagefind', 'parts.json'), JSON.stringify(merged));
        await pagefind.close();
        const count = parts.reduce((sum, pages) => sum + pages.length, 0);
        const counted = parts.length === 1 ? 'one part' : `${parts.length} parts`;
        logger.info(
          `indexed ${count} pages for search in ${counted} (${built} written, the others unchanged since the last build)`,
        );
      },
    },
  };
}

interface IndexedPage {
  file: string;
  digest: string;
}

/** The pages to index, by part, each with the digest of what is indexed of it (read again when its part is written). */
function indexedPages(out: string): IndexedPage[][] {
  const files = readdirSync(out, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .sort();
  const pages: IndexedPage[] = [];
  for (const file of files) {
    const html = readFileSync(join(out, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    // Exactly what Pagefind is given: a change elsewhere on the page leaves its part as it was.
    pages.push({ file, digest: createHash('sha256').update(searchDocument(html)).digest('base64url') });
  }
  const perPart = Number(process.env.THUOCDO_SEARCH_PART_PAGES) || undefined;
  const parts: IndexedPage[][] = Array.from({ length: partCount(pages.length, perPart) }, () => []);
  for (const page of pages) parts[searchPart(page.file, parts.length)].push(page);
  return parts;
}

/** A part's digest: its pages and Pagefind's version, which writes the files. */
function partDigest(pages: readonly IndexedPage[]): string {
  const hash = createHash('sha256').update(PAGEFIND_VERSION);
  for (const { file, digest } of pages) hash.update(`\u0000${file}\u0000${digest}`);
  return hash.digest('base64url');
}

const PAGEFIND_VERSION = (
  JSON.parse(readFileSync(join(process.cwd(), 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }
).version;

/** Builds one part of the index from its pages into `outputPath`, then frees it in Pagefind. */
async function indexPart(out: string, pages: readonly IndexedPage[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  // Pagefind parses in its own process: a few pages in flight keep both it and this one busy.
  let next = 0;
  const addPages = async () => {
    while (next < pages.length) {
      const { file } = pages[next++];
      const result = await index.addHTMLFile({
        sourcePath: file,
        content: searchDocument(readFileSync(join(out, file), 'utf8')),
      });
      if (result.errors.length > 0) throw new Error(`Pagefind, ${file}: ${result.errors.join('; ')}`);
    }
  };
  await Promise.all(Array.from({ length: PAGES_IN_FLIGHT }, addPages));
  await index.writeFiles({ outputPath });
  await index.deleteIndex();
}

const readIfExists = (path: string): string | undefined => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
