import type { Markup } from '../svg/svg.ts';
/** The two layouts every chart renders: a phone column and a desktop column (viewBox units ≈ CSS px). */
export const layouts = {
  narrow: { width: 340, fontSize: 12 },
  wide: { width: 640, fontSize: 13 },
} as const;

export type Layout = (typeof layouts)[keyof typeof layouts];

/** A chart drawn for both of the page's layouts (a container query shows the one that fits). */
export function bothLayouts(draw: (layout: Layout) => Markup): { narrow: Markup; wide: Markup } {
  return { narrow: draw(layouts.narrow), wide: draw(layouts.wide) };
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The width of a label in the chart font, and a label cut with "…" to a width: measured per
 * character (see `src/lib/text/textWidth.ts`), so that a long label cannot squeeze the plot to
 * nothing; the full text stays in the point's `data-label` and in the data table.
 */
export { fitText, textWidth } from '../text/textWidth.ts';

/** Colour classes of highlighted series, in order; CSS gives them light and dark colours. */
export const seriesClasses = ['c1', 'c2', 'c3', 'c4'] as const;
export type SeriesClass = (typeof seriesClasses)[number];

/**
 * Attributes of a chart's root `<svg>`: sized by its viewBox (it scales to its column without
 * layout shift), an image for assistive technology, named and described by the figure's title
 * and description, whose ids derive from the chart id.
 */
export function svgAttributes(id: string, width: number, height: number, fontSize?: number, className = 'chart-svg') {
  return {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    class: className,
    role: 'img',
    'aria-labelledby': `${id}-title`,
    'aria-describedby': `${id}-desc`,
    'font-size': fontSize,
  };
}

/**
 * The ticks of an ordinal axis that fit: the last always, then going back, each at least
 * `minGap` from the one after it.
 */
export function fittingTicks<T>(values: T[], position: (value: T) => number, minGap: number): T[] {
  const kept: T[] = [];
  for (let i = values.length - 1; i >= 0; i--) {
    if (kept.length === 0 || Math.abs(position(kept[0]) - position(values[i])) >= minGap) kept.unshift(values[i]);
  }
  return kept;
}
