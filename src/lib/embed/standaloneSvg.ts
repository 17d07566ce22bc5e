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

function textBlock(lines: string[], x: number, y: number, size: number, lineHeight: number, className: string): Markup {
  return fragment(lines.map((line, i) => el('text', { class: className, x, y: y + i * lineHeight, 'font-size': size }, line)));
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
  const titleLines = wrapText(spec.title, 22, inner);
  const subtitleLines = spec.subtitle ? wrapText(spec.subtitle, 14, inner) : [];
  let y = PADDING + 22;
  const title = textBlock(titleLines, PADDING, y, 22, 28, 'title');
  y += (titleLines.length - 1) * 28 + 26;
  const subtitle = textBlock(subtitleLines, PADDING, y, 14, 19, 'source');
  y += subtitleLines.length * 19 + 4;
  const chartTop = y;
  const chartX = PADDING + (inner - chartWidth * scale) / 2;
  y += chartHeight * scale + 24;
  // The page shows a map's legend beside its year selector; the picture carries it itself.
  const legend = legendBlock(exportLegend(model), PADDING, y, inner);
  y += legend.height + (legend.height > 0 ? 6 : 0);
  // A map says which year and which boundaries it shows: the picture has no year selector.
  const map = model.mapYears;
  const mapLine = map ? [`Năm ${map.defaultYear}. ${map.boundaries[map.years.indexOf(map.defaultYear)]}`] : [];
  const noteLines = [...mapLine, ...(model.notes ?? []), ...spec.notes].flatMap((note) => wrapText(note, 13, inner));
  const notes = textBlock(noteLines, PADDING, y, 13, 18, 'source');
  y += noteLines.length * 18 + (noteLines.length > 0 ? 6 : 0);
  const footerLines = wrapText(`Nguồn: ${source}`, 13, inner);
  const footer = textBlock(footerLines, PADDING, y, 13, 18, 'source');
  y += footerLines.length * 18;
  const creditLines = wrapText(`Thước Đo · ${url}`, 13, inner);
  const credit = textBlock(creditLines, PADDING, y, 13, 18, 'source');
  y += (creditLines.length - 1) * 18;
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
        title.html +
        subtitle.html +
        placed +
        legend.markup.html +
        notes.html +
        footer.html +
        credit.html +
        '</svg>',
    ) + '\n'
  );
}
