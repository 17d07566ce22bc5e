export { viFormatLocale, viFormatLocaleDefinition, viTimeLocale, viTimeLocaleDefinition } from './locale.ts';
export {
  formatInteger,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPoints,
  plainNumber,
  type MoneyUnit,
  type NumberOptions,
} from './number.ts';
export { formatDate, formatDateTime, formatTime, isoDateTime, VIETNAM_TIME_ZONE } from './date.ts';
export { compareVi, sortByName, viCollator } from './collate.ts';
export { slugify } from './slug.ts';
export { formatYears } from './years.ts';
export { capitalise, joinNames } from './names.ts';
