import Papa from 'papaparse';
import type { DatasetSchema } from '../data/datasetSchema.ts';
import { decodeUtf8 } from '../data/decodeUtf8.ts';
import { parseCsv } from '../data/parseCsv.ts';
import { spreadsheetText } from '../text/spreadsheetCell.ts';

/**
 * A dataset's CSV for Excel: the same header, rows and cells as written in the bundled file
 * (numbers untouched), with a UTF-8 byte-order mark, without which Excel reads Vietnamese as
 * Latin-1 ("Lai ChÃ¢u"), CRLF line ends, and text cells that would run as formulas written as
 * text. The bundled file itself stays downloadable byte for byte.
 */
export function excelCsv(bytes: Uint8Array, schema: Pick<DatasetSchema, 'columns' | 'delimiter'>, file: string): string {
  const decoded = decodeUtf8(bytes, file);
  const parsed =
    'text' in decoded
      ? parseCsv(decoded.text, file, { delimiter: schema.delimiter, expectedColumns: schema.columns.map((c) => c.name) })
      : decoded;
  // The dataset loader has validated this very file: a failure here is a bug, not an editor's mistake.
  if ('issues' in parsed) throw new Error(`excelCsv: ${file} no longer parses`);
  const { header, records, delimiter } = parsed.csv;
  const textColumns = header.map((name) =>
    ['string', 'code'].includes(schema.columns.find((c) => c.name === name)?.type ?? 'string'),
  );
  const data = records.map(({ fields }) => fields.map((cell, i) => (textColumns[i] ? spreadsheetText(cell) : cell)));
  return '\uFEFF' + Papa.unparse({ fields: header, data }, { delimiter, newline: '\r\n' }) + '\r\n';
}
