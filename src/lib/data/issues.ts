import { visible } from '../text/safeText.ts';
import { say, type MessageKey, type MessageValues } from '../ui/messages.ts';

/**
 * A problem found in a file an editor writes (a CSV, a schema, a chart spec, a story), with
 * everything needed to find and fix it. Loaders collect every issue of every file before failing,
 * so one build lists them all. `message` and `hint` are Vietnamese, from the catalogue
 * (src/lib/ui/messages.ts) under `key`.
 */
export interface DataIssue {
  /** Path as the editor knows it, relative to the project: `data/poverty/national-totals.csv`. */
  file: string;
  /** 1-based line of the file (the line where a CSV record starts). */
  line?: number;
  /** 1-based column: the field number in a CSV record, the character in a text file. */
  column?: number;
  /** The CSV column's name from the header. */
  columnName?: string;
  /** The field of a YAML file or of a component, as a path: `columns.4.type`, `publishedAt`. */
  field?: string;
  /** The offending value, as found in the file. */
  value?: string;
  /** The catalogue entry the message comes from. */
  key?: MessageKey;
  message: string;
  /** What to do about it. */
  hint?: string;
}

/**
 * An issue from the catalogue: `issue(at, 'cell.notAYear')`, with values for the template and a
 * suggestion ("Có phải …?") when there is one.
 */
export function issue(
  at: Omit<DataIssue, 'message' | 'hint' | 'key'>,
  key: MessageKey,
  values?: MessageValues,
  suggestion?: string,
): DataIssue {
  return { ...at, ...say(key, values, suggestion) };
}

/** `file:line:column`, as far as it is known. */
export function issuePlace(issue: Pick<DataIssue, 'file' | 'line' | 'column'>): string {
  return [issue.file, issue.line, issue.line === undefined ? undefined : issue.column].filter((part) => part !== undefined).join(':');
}

/** `data/x.csv:12:5 cột "value", giá trị "abc": không phải là số` and, below it, `→ what to do`. */
export function formatIssue(issue: DataIssue): string {
  const what = [
    issue.field === undefined ? '' : `trường "${issue.field}"`,
    issue.columnName === undefined ? '' : `cột "${issue.columnName}"`,
    // A value is shown, never obeyed: a direction override in it must not reverse the message.
    issue.value === undefined ? '' : `giá trị ${visible(JSON.stringify(issue.value))}`,
  ].filter(Boolean);
  const hint = issue.hint ? `\n    → ${issue.hint}` : '';
  return `${issuePlace(issue)}${what.length > 0 ? ` ${what.join(', ')}` : ''}: ${issue.message}${hint}`;
}

/**
 * Thrown when files an editor writes are invalid; its message lists every issue, one per line,
 * in Vietnamese. It carries what Astro shows beside a message: `loc`, the first issue's place
 * (never a file of ours), and no stack trace, which would only point into our code.
 */
export class DataValidationError extends Error {
  readonly issues: readonly DataIssue[];
  readonly loc: { file: string; line: number; column: number };
  /** The first issue's line and column, where a compiler (MDX) looks for them. */
  readonly line: number;
  readonly column: number;

  constructor(issues: readonly DataIssue[]) {
    const files = new Set(issues.map((issue) => issue.file)).size;
    super(`${issues.length} lỗi trong ${files} tệp:\n` + issues.map((issue) => `  ${formatIssue(issue)}`).join('\n'));
    this.name = 'DataValidationError';
    this.issues = issues;
    const [first] = issues;
    this.loc = { file: first?.file ?? '', line: first?.line ?? 1, column: first?.column ?? 1 };
    this.line = this.loc.line;
    this.column = this.loc.column;
    this.stack = '';
  }
}
