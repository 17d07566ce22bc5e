import type { Markup } from '../svg/svg.ts';
import type { ChartType } from './chartSpec.ts';

/** A cell of a chart's data table: the text shown, and the value it sorts by. */
export interface TableCell {
  text: string;
  sort: string | number | null;
  /**
   * For a number: the decimals the source printed it with (for a computed value, those of its
   * most precise input), which the CSV download writes (`3.0`); unknown when absent.
   */
  decimals?: number;
  /** Reliability markers shown after the text (`≈`, `*`…), from the dataset's reliability column. */
  marks?: string[];
  /** A break's mark, e.g. `(2)`: the first value on a new standard or territory (see the chart's notes). */
  breakMark?: string;
}

/** Consecutive rows sharing one value of a column (a year), shown under a heading of their own. */
export interface TableGroups {
  /** The column's label, e.g. `Năm rà soát`. */
  label: string;
  /** Whether the column is also one of the table's columns (else a CSV adds it). */
  shown: boolean;
  /** In table order: the group's value as text and how many rows follow it. */
  items: { value: string; rows: number }[];
}

/** The data behind a chart, as the "Xem bảng số liệu" table and the CSV download show it. */
export interface DataTableModel {
  /** `breakMark`: a break of every series, on the first year on the new basis (see the chart's notes). */
  columns: { label: string; numeric: boolean; breakMark?: string }[];
  rows: TableCell[][];
  /** Rows grouped, e.g. by year, so that no ranking runs across groups. */
  groups?: TableGroups;
  /** What each marker used in the cells means, one line each. */
  footnotes?: { mark: string; text: string }[];
  /** Each row's reliability in words, for the CSV's own column; absent when the dataset has none. */
  reliability?: string[];
}

/** A colour class of the map legend. */
export interface LegendItem {
  className: string;
  label: string;
}

/** Per-year state the map's year selector switches between; computed here, so the browser needs no scale code. */
export interface MapYears {
  years: number[];
  defaultYear: number;
  /** code → one colour class per year, in `years` order. */
  classes: Record<string, string[]>;
  /** code → one formatted value per year ("không có số liệu" when missing). */
  values: Record<string, string[]>;
  /** One sentence per year: which boundaries the map shows, and which provinces it leaves uncoloured that year. */
  boundaries: string[];
}

/** Everything a chart needs on the page: SVG for narrow and wide columns, or one SVG that scales; its table; its extras. */
export interface ChartModel {
  id: string;
  type: ChartType;
  /** One SVG per layout: `narrow` for phones (≈360 px), `wide` for desktop columns. A single one scales. */
  svg: { narrow: Markup; wide: Markup } | { single: Markup } | null;
  table: DataTableModel;
  legend?: LegendItem[];
  mapYears?: MapYears;
  /** Notes the data declares (breaks of standard or boundary), shown before the spec's own notes. */
  notes?: string[];
}
