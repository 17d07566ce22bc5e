import { palette } from '../charts/palette.ts';
import { textWidth } from '../charts/layout.ts';
import type { ChartModel, LegendItem } from '../charts/model.ts';
import type { ChartSpec } from '../charts/chartSpec.ts';
import { el, fragment, Markup } from '../svg/svg.ts';
import { tableSvg } from './tableSvg.ts';

/** The export's font: bundled for the PNG renderer, with system fallbacks for SVG viewers. */
export const EXPORT_FONT = 'Noto Sans';
const WIDTH = 680;
const PADDING = 20;

/** Concrete colours for the light theme: exports are read outside our CSS. */
function exportStyle(): string {
  const c = palette.light;
  const rules = [
    `text{font-family:'${EXPORT_FONT}',system-ui,sans-serif;fill:${c.text}}`,
    `.axis text,.unit,.break text,.source{fill:${c.muted}}`,
    `.grid{stroke:${c.grid}}.baseline{stroke:${c.baseline}}`,
    `.series path{fill:none;stroke-linejoin:round;stroke-linecap:round}`,
    `.series.context path{stroke:${c.context};stroke-width:1}.series.highlight path{stroke-width:2.5}`,
    ...(['c1', 'c2', 'c3', 'c4'] as const).map(
      (k) => `.series.${k} path{stroke:${c[k]}}.series.${k} circle,.series.${k} .end-label{fill:${c[k]}}`,
    ),
    `.series.highlight .end-label{font-weight:600}`,
    `.break line{stroke:${c.muted};stroke-dasharray:3 3}`,
    `.bar rect,rect.planned,.planned rect{fill:${c.bar}}.bar.highlight rect{fill:${c.c2}}.bar.highlight text{font-weight:700}`,
    `.reference line{stroke:${c.text};stroke-dasharray:4 3;stroke-width:1.5}`,
    `.coverage .track{fill:${c.track}}.coverage .fill,rect.disbursed,.disbursed rect{fill:${c.c1}}`,
    `.province{stroke:#ffffff;stroke-width:0.5}.island{fill:none;stroke:${c.muted};stroke-width:0.6}`,
    ...palette.map.map((colour, i) => `.q${i}{fill:${colour}}`),
    `.nodata{fill:${palette.mapNoData.light}}.incomparable{fill:${palette.mapIncomparable.light}}`,
    `.title{font-weight:700}.swatch{stroke:${c.muted};stroke-width:0.5}`,
  ];
  return rules.join('');
}

/** Splits text into lines of at most `chars` characters, at spaces. */
function wrap(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

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
 * A chart as a self-contained SVG file: title, subtitle, the chart (desktop layout; a table chart
 * drawn as a table), its colour legend if it has one, for a map the year and boundaries it shows, its notes (the breaks its data
 * declares first), source and address, with concrete colours and a white background. The same
 * file is rasterised to PNG.
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
  const titleLines = wrap(spec.title, 52);
  const subtitleLines = spec.subtitle ? wrap(spec.subtitle, 86) : [];
  let y = PADDING + 22;
  const title = textBlock(titleLines, PADDING, y, 22, 28, 'title');
  y += (titleLines.length - 1) * 28 + 26;
  const subtitle = textBlock(subtitleLines, PADDING, y, 14, 19, 'source');
  y += subtitleLines.length * 19 + 4;
  const chartTop = y;
  const chartX = PADDING + (inner - chartWidth * scale) / 2;
  y += chartHeight * scale + 24;
  // The page shows a map's legend beside its year selector; the picture carries it itself.
  const legend = legendBlock(model.legend ?? [], PADDING, y, inner);
  y += legend.height + (legend.height > 0 ? 6 : 0);
  // A map says which year and which boundaries it shows: the picture has no year selector.
  const map = model.mapYears;
  const mapLine = map ? [`Năm ${map.defaultYear}. ${map.boundaries[map.years.indexOf(map.defaultYear)]}`] : [];
  const noteLines = [...mapLine, ...(model.notes ?? []), ...spec.notes].flatMap((note) => wrap(note, 92));
  const notes = textBlock(noteLines, PADDING, y, 13, 18, 'source');
  y += noteLines.length * 18 + (noteLines.length > 0 ? 6 : 0);
  const footerLines = wrap(`Nguồn: ${source}`, 92);
  const footer = textBlock(footerLines, PADDING, y, 13, 18, 'source');
  y += footerLines.length * 18;
  const credit = el('text', { class: 'source', x: PADDING, y, 'font-size': 13 }, `Thước Đo · ${url}`);
  const height = Math.ceil(y + PADDING);
  // The chart keeps its own viewBox; nested, it scales into place.
  const placed = chart.replace(/^<svg [^>]*?>/, (tag) =>
    tag
      .replace(/ (width|height)="[^"]*"/g, '')
      .replace(
        '<svg ',
        `<svg x="${chartX.toFixed(1)}" y="${chartTop.toFixed(1)}" width="${(chartWidth * scale).toFixed(1)}" height="${(chartHeight * scale).toFixed(1)}" `,
      ),
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" lang="vi">` +
    el('title', {}, spec.title).html +
    el('desc', {}, spec.description).html +
    el('style', {}, new Markup(exportStyle())).html +
    el('rect', { width: WIDTH, height, fill: palette.light.background }).html +
    title.html +
    subtitle.html +
    placed +
    legend.markup.html +
    notes.html +
    footer.html +
    credit.html +
    '</svg>\n'
  );
}
