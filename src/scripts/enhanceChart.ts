/**
 * Adds interaction to a chart drawn on the server; it never redraws it. Tooltips on hover, focus
 * and tap; arrow keys move between data points while a live region reads them; the map's year
 * selector; sortable tables. Everything shown comes from data attributes, as text.
 */
import { enhanceMapYears } from './mapYears.ts';
import { enhanceSortableTable } from './sortableTable.ts';

export function enhanceChart(figure: HTMLElement): void {
  if (figure.dataset.enhanced) return;
  figure.dataset.enhanced = 'true';
  const tooltip = figure.querySelector<HTMLElement>('.chart-tooltip');
  const live = figure.querySelector<HTMLElement>('[data-chart-live]');
  for (const svg of figure.querySelectorAll<SVGSVGElement>('svg.chart-svg')) {
    if (tooltip && live) enhanceSvg(figure, svg, tooltip, live);
  }
  const table = figure.querySelector<HTMLTableElement>('table[data-sortable]');
  if (table) enhanceSortableTable(table);
  if (figure.dataset.chartType === 'map') enhanceMapYears(figure);
}

function enhanceSvg(figure: HTMLElement, svg: SVGSVGElement, tooltip: HTMLElement, live: HTMLElement): void {
  const points = () => [...svg.querySelectorAll<SVGElement>('.point')];
  let active = -1;

  const describe = (point: Element) => `${point.getAttribute('data-label')}: ${point.getAttribute('data-value')}`;

  const show = (index: number, announce: boolean) => {
    const list = points();
    if (list.length === 0) return;
    active = (index + list.length) % list.length;
    const point = list[active];
    list.forEach((p) => p.classList.toggle('active', p === point));
    svg.classList.add('has-active');
    tooltip.textContent = describe(point);
    tooltip.hidden = false;
    const box = point.getBoundingClientRect();
    const frame = figure.getBoundingClientRect();
    // Centred on the point, but whole inside the figure however long its text.
    const half = Math.min(tooltip.offsetWidth, frame.width) / 2;
    const left = Math.min(Math.max(box.left + box.width / 2 - frame.left, half), frame.width - half);
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${box.top - frame.top}px`;
    if (announce) live.textContent = describe(point);
  };

  const hide = () => {
    tooltip.hidden = true;
    svg.classList.remove('has-active');
    points().forEach((p) => p.classList.remove('active'));
  };

  const pointAt = (event: Event) => (event.target as Element).closest?.('.point');

  svg.setAttribute('tabindex', '0');
  svg.addEventListener('pointermove', (event) => {
    const point = pointAt(event);
    if (point) show(points().indexOf(point as SVGElement), false);
  });
  svg.addEventListener('pointerleave', hide);
  // A tap shows the tooltip; on touch, a second tap on the same province opens its page.
  let tapOnActive = false;
  let pointerType = 'mouse';
  svg.addEventListener('pointerdown', (event) => {
    pointerType = event.pointerType;
    const point = pointAt(event);
    tapOnActive = point?.classList.contains('active') ?? false;
    if (point) show(points().indexOf(point as SVGElement), false);
  });
  svg.addEventListener('click', (event) => {
    const href = pointAt(event)?.getAttribute('data-href');
    if (href && (pointerType !== 'touch' || tapOnActive)) window.location.assign(href);
  });
  svg.addEventListener('focus', () => show(Math.max(active, 0), true));
  svg.addEventListener('blur', hide);
  svg.addEventListener('keydown', (event) => {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    if (event.key in moves) show(active + moves[event.key], true);
    else if (event.key === 'Home') show(0, true);
    else if (event.key === 'End') show(-1, true);
    else if (event.key === 'Escape') hide();
    else if (event.key === 'Enter') {
      const href = points()[active]?.getAttribute('data-href');
      if (href) window.location.assign(href);
      return;
    } else return;
    event.preventDefault();
  });
  // Escape closes a tooltip opened by hover or tap too, where the chart has no focus.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
}
