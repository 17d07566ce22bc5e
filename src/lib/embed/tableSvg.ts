import type { DataTableModel, TableCell } from '../charts/model.ts';
import { textWidth, wrapText } from '../text/textWidth.ts';
import { el, fragment, type Markup } from '../svg/svg.ts';

const FONT_SIZE = 13;
const ROW_HEIGHT = 24;
const GAP = 16;
const NOTE_SIZE = 12;
const NOTE_HEIGHT = 17;

/** A cell's text with its reliability markers, as the page shows it. */
const shown = (cell: TableCell) => cell.text + (cell.marks?.join('') ?? '');

/**
 * A table chart drawn as SVG, for its PNG and SVG downloads (on the page it is a real HTML
 * table): header in bold, numbers aligned right, a rule under each row, a bold heading before
 * each group of rows, and under the table what each reliability marker means, so that the
 * export stands alone.
 */
export function tableSvg(table: DataTableModel, width: number): Markup {
  const widths = table.columns.map((column, i) =>
    Math.max(textWidth(column.label, FONT_SIZE), ...table.rows.map((row) => textWidth(shown(row[i]), FONT_SIZE))),
  );
  const natural = widths.reduce((sum, w) => sum + w, 0) + GAP * (widths.length - 1);
  // Wider than the picture: shrink the text to fit rather than cut it.
  const scale = Math.min(1, width / natural);
  const xs = widths.map((_, i) => widths.slice(0, i).reduce((sum, w) => sum + w + GAP, 0) * scale);
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

  // Group headings take a line of their own before their rows.
  const headingBefore = new Map<number, string>();
  let start = 0;
  for (const item of table.groups?.items ?? []) {
    headingBefore.set(start, `${table.groups!.label} ${item.value}`);
    start += item.rows;
  }
  const lines: Markup[] = [];
  let line = 1;
  table.rows.forEach((row, r) => {
    const heading = headingBefore.get(r);
    if (heading !== undefined) {
      lines.push(
        el('text', { x: 0, y: ROW_HEIGHT * (line + 1) - 8, 'font-size': FONT_SIZE * scale, 'font-weight': 'bold' }, heading),
      );
      line += 1;
    }
    lines.push(
      fragment(
        el('line', { class: 'grid', x1: 0, x2: width, y1: ROW_HEIGHT * line, y2: ROW_HEIGHT * line }),
        row.map((c, i) => cell(shown(c), i, ROW_HEIGHT * (line + 1) - 8)),
      ),
    );
    line += 1;
  });
  const notes = (table.footnotes ?? []).flatMap((n) => wrapText(`${n.mark} ${n.text}`, NOTE_SIZE, width));
  const notesTop = ROW_HEIGHT * line + 4;
  const height = notesTop + (notes.length > 0 ? 8 + NOTE_HEIGHT * notes.length : 0);
  return el(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, width, height, class: 'chart-svg table-svg' },
    table.columns.map((column, i) => cell(column.label, i, ROW_HEIGHT - 8, true)),
    lines,
    notes.map((text, i) =>
      el('text', { class: 'source', x: 0, y: notesTop + 4 + NOTE_HEIGHT * (i + 1) - 4, 'font-size': NOTE_SIZE }, text),
    ),
  );
}
