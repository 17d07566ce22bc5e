/**
 * Where a dataset's CSV is downloaded, byte for byte as bundled (a stable public URL).
 *
 * @example datasetCsvPath('poverty-rate-by-province') // '/du-lieu/poverty-rate-by-province.csv'
 */
export const datasetCsvPath = (id: string): string => `/du-lieu/${id}.csv`;
