import type { DataTableModel } from '../charts/model.ts';
import { textWidth } from '../charts/layout.ts';
import { el, fragment, type Markup } from '../svg/svg.ts';

const FONT_SIZE = 13;
const ROW_HEIGHT = 24;
const GAP = 16;

/**
 * A table chart drawn as SVG, for its PNG and SVG downloads (on the page it is a real HTML
 * table): header in bold, numbers aligned right, a rule under each row.
 */
export function tableSvg(table: DataTableModel, width: number): Markup {
  const widths = table.columns.map((column, i) =>
    Math.max(textWidth(column.label, FONT_SIZE), ...table.rows.map((row) => textWidth(row[i].text, FONT_SIZE))),
  );
  const natural = widths.reduce((sum, w) => sum + w, 0) + GAP * (widths.length - 1);
  // Wider than the picture: shrink the text to fit rather than cut it.
  const scale = Math.min(1, width / natural);
  const xs = widths.map((_, i) => widths.slice(0, i).reduce((sum, w) => sum + w + GAP, 0) * scale);
  const height = ROW_HEIGHT * (table.rows.length + 1) + 4;
  const cell = (text: string, i: number, y: number, bold = false) =>
    el(
      'text',
      {
        x: table.columns[i].numeric ? xs[i] + widths[i] * scale : xs[i],
        y,
        'text-anchor': table.columns[i].numeric ? 'end' : 'start',
        'font-size': FONT_SIZE * scale,
        'font-weight': bold ? 'bold' : undefined,
      },
      text,
    );
  return el(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, width, height, class: 'chart-svg table-svg' },
    table.columns.map((column, i) => cell(column.label, i, ROW_HEIGHT - 8, true)),
    table.rows.map((row, r) =>
      fragment(
        el('line', { class: 'grid', x1: 0, x2: width, y1: ROW_HEIGHT * (r + 1), y2: ROW_HEIGHT * (r + 1) }),
        row.map((c, i) => cell(c.text, i, ROW_HEIGHT * (r + 2) - 8)),
      ),
    ),
  );
}
