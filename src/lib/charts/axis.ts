import type { ScaleLinear } from 'd3-scale';
import { el, fragment, type Markup } from '../svg/svg.ts';

/** Horizontal gridlines with their labels on the left, for a linear y scale. */
export function yGrid(
  y: ScaleLinear<number, number>,
  {
    left,
    right,
    fontSize,
    format,
    ticks = 5,
  }: { left: number; right: number; fontSize: number; format: (n: number) => string; ticks?: number },
): Markup {
  return el(
    'g',
    { class: 'axis axis-y', 'aria-hidden': 'true' },
    y
      .ticks(ticks)
      .map((tick) =>
        fragment(
          el('line', { class: tick === 0 ? 'baseline' : 'grid', x1: left, x2: right, y1: y(tick), y2: y(tick) }),
          el('text', { x: left - 6, y: y(tick), dy: '0.32em', 'text-anchor': 'end', 'font-size': fontSize }, format(tick)),
        ),
      ),
  );
}

/** Vertical gridlines with labels below, for a linear x scale. */
export function xGrid(
  x: ScaleLinear<number, number>,
  {
    top,
    bottom,
    fontSize,
    format,
    ticks = 5,
  }: { top: number; bottom: number; fontSize: number; format: (n: number) => string; ticks?: number },
): Markup {
  return el(
    'g',
    { class: 'axis axis-x', 'aria-hidden': 'true' },
    x
      .ticks(ticks)
      .map((tick) =>
        fragment(
          el('line', { class: tick === 0 ? 'baseline' : 'grid', x1: x(tick), x2: x(tick), y1: top, y2: bottom }),
          el('text', { x: x(tick), y: bottom + fontSize + 4, 'text-anchor': 'middle', 'font-size': fontSize }, format(tick)),
        ),
      ),
  );
}
