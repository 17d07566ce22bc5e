/**
 * The search page: queries the Pagefind index built with the site, in Vietnamese, while the
 * reader types (after a pause) and on Enter. Excerpts are sentences of the page with the query
 * marked (`searchExcerpt`), written as text and <mark> elements only.
 */
import { searchExcerpt } from '../lib/search/excerpt.ts';

interface ResultData {
  url: string;
  content: string;
  meta: { title?: string };
}
interface PagefindResult {
  data: () => Promise<ResultData>;
}
interface Pagefind {
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
  mergeIndex: (path: string) => Promise<void>;
}

const form = document.querySelector<HTMLFormElement>('.search-form');
const input = document.querySelector<HTMLInputElement>('#q');
const statusLine = document.querySelector<HTMLElement>('.search-status');
const list = document.querySelector<HTMLOListElement>('.search-results');
const more = document.querySelector<HTMLButtonElement>('.search-more')!;
const PAGE = 20;
let pagefind: Promise<Pagefind> | undefined;

/** Typing pauses this long (ms) before a search runs; Enter runs it at once. */
const TYPING_PAUSE = 250;

function resultItem(result: ResultData, query: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const heading = document.createElement('h2');
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(result.content, query));
  item.append(heading, excerpt);
  return item;
}

/** The excerpt as text nodes and <mark> elements. */
function excerptNodes(content: string, query: string): Node[] {
  const { text, marks } = searchExcerpt(content, query);
  const nodes: Node[] = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (start < at) continue;
    nodes.push(document.createTextNode(text.slice(at, start)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    nodes.push(mark);
    at = end;
  }
  nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

/**
 * Pagefind, written next to the site at build time, with the parts of its index merged: the
 * first at /pagefind/, the others (an archive of more than 500 indexed pages) at /pagefind/<n>/
 * (src/integrations/search.ts). A part loads only the files a query needs.
 */
async function loadPagefind(): Promise<Pagefind> {
  const pagefindUrl = '/pagefind/pagefind.js';
  const [module, parts] = await Promise.all([
    import(/* @vite-ignore */ pagefindUrl) as Promise<Pagefind>,
    fetch('/pagefind/parts.json').then((response) => response.json() as Promise<string[]>),
  ]);
  for (const part of parts) await module.mergeIndex(`/pagefind/${part}/`);
  return module;
}

/** Counts runs, so that a slow search finishing after a newer one shows nothing. */
let latest = 0;

async function run(query: string): Promise<void> {
  if (!list || !statusLine) return;
  const current = ++latest;
  if (query.trim() === '') {
    list.replaceChildren();
    more.hidden = true;
    statusLine.textContent = '';
    return;
  }
  statusLine.textContent = 'Đang tìm…';
  pagefind ??= loadPagefind();
  const { results } = await (await pagefind).search(query.normalize('NFC'));
  if (current !== latest) return;
  list.replaceChildren();
  more.hidden = true;
  let shown = 0;
  // Results load a page at a time: each needs its own small fetch.
  const showMore = async () => {
    const next = await Promise.all(results.slice(shown, shown + PAGE).map((result) => result.data()));
    if (current !== latest) return;
    shown += next.length;
    list.append(...next.map((result) => resultItem(result, query)));
    more.hidden = shown >= results.length;
  };
  more.onclick = () => void showMore();
  await showMore();
  if (current !== latest) return;
  statusLine.textContent =
    results.length === 0 ? `Không tìm thấy kết quả nào cho “${query}”.` : `${results.length} kết quả cho “${query}”.`;
}

if (form && input) {
  const initial = new URL(window.location.href).searchParams.get('q') ?? '';
  input.value = initial;
  void run(initial);
  let pause = 0;
  /** Searches now, and keeps the query in the address so that it can be shared or reloaded. */
  const search = () => {
    window.clearTimeout(pause);
    const url = new URL(window.location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run(input.value);
  };
  input.addEventListener('input', () => {
    window.clearTimeout(pause);
    pause = window.setTimeout(search, TYPING_PAUSE);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search();
  });
}
