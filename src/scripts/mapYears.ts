/** The map's year selector: recolours the provinces from classes computed at build time. */
interface MapYears {
  years: number[];
  defaultYear: number;
  classes: Record<string, string[]>;
  values: Record<string, string[]>;
  boundaries: string[];
}

export function enhanceMapYears(figure: HTMLElement): void {
  const json = figure.querySelector('script[data-map-years]')?.textContent;
  const selector = figure.querySelector<HTMLFieldSetElement>('.year-selector');
  if (!json || !selector) return;
  const data = JSON.parse(json) as MapYears;
  const yearLabel = figure.querySelector('[data-map-year]');
  const boundaries = figure.querySelector('[data-map-boundaries]');
  selector.hidden = false;
  selector.addEventListener('change', (event) => {
    const year = Number((event.target as HTMLInputElement).value);
    const at = data.years.indexOf(year);
    if (at < 0) return;
    for (const path of figure.querySelectorAll<SVGPathElement>('path.province')) {
      const code = path.dataset.code ?? '';
      const active = path.classList.contains('active');
      path.setAttribute('class', `point province ${data.classes[code]?.[at] ?? 'nodata'}${active ? ' active' : ''}`);
      path.dataset.value = data.values[code]?.[at] ?? '';
    }
    if (yearLabel) yearLabel.textContent = String(year);
    if (boundaries) boundaries.textContent = data.boundaries[at] ?? '';
  });
}
