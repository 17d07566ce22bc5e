import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { FOLDED_MARKER } from '../lib/search/excerpt.ts';
import { foldedDWords, htmlText } from '../lib/search/fold.ts';
import { withoutIgnored } from '../lib/search/searchInput.ts';

/** Pages sent to Pagefind at once. */
const PAGES_IN_FLIGHT = 4;

/**
 * Indexes the built site with Pagefind after the build. Only content marked `data-pagefind-body`
 * (stories, province pages) is indexed, so lists and navigation are not results. Each indexed
 * page also gets its đ-words folded (`đường` → `duong`), at a low weight, in the index only:
 * readers typing without diacritics find them, and exact spellings still rank first. They come
 * after `FOLDED_MARKER`, where result excerpts stop (`src/lib/search/excerpt.ts`). Pagefind is
 * handed each page without what it would ignore (`withoutIgnored`): the same index, from a
 * tenth of the HTML, which keeps indexing an archive of thousands of stories quick and small.
 */
export function search(): AstroIntegration {
  return {
    name: 'thuocdo-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const files = readdirSync(out, { recursive: true })
          .map(String)
          .filter((f) => f.endsWith('.html'))
          .sort();
        // Pagefind parses in its own process: a few pages in flight keep both it and this one busy.
        let next = 0;
        let pages = 0;
        const addPages = async () => {
          while (next < files.length) {
            const file = files[next++];
            const page = readFileSync(join(out, file), 'utf8');
            if (!page.includes('data-pagefind-body')) continue;
            const html = withoutIgnored(page);
            const folded = `<div data-pagefind-body data-pagefind-weight="0.3">${FOLDED_MARKER} ${foldedDWords(htmlText(html))}</div>`;
            const result = await index.addHTMLFile({ sourcePath: file, content: html.replace('</body>', `${folded}</body>`) });
            if (result.errors.length > 0) throw new Error(`Pagefind, ${file}: ${result.errors.join('; ')}`);
            pages++;
          }
        };
        await Promise.all(Array.from({ length: PAGES_IN_FLIGHT }, addPages));
        await index.writeFiles({ outputPath: join(out, 'pagefind') });
        await pagefind.close();
        logger.info(`indexed ${pages} pages for search`);
      },
    },
  };
}
