export {
  breakKinds,
  columnTypes,
  datasetSchemaSchema,
  seriesBreakSchema,
  type ColumnSchema,
  type ColumnType,
  type DatasetSchema,
  type SeriesBreak,
  type Source,
} from './datasetSchema.ts';
export { DataValidationError, formatIssue, type DataIssue } from './issues.ts';
export { loadDatasets, loadTable, PROVINCES_ID } from './loadDatasets.ts';
export { parseCsv, type CsvRecord, type ParsedCsv } from './parseCsv.ts';
export { isMissing, parseCell, parseNumber, printedDecimals } from './parseCell.ts';
export { readSchema } from './readSchema.ts';
export { datasetSummary, type DatasetSummary } from './datasetSummary.ts';
export { provincesFrom, type Province } from './provinces.ts';
export type { Decimals, Row, Table, Value } from './table.ts';
export { validateTable, type References } from './validateTable.ts';
export { cellMatches, DataReferenceError, pickDifference, pickNumber, pickPrinted, pickRow, selectRow, type Where } from './pickValue.ts';
export { computedDecimals, printedDecimalsOf, printedDifference, shortestDecimals, type Printed } from './printed.ts';
export { pickRank, rankOf } from './pickRank.ts';
export { provinceNameKey, provinceNames, provinceNamesOf, type NamedProvince, type ProvinceNames } from './provinceNames.ts';
export { issue, issuePlace } from './issues.ts';
export { cellParts, creditedSources, sourceCredit } from './sourceCredit.ts';
export { BOUNDARY_CHANGES_ID, boundaryBreaks, breakAffects, breaksBetween, withBoundaryBreaks } from './seriesBreaks.ts';
