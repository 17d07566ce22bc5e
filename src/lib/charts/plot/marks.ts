/**
 * The marks every drawn chart shares, set once: the page's look of grids, baselines and tick
 * labels, with the light theme's colours as attributes (the CSS restyles them for dark pages).
 */
import * as Plot from '@observablehq/plot';
import type { Margin } from '../layout.ts';
import { palette } from '../palette.ts';

const colours = palette.light;

/** Plot's margin options for a chart's margin box. */
export function margins(margin: Margin) {
  return { marginTop: margin.top, marginRight: margin.right, marginBottom: margin.bottom, marginLeft: margin.left };
}

/**
 * Gridlines across the plot at a value axis's ticks; with `baseline`, the zero line drawn
 * darker as the baseline instead of a gridline.
 */
export function valueGrid(axis: 'x' | 'y', ticks: number[], { baseline = true } = {}): Plot.Markish[] {
  const rule = axis === 'x' ? Plot.ruleX : Plot.ruleY;
  return [
    rule(baseline ? ticks.filter((t) => t !== 0) : ticks, { className: 'grid', stroke: colours.grid }),
    baseline ? rule([0], { className: 'baseline', stroke: colours.baseline }) : null,
  ];
}

/**
 * An axis of tick labels only, in muted text: no tick marks (the grid is the guide) and no
 * title (a unit, when there is one, is written once at the axis's top). Without `ticks`, the
 * scale's own.
 */
export function tickLabels(axis: 'x' | 'y', ticks: Plot.Data | undefined, options: Plot.AxisOptions = {}): Plot.CompoundMark {
  const shared: Plot.AxisOptions = {
    className: `axis axis-${axis}`,
    tickSize: 0,
    tickPadding: 6,
    fill: colours.muted,
    label: null,
    ...options,
  };
  if (axis === 'x') return ticks === undefined ? Plot.axisX(shared) : Plot.axisX(ticks, shared);
  return ticks === undefined ? Plot.axisY(shared) : Plot.axisY(ticks, shared);
}

/**
 * A value axis's unit (`%`, `tỷ đồng`) or title, written once above its top tick, right-aligned
 * to the tick labels unless `options` place it otherwise.
 */
export function unitLabel(text: string, fontSize: number, options: Plot.TextOptions = {}): Plot.Text {
  return Plot.text([text], {
    className: 'unit',
    frameAnchor: 'top-left',
    dx: -6,
    dy: -fontSize * 0.5,
    lineAnchor: 'bottom',
    textAnchor: 'end',
    text: (t: string) => t,
    fill: colours.muted,
    ...options,
  });
}
