/**
 * The province finder: as the reader types, the pages a name means (a unit of the 34 since
 * 1 July 2025, a province of before and its new home) appear as links under the field; the arrow
 * keys move between the field and them; Enter goes to the page the name is, or the only name it
 * matches. The names come from the list of links the page already has (the finder without
 * JavaScript), so the script carries no data.
 */
import { findPlaces, placeFor, type FinderSuggestion, type FinderUnit } from '../lib/provinces/provinceFinder.ts';

const place = (a: HTMLAnchorElement) => ({ name: a.textContent!.trim(), href: a.getAttribute('href')! });

for (const finder of document.querySelectorAll<HTMLElement>('[data-province-finder]')) {
  const form = finder.querySelector('form')!;
  const input = form.querySelector('input')!;
  const status = finder.querySelector<HTMLElement>('[data-finder-status]')!;
  const list = finder.querySelector<HTMLUListElement>('[data-finder-matches]')!;
  const units: FinderUnit[] = [...finder.querySelectorAll('[data-finder-units] > li')].map((item) => ({
    ...place(item.querySelector('[data-unit]')!),
    predecessors: [...item.querySelectorAll<HTMLAnchorElement>('[data-old]')].map(place),
  }));

  const show = (suggestions: FinderSuggestion[], query: string) => {
    list.replaceChildren(
      ...suggestions.map(({ label, href }) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = href;
        link.textContent = label;
        item.append(link);
        return item;
      }),
    );
    status.textContent =
      query.trim() === ''
        ? ''
        : suggestions.length === 0
          ? 'Không có tỉnh, thành phố nào có tên như vậy.'
          : `${suggestions.length} kết quả phù hợp.`;
  };

  input.addEventListener('input', () => show(findPlaces(input.value, units), input.value));
  // Down from the field to the first suggestion, up and down between them, up from the first or
  // Escape back to the field: the suggestions are links, so Tab and Enter work as anywhere.
  const move = (event: KeyboardEvent, from: number) => {
    const links = list.querySelectorAll('a');
    const to = ({ ArrowDown: from + 1, ArrowUp: from - 1, Escape: -1 } as Record<string, number | undefined>)[event.key];
    if (to === undefined || to < -1 || to >= links.length || to === from) return;
    event.preventDefault();
    (to === -1 ? input : links[to]).focus();
  };
  input.addEventListener('keydown', (event) => move(event, -1));
  list.addEventListener('keydown', (event) =>
    move(event, [...list.querySelectorAll('a')].indexOf(event.target as HTMLAnchorElement)),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const page = placeFor(input.value, units);
    if (page) location.assign(page.href);
    else show(findPlaces(input.value, units), input.value);
  });
}
