/**
 * The front page's province finder: as the reader types, the provinces the name means (with or
 * without diacritics) appear as links under the field; Enter goes to the province the name is,
 * or to the only one it matches. The provinces come from the list of links the page already has
 * (the finder without JavaScript), so the script carries no data.
 */
import { sortByName } from '../lib/format/collate.ts';
import { findProvinces, provinceFor } from '../lib/provinces/provinceFinder.ts';

interface Entry {
  name: string;
  href: string;
}

for (const finder of document.querySelectorAll<HTMLElement>('[data-province-finder]')) {
  const form = finder.querySelector('form')!;
  const input = form.querySelector('input')!;
  const status = finder.querySelector<HTMLElement>('[data-finder-status]')!;
  const list = finder.querySelector<HTMLUListElement>('[data-finder-matches]')!;
  // In alphabetical order, not the list's order by region: among equal matches, Bình Dương before Bình Định.
  const entries: Entry[] = sortByName(
    [...finder.querySelectorAll<HTMLAnchorElement>('[data-finder-all] a')].map((a) => ({
      name: a.textContent!.trim(),
      href: a.getAttribute('href')!,
    })),
    (entry) => entry.name,
  );

  const show = (matches: Entry[], query: string) => {
    list.replaceChildren(
      ...matches.map(({ name, href }) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = href;
        link.textContent = name;
        item.append(link);
        return item;
      }),
    );
    status.textContent =
      query.trim() === ''
        ? ''
        : matches.length === 0
          ? 'Không có tỉnh, thành phố nào có tên như vậy.'
          : `${matches.length} tỉnh, thành phố phù hợp.`;
  };

  input.addEventListener('input', () => show(findProvinces(input.value, entries, 6), input.value));
  // Down arrow from the field to the first match, as in a list of suggestions.
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = list.querySelector('a');
    if (first) {
      event.preventDefault();
      first.focus();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const province = provinceFor(input.value, entries);
    if (province) location.assign(province.href);
    else show(findProvinces(input.value, entries, 6), input.value);
  });
}
