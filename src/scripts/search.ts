/**
 * The search page: queries the Pagefind index built with the site, in Vietnamese. Results are
 * written as text; only Pagefind's <mark> highlights are kept from its excerpts.
 */
interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
}

const form = document.querySelector<HTMLFormElement>('.search-form');
const input = document.querySelector<HTMLInputElement>('#q');
const statusLine = document.querySelector<HTMLElement>('.search-status');
const list = document.querySelector<HTMLOListElement>('.search-results');
const more = document.querySelector<HTMLButtonElement>('.search-more')!;
const PAGE = 20;
let pagefind: Promise<Pagefind> | undefined;

function resultItem(result: { url: string; excerpt: string; meta: { title?: string } }): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const heading = document.createElement('h2');
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(result.excerpt));
  item.append(heading, excerpt);
  return item;
}

/** Pagefind's excerpt as DOM nodes: its text, and its <mark> elements, nothing else. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstChild;
  return [...(parsed?.childNodes ?? [])].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

async function run(query: string): Promise<void> {
  if (!list || !statusLine) return;
  list.replaceChildren();
  more.hidden = true;
  if (query.trim() === '') {
    statusLine.textContent = '';
    return;
  }
  statusLine.textContent = 'Đang tìm…';
  // Pagefind's files are written next to the site at build time.
  const pagefindUrl = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ pagefindUrl) as Promise<Pagefind>;
  const { results } = await (await pagefind).search(query.normalize('NFC'));
  let shown = 0;
  // Results load a page at a time: each needs its own small fetch.
  const showMore = async () => {
    const next = await Promise.all(results.slice(shown, shown + PAGE).map((result) => result.data()));
    shown += next.length;
    list.append(...next.map(resultItem));
    more.hidden = shown >= results.length;
  };
  more.onclick = () => void showMore();
  await showMore();
  statusLine.textContent =
    results.length === 0 ? `Không tìm thấy kết quả nào cho “${query}”.` : `${results.length} kết quả cho “${query}”.`;
}

if (form && input) {
  const initial = new URL(window.location.href).searchParams.get('q') ?? '';
  input.value = initial;
  void run(initial);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(window.location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run(input.value);
  });
}
