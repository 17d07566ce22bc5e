/**
 * A chart's small drawing for indexes (`/bieu-do/`, story cards): its phone layout written once
 * at build time as a file that an `<img>` shows, so an index of many charts costs the browser
 * images it loads lazily, not thousands of inline SVG nodes.
 */
import { palette } from '../charts/palette.ts';
import type { ChartModel, DataTableModel } from '../charts/model.ts';
import { layouts } from '../charts/layout.ts';
import { inlineExportStyle } from './exportStyle.ts';
import { tableSvg } from './tableSvg.ts';

/** Rows a table chart's thumbnail shows: enough to read as a table. */
export const THUMBNAIL_TABLE_ROWS = 8;

export interface Thumbnail {
  svg: string;
  width: number;
  height: number;
}

/** A table's first rows, without group headings or footnotes: a sample, not the table. */
const tableSample = (table: DataTableModel): DataTableModel => ({
  columns: table.columns,
  rows: table.rows.slice(0, THUMBNAIL_TABLE_ROWS),
});

/** The drawing a thumbnail shows, as the page has it, and its size in viewBox units. */
function drawing(model: ChartModel): { html: string; width: number; height: number } {
  const html = !model.svg
    ? tableSvg(tableSample(model.table), layouts.narrow.width).html
    : 'single' in model.svg
      ? model.svg.single.html
      : model.svg.narrow.html;
  const [, width, height] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(html)!.map(Number);
  return { html, width, height };
}

/**
 * The size of `thumbnailSvg(model)`, for the `<img>`'s width and height, without styling it.
 *
 * @example thumbnailSize(model) // { width: 340, height: 289 }
 */
export function thumbnailSize(model: ChartModel): { width: number; height: number } {
  const { width, height } = drawing(model);
  return { width, height };
}

/**
 * The chart's narrow layout (a map's single drawing; a table chart's first rows drawn as a
 * table) as a standalone SVG file: colours as presentation attributes (no `<style>`, see
 * exportStyle.ts) on a white ground, so it reads the same in both themes; without the page's
 * accessible name (an `<img>` beside its title is decoration) nor the browser's `data-*` hooks.
 *
 * @example thumbnailSvg(model).width // 340
 */
export function thumbnailSvg(model: ChartModel): Thumbnail {
  const { html, width, height } = drawing(model);
  const bare = html
    .replace(/ (?:role|tabindex|aria-[a-z]+|data-[a-z-]+)="[^"]*"/g, '')
    .replace(/^<svg /, `<svg xmlns="http://www.w3.org/2000/svg" `)
    // The ground first, under every mark: an SVG file is transparent, and the page may be dark.
    .replace(/^(<svg [^>]*>)/, `$1<rect width="${width}" height="${height}" fill="${palette.light.background}"/>`);
  return { svg: inlineExportStyle(bare), width, height };
}
