/**
 * A text cell that a spreadsheet would run as a formula when the CSV is opened (it starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return, or their full-width forms) gets a leading
 * apostrophe, which makes Excel and LibreOffice read it as text (OWASP's advice for CSV
 * injection). Only text columns: a number column's `-3` is a number, not a formula.
 *
 * @example spreadsheetText('=HYPERLINK("http://x")') // '\'=HYPERLINK("http://x")'
 */
export function spreadsheetText(cell: string): string {
  return /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell) ? `'${cell}` : cell;
}
