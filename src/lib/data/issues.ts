import { visible } from '../text/safeText.ts';

/**
 * A problem found in a data file, with everything an editor needs to find and fix it.
 * Loaders collect every issue of every file before failing, so one build lists them all.
 */
export interface DataIssue {
  /** Path as the editor knows it, relative to the project: `data/poverty/national-totals.csv`. */
  file: string;
  /** 1-based line of the file (the line where a CSV record starts). */
  line?: number;
  /** 1-based field number in the CSV record. */
  column?: number;
  /** The column's name from the header. */
  columnName?: string;
  /** The offending value, as found in the file. */
  value?: string;
  message: string;
  /** What to do about it. */
  hint?: string;
}

/** `data/x.csv:12:5 (column "value") value "abc": not a number. Hint: …` */
export function formatIssue(issue: DataIssue): string {
  const place = [issue.file, issue.line, issue.column].filter((part) => part !== undefined).join(':');
  const column = issue.columnName === undefined ? '' : ` column "${issue.columnName}"`;
  // A value is shown, never obeyed: a direction override in it must not reverse the message.
  const value = issue.value === undefined ? '' : ` value ${visible(JSON.stringify(issue.value))}`;
  const hint = issue.hint ? `\n    → ${issue.hint}` : '';
  return `${place}${column}${value}: ${issue.message}${hint}`;
}

/** Thrown when data files are invalid; its message lists every issue, one per line. */
export class DataValidationError extends Error {
  readonly issues: readonly DataIssue[];

  constructor(issues: readonly DataIssue[]) {
    const files = new Set(issues.map((issue) => issue.file)).size;
    super(
      `${issues.length} problem${issues.length === 1 ? '' : 's'} in ${files} file${files === 1 ? "" : "s"}:\n` +
        issues.map((issue) => `  ${formatIssue(issue)}`).join('\n'),
    );
    this.name = 'DataValidationError';
    this.issues = issues;
  }
}
