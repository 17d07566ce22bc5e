import { palette } from '../charts/palette.ts';
import { textWidth } from '../charts/layout.ts';
import { wrapText } from '../text/textWidth.ts';
import type { ChartModel, LegendItem } from '../charts/model.ts';
import type { ChartSpec } from '../charts/chartSpec.ts';
import { el, fragment, type Markup } from '../svg/svg.ts';
import { inlineExportStyle } from './exportStyle.ts';
import { tableSvg } from './tableSvg.ts';

const WIDTH = 680;
const PADDING = 20;

interface TextStyle {
  size: number;
  lineHeight: number;
  /** Space between two paragraphs. */
  gap: number;
  className: string;
}

const NOTE: TextStyle = { size: 13, lineHeight: 18, gap: 0, className: 'source' };

function textBlock(lines: string[], x: number, y: number, size: number, lineHeight: number, className: string): Markup {
  return fragment(lines.map((line, i) => el('text', { class: className, x, y: y + i * lineHeight, 'font-size': size }, line)));
}

/**
 * Paragraphs wrapped to the picture's inner width, the first baseline at `top`; `height` runs to
 * the baseline after the last line, gaps between paragraphs included.
 */
function paragraphs(texts: readonly string[], top: number, style: TextStyle): { markup: Markup; height: number } {
  let y = top;
  const blocks = texts.map((text) => {
    const lines = wrapText(text, style.size, WIDTH - 2 * PADDING);
    const block = textBlock(lines, PADDING, y, style.size, style.lineHeight, style.className);
    y += lines.length * style.lineHeight + style.gap;
    return block;
  });
  return { markup: fragment(blocks), height: texts.length > 0 ? y - top - style.gap : 0 };
}

/**
 * A chart's colour legend (a map's classes) as swatches and labels, in as many rows as the width
 * needs; `top` is the first row's baseline.
 */
function legendBlock(items: readonly LegendItem[], left: number, top: number, width: number): { markup: Markup; height: number } {
  const size = 12;
  const fontSize = 13;
  const lineHeight = 20;
  let x = left;
  let row = 0;
  const parts = items.map((item) => {
    const itemWidth = size + 6 + textWidth(item.label, fontSize);
    if (x > left && x + itemWidth > left + width) {
      x = left;
      row += 1;
    }
    const y = top + row * lineHeight;
    const part = fragment(
      el('rect', { class: `swatch ${item.className}`, x, y: y - size + 2, width: size, height: size }),
      el('text', { x: x + size + 6, y, 'font-size': fontSize }, item.label),
    );
    x += itemWidth + 16;
    return part;
  });
  return { markup: fragment(parts), height: items.length > 0 ? (row + 1) * lineHeight : 0 };
}

/**
 * The legend items an export shows. The page's map legend covers every year of its selector; the
 * picture shows one year, so a class that marks an exception (a province whose boundaries that
 * year differ) appears only when that year has one. The colour classes stay: they are the scale.
 */
export function exportLegend(model: ChartModel): LegendItem[] {
  const map = model.mapYears;
  if (!map) return model.legend ?? [];
  const at = map.years.indexOf(map.defaultYear);
  const shown = new Set(Object.values(map.classes).map((classes) => classes[at]));
  return (model.legend ?? []).filter((item) => item.className !== 'incomparable' || shown.has(item.className));
}

/**
 * A chart as a self-contained SVG file: title, subtitle, the chart (desktop layout; a table chart
 * drawn as a table), its colour legend if it has one, for a map the year and boundaries it
 * shows, its notes (the breaks its data declares first), source and address, text wrapped by
 * measured width, on a white background. Every colour, font and stroke is a presentation
 * attribute (no `<style>`: see exportStyle.ts). The same file is rasterised to PNG.
 */
export function standaloneSvg(model: ChartModel, spec: ChartSpec, source: string, url: string): string {
  const inner = WIDTH - 2 * PADDING;
  const chart = !model.svg
    ? tableSvg(model.table, inner).html
    : 'single' in model.svg
      ? model.svg.single.html
      : model.svg.wide.html;
  const [, chartWidth, chartHeight] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(chart)!.map(Number);
  const scale = Math.min(1, inner / chartWidth);
  let y = PADDING + 22;
  const title = paragraphs([spec.title], y, { size: 22, lineHeight: 28, gap: 0, className: 'title' });
  y += title.height - 2;
  const subtitle = paragraphs(spec.subtitle ? [spec.subtitle] : [], y, { size: 14, lineHeight: 19, gap: 0, className: 'source' });
  y += subtitle.height + 4;
  const chartTop = y;
  const chartX = PADDING + (inner - chartWidth * scale) / 2;
  y += chartHeight * scale + 24;
  // A map says which year and which boundaries it shows (the picture has no year selector), then
  // its colour legend, which the page shows beside the selector.
  const map = model.mapYears;
  const year = map
    ? paragraphs([`Năm ${map.defaultYear}`], y, { size: 15, lineHeight: 20, gap: 0, className: 'map-year' })
    : null;
  if (year) y += year.height;
  const boundaries = map ? paragraphs([map.boundaries[map.years.indexOf(map.defaultYear)]], y, NOTE) : null;
  if (boundaries) y += boundaries.height + 8;
  const legend = legendBlock(exportLegend(model), PADDING, y, inner);
  y += legend.height + (legend.height > 0 ? 6 : 0);
  // Each note a paragraph of its own: a gap tells where the next one starts.
  const notes = paragraphs([...(model.notes ?? []), ...spec.notes], y, { ...NOTE, gap: 5 });
  y += notes.height + (notes.height > 0 ? 6 : 0);
  const footer = paragraphs([`Nguồn: ${source}`, `Thước Đo · ${url}`], y, NOTE);
  y += footer.height - NOTE.lineHeight;
  const height = Math.ceil(y + PADDING);
  // The chart keeps its own viewBox; nested, it scales into place. The file's own title and
  // description name it: the page's ids its root points to are not in the file.
  const placed = chart.replace(/^<svg [^>]*?>/, (tag) =>
    tag
      .replace(/ (width|height|role|aria-[a-z]+)="[^"]*"/g, '')
      .replace(
        '<svg ',
        `<svg x="${chartX.toFixed(1)}" y="${chartTop.toFixed(1)}" width="${(chartWidth * scale).toFixed(1)}" height="${(chartHeight * scale).toFixed(1)}" `,
      ),
  );
  return (
    inlineExportStyle(
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" lang="vi">` +
        el('title', {}, spec.title).html +
        el('desc', {}, spec.description).html +
        el('rect', { width: WIDTH, height, fill: palette.light.background }).html +
        title.markup.html +
        subtitle.markup.html +
        placed +
        (year?.markup.html ?? '') +
        (boundaries?.markup.html ?? '') +
        legend.markup.html +
        notes.markup.html +
        footer.markup.html +
        '</svg>',
    ) + '\n'
  );
}
