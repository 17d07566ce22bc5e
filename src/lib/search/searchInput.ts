import { FOLDED_MARKER } from './excerpt.ts';
import { foldedDWords, htmlText } from './fold.ts';

/** An opening tag whose attributes include `data-pagefind-<name>`; quoted values may hold `>`. */
const openingWith = (name: string) =>
  new RegExp(`<([a-z][a-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*?\\sdata-pagefind-${name}(?:[\\s=/>]))`, 'gi');

const IGNORED_OPENING = openingWith('ignore');
const BODY_OPENING = openingWith('body');

/**
 * The page without the elements it marks `data-pagefind-ignore` (chart drawings, data tables,
 * figure links): what Pagefind would index from it, in a tenth of the HTML on a story with
 * maps. Pagefind then parses only that, so indexing an archive is quick and small in memory.
 * Elements are matched by counting their own tag name, which our markup closes every time.
 *
 * @example withoutIgnored('<p>Lai Châu</p><div class="chart-frame" data-pagefind-ignore><div><svg>…</svg></div></div><p>Điện Biên</p>')
 * // '<p>Lai Châu</p><p>Điện Biên</p>'
 */
export function withoutIgnored(html: string): string {
  let out = '';
  let from = 0;
  IGNORED_OPENING.lastIndex = 0;
  for (let match = IGNORED_OPENING.exec(html); match; match = IGNORED_OPENING.exec(html)) {
    const end = closingEnd(html, match[1], match.index);
    if (end === undefined) break;
    out += html.slice(from, match.index);
    from = end;
    IGNORED_OPENING.lastIndex = end;
  }
  return out + html.slice(from);
}

/**
 * The elements of a page Pagefind indexes (`data-pagefind-body`), whole: what a search index
 * holds of the page. A change outside them (the list of other stories under a story) leaves the
 * page's part of the index as it was.
 *
 * @example indexedElements('<nav>…</nav><article data-pagefind-body><h1>Lai Châu</h1></article><section>Tin khác</section>')
 * // '<article data-pagefind-body><h1>Lai Châu</h1></article>'
 */
export function indexedElements(html: string): string {
  let out = '';
  BODY_OPENING.lastIndex = 0;
  for (let match = BODY_OPENING.exec(html); match; match = BODY_OPENING.exec(html)) {
    const end = closingEnd(html, match[1], match.index) ?? html.length;
    out += html.slice(match.index, end);
    BODY_OPENING.lastIndex = end;
  }
  return out;
}

/**
 * What Pagefind is given of a page: its title and the elements it indexes, without what they
 * mark ignored, then their đ-words folded (`đường` → `duong`) at a low weight after
 * `FOLDED_MARKER`, where result excerpts stop. Readers typing without diacritics find those
 * words, exact spellings still rank first. Nothing else of the page counts, so the search index
 * of a page changes exactly when this does (src/integrations/search.ts keys its parts by it).
 *
 * @example searchDocument('<title>Lai Châu</title>…<article data-pagefind-body><h1>Đường</h1></article><nav>…</nav>')
 * // '<html><head><title>Lai Châu</title></head><body><article data-pagefind-body><h1>Đường</h1></article><div data-pagefind-body data-pagefind-weight="0.3">⁂ duong</div></body></html>'
 */
export function searchDocument(html: string): string {
  const title = /<title>[^<]*<\/title>/.exec(html)?.[0] ?? '';
  const indexed = withoutIgnored(indexedElements(html));
  const folded = `<div data-pagefind-body data-pagefind-weight="0.3">${FOLDED_MARKER} ${foldedDWords(htmlText(indexed))}</div>`;
  return `<html><head>${title}</head><body>${indexed}${folded}</body></html>`;
}

/** Where the element opened at `start` ends (after its closing tag); undefined when it is never closed. */
function closingEnd(html: string, tag: string, start: number): number | undefined {
  const tags = new RegExp(`<(/?)${tag}(?=[\\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    if (match[1] === '/') depth--;
    else if (!match[0].endsWith('/>')) depth++;
    if (depth === 0) return tags.lastIndex;
  }
  return undefined;
}
