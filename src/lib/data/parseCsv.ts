import { bisectRight } from 'd3-array';
import Papa from 'papaparse';
import { issue, type DataIssue } from './issues.ts';

export type Delimiter = ',' | ';';

/** One CSV record and the line of the file it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export interface ParsedCsv {
  delimiter: Delimiter;
  header: string[];
  headerLine: number;
  records: CsvRecord[];
}

export interface ParseCsvOptions {
  /** The delimiter; when absent, the one that splits the header into the expected columns. */
  delimiter?: Delimiter;
  /** Column names the header should hold; used to recognise the delimiter. */
  expectedColumns?: readonly string[];
}

/**
 * Splits decoded CSV text into a header and records, keeping each record's line number.
 * Accepts LF or CRLF, `,` or `;`, quoted fields holding delimiters, quotes and line breaks,
 * and trailing empty lines. Fields stay text: typing them is the schema's job.
 *
 * @example parseCsv('a;b\r\n1;"x;y"\r\n', 'f.csv') // { header: ['a', 'b'], records: [{ line: 2, fields: ['1', 'x;y'] }] }
 */
export function parseCsv(text: string, file: string, options: ParseCsvOptions = {}): { csv: ParsedCsv } | { issues: DataIssue[] } {
  if (text.trim() === '') {
    return { issues: [issue({ file, line: 1, column: 1 }, 'csv.empty')] };
  }
  const delimiter = options.delimiter ?? guessDelimiter(text, options.expectedColumns ?? []);
  const lineStarts = lineStartOffsets(text);
  const rows: CsvRecord[] = [];
  const issues: DataIssue[] = [];
  let cursor = 0;

  Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"', // the line break (\n or \r\n) is detected
    step(result) {
      const line = lineOf(lineStarts, cursor);
      cursor = result.meta.cursor;
      for (const error of result.errors) {
        issues.push(issue({ file, line, column: 1 }, error.code === 'MissingQuotes' ? 'csv.unclosedQuote' : 'csv.badQuote'));
      }
      rows.push({ line, fields: result.data });
    },
  });
  if (issues.length > 0) return { issues };

  // Trailing (and stray) empty lines are not records.
  const records = rows.filter((row) => !(row.fields.length === 1 && row.fields[0].trim() === ''));
  const [headerRecord, ...dataRecords] = records;
  return {
    csv: {
      delimiter,
      header: headerRecord.fields.map((name) => name.trim()),
      headerLine: headerRecord.line,
      records: dataRecords,
    },
  };
}

/** The delimiter that splits the first line into the most expected column names (then the most fields). */
function guessDelimiter(text: string, expectedColumns: readonly string[]): Delimiter {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const score = (delimiter: Delimiter) => {
    const fields = Papa.parse<string[]>(firstLine, { delimiter }).data[0] ?? [];
    const known = fields.filter((field) => expectedColumns.includes(field.trim())).length;
    return known * 1000 + fields.length;
  };
  return score(';') > score(',') ? ';' : ',';
}

function lineStartOffsets(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line holding the character at `offset`. */
function lineOf(lineStarts: number[], offset: number): number {
  return bisectRight(lineStarts, offset);
}
