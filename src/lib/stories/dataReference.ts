/**
 * The numbers a story reads from data: `<So>`, `<DataValue>`, `<DataChange>`, `<DataRank>`.
 * `checkReference` checks an element's props against the datasets before the story is built
 * (src/lib/markdown/remarkStoryChecks.ts gives each problem the story's line); `resolveSo` turns
 * the short form into the dataset, row and column it means, for the check and for `So.astro`.
 *
 * The short form, in words an editor writes:
 *
 *     <So bo="poverty-rate-by-province" tinh="Lai Châu" nam="2006" />
 *
 * `bo` the dataset; `tinh` a province by name (any accepted form) or code, or another value of
 * the dataset's place column ("Cả nước", a region); `nam` the year; `chitieu` a value of the
 * `indicator` column; `cot` the column holding the number (`value`, or the only number column);
 * `donvi` the unit (by default from the column: percent, integer, number); `thapphan` fixed
 * decimals; any other prop names a column and the value its row must hold (`level="province"`).
 */
import { valueFormatSchema, type ValueFormat } from '../charts/valueFormat.ts';
import { rankOf } from '../data/pickRank.ts';
import { numberProblem, selectRow, type Where } from '../data/pickValue.ts';
import type { ProvinceNames } from '../data/provinceNames.ts';
import type { Table } from '../data/table.ts';
import { isQuantity } from '../data/datasetSchema.ts';
import { closest } from '../text/closest.ts';
import { say, type Said } from '../ui/messages.ts';

/** A prop's value as MDX gives it: text, a number, true, or conditions `{{ column: value }}`. */
export type PropValue = string | number | boolean | null | Where;
export type Props = Readonly<Record<string, PropValue>>;

/** The datasets a story may read, and the provinces (for `tinh=`). */
export interface ReferenceData {
  tables: ReadonlyMap<string, Table>;
  provinces?: ProvinceNames;
}

/** A problem with an element, and the prop it is about (to point at it in the story). */
export interface PropProblem {
  prop?: string;
  said: Said;
}

export const units = valueFormatSchema.shape.unit.options;

interface ComponentSpec {
  required: readonly string[];
  optional: readonly string[];
  example: string;
}

/** The components that show a number from data, with their props. */
export const referenceComponents = {
  So: {
    required: ['bo'],
    optional: ['tinh', 'nam', 'chitieu', 'cot', 'donvi', 'thapphan'],
    example: '<So bo="poverty-rate-by-province" tinh="Lai Châu" nam="2006" />',
  },
  DataValue: {
    required: ['dataset', 'where', 'unit'],
    optional: ['column', 'digits'],
    example: '<DataValue dataset="poverty-rate-by-province" where={{ province_code: \'12\', year: 2006 }} unit="percent" />',
  },
  DataChange: {
    required: ['dataset', 'from', 'to', 'unit'],
    optional: ['column', 'digits', 'absolute'],
    example:
      '<DataChange dataset="poverty-rate-by-province" from={{ province_code: \'12\', year: 2010 }} to={{ province_code: \'12\', year: 2016 }} unit="points" />',
  },
  DataRank: {
    required: ['dataset', 'where', 'among'],
    optional: ['column'],
    example:
      "<DataRank dataset=\"multidimensional-poverty-rate-by-province-2023\" where={{ province_code: '10' }} among={{ level: 'province' }} />",
  },
} as const satisfies Record<string, ComponentSpec>;

export type ReferenceComponent = keyof typeof referenceComponents;

export const isReferenceComponent = (name: string): name is ReferenceComponent => Object.hasOwn(referenceComponents, name);

const isWhere = (value: PropValue | undefined): value is Where => typeof value === 'object' && value !== null;

/**
 * Every problem of one element's props against the data, or none: unknown and missing props, a
 * dataset, column or value that does not exist (with the closest), a selection of no row or of
 * several, a cell without a number, a unit or decimals that cannot be.
 *
 * @example checkReference('So', { bo: 'poverty-rate-by-province', tinh: 'Lai Chau', nam: '2006' }, data)
 * // [{ prop: 'tinh', said: { message: 'không phải tên hay mã tỉnh nào', hint: 'Có phải "Lai Châu"? …' } }]
 */
export function checkReference(component: ReferenceComponent, props: Props, data: ReferenceData): PropProblem[] {
  const spec: ComponentSpec = referenceComponents[component];
  const datasetProp = component === 'So' ? 'bo' : 'dataset';
  const id = props[datasetProp];
  const table = typeof id === 'string' ? data.tables.get(id) : undefined;
  const problems: PropProblem[] = [];

  const known = [...spec.required, ...spec.optional];
  const columns = table?.schema.columns.map((c) => c.name) ?? [];
  for (const prop of Object.keys(props)) {
    // The short form takes any column as a condition.
    if (known.includes(prop) || (component === 'So' && (columns.includes(prop) || !table))) continue;
    const candidates = component === 'So' ? [...known, ...columns] : known;
    problems.push({
      prop,
      said: say('ref.propUnknown', { component, prop, props: candidates.join(', ') }, closest(prop, candidates)),
    });
  }
  for (const prop of spec.required) {
    if (!(prop in props)) problems.push({ said: say('ref.propMissing', { component, prop, example: spec.example }) });
  }
  if (problems.length > 0) return problems;
  if (typeof id !== 'string' || !table) {
    return [{ prop: datasetProp, said: say('data.unknownDataset', {}, closest(String(id), data.tables.keys())) }];
  }

  if (component === 'So') {
    const resolved = resolveSo(props, table, data.provinces);
    if ('problems' in resolved) return resolved.problems;
    const selected = selectRow(table, resolved.where);
    if ('problem' in selected)
      return [{ prop: propOfColumn(props, resolved, selected.problem.column), said: selected.problem.said }];
    const problem = numberProblem(table, selected.row, resolved.column);
    return problem ? [{ prop: 'cot' in props ? 'cot' : 'bo', said: problem }] : [];
  }

  const unit = props.unit;
  if (unit !== undefined && !(units as readonly unknown[]).includes(unit)) {
    problems.push({ prop: 'unit', said: say('ref.unknownUnit', { options: units.join(', ') }, closest(String(unit), units)) });
  }
  problems.push(...digitsProblems('digits', props.digits));
  const column = typeof props.column === 'string' ? props.column : 'value';
  for (const prop of ['where', 'from', 'to', 'among'] as const) {
    if (prop in props && !isWhere(props[prop])) problems.push({ prop, said: say('ref.propNotLiteral', { prop }) });
  }
  if (problems.length > 0) return problems;

  if (component === 'DataRank') {
    const ranked = rankOf(table, props.where as Where, props.among as Where, column);
    return 'problem' in ranked ? [{ prop: ranked.problem.prop, said: ranked.problem.said }] : [];
  }
  for (const prop of component === 'DataChange' ? (['from', 'to'] as const) : (['where'] as const)) {
    const selected = selectRow(table, props[prop] as Where);
    if ('problem' in selected) problems.push({ prop, said: selected.problem.said });
    else {
      const problem = numberProblem(table, selected.row, column);
      if (problem) problems.push({ prop: 'column' in props ? 'column' : prop, said: problem });
    }
  }
  return problems;
}

function digitsProblems(prop: string, digits: PropValue | undefined): PropProblem[] {
  if (digits === undefined) return [];
  const value = typeof digits === 'string' ? Number(digits) : digits;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 6) return [];
  return [{ prop, said: say('field.notOneOf', { options: '0, 1, 2, 3, 4, 5, 6' }) }];
}

/** What the short form means: the conditions, the column holding the number, its unit and decimals. */
export interface ResolvedSo {
  dataset: string;
  where: Where;
  column: string;
  unit: ValueFormat['unit'];
  digits?: number;
  /** The prop each condition comes from, to point at it. */
  propOf: Record<string, string>;
}

/**
 * The dataset, conditions, column and unit a `<So>` means, or its problems. `tinh` is matched
 * in any accepted form of a province's name ("Hoà Bình", "TP Hồ Chí Minh") or by code, and joins
 * by the dataset's province code column when it has one.
 *
 * @example resolveSo({ bo: 'poverty-rate-by-province', tinh: 'Lai Châu', nam: '2006' }, table, provinces)
 * // { where: { province_code: '12', year: 2006 }, column: 'value', unit: 'percent', … }
 */
export function resolveSo(
  props: Props,
  table: Table,
  provinces: ProvinceNames | undefined,
): ResolvedSo | { problems: PropProblem[] } {
  const { columns } = table.schema;
  const names = columns.map((c) => c.name);
  const problems: PropProblem[] = [];
  const where: Where = {};
  const propOf: Record<string, string> = {};
  const add = (column: string, value: string | number, prop: string) => {
    where[column] = value;
    propOf[column] = prop;
  };

  const text = (prop: string): string | undefined => {
    const value = props[prop];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'object') {
      problems.push({ prop, said: say('ref.propNotLiteral', { prop }) });
      return undefined;
    }
    return String(value).trim();
  };

  const tinh = text('tinh');
  if (tinh !== undefined) {
    const codeColumn = columns.find((c) => c.references === 'provinces')?.name;
    const nameColumn = columns.find((c) => c.references === 'province_names')?.name;
    const province = provinces?.find(tinh) ?? (/^\d{2}$/.test(tinh) ? provinces?.byCode(tinh) : undefined);
    // A place the dataset names in a text column: a province without a code column, "Cả nước", a region.
    const placeColumn = (value: string) =>
      columns.find((c) => c.type === 'string' && table.rows.some((row) => row[c.name] === value))?.name;
    const place = province?.name ?? tinh;
    if (province && codeColumn) add(codeColumn, province.code, 'tinh');
    else if (province && nameColumn) add(nameColumn, province.name, 'tinh');
    else if (placeColumn(place)) add(placeColumn(place)!, place, 'tinh');
    else if (province)
      problems.push({ prop: 'tinh', said: say('so.noProvinceColumn', { dataset: table.id, columns: names.join(', ') }) });
    else {
      const places = nameColumn ? table.rows.map((row) => String(row[nameColumn])) : [];
      problems.push({
        prop: 'tinh',
        said: say('so.unknownProvince', {}, provinces?.suggest(tinh) ?? closest(tinh, new Set(places))),
      });
    }
  }

  const nam = text('nam');
  if (nam !== undefined) {
    const yearColumn = columns.find((c) => c.type === 'year')?.name;
    if (!/^\d{4}$/.test(nam)) problems.push({ prop: 'nam', said: say('so.notYear') });
    else if (!yearColumn)
      problems.push({ prop: 'nam', said: say('so.noYearColumn', { dataset: table.id, columns: names.join(', ') }) });
    else add(yearColumn, Number(nam), 'nam');
  }

  const numberColumns = columns.filter((c) => isQuantity(c.type)).map((c) => c.name);
  let column = text('cot');
  const chitieu = text('chitieu');
  if (chitieu !== undefined) {
    if (names.includes('indicator')) add('indicator', chitieu, 'chitieu');
    else if (numberColumns.includes(chitieu) && column === undefined) column = chitieu;
    else
      problems.push({
        prop: 'chitieu',
        said: say(
          'so.noIndicatorColumn',
          { dataset: table.id, columns: numberColumns.join(', ') },
          closest(chitieu, numberColumns),
        ),
      });
  }

  for (const [prop, value] of Object.entries(props)) {
    if (!names.includes(prop)) continue;
    if (typeof value === 'object' && value !== null) problems.push({ prop, said: say('ref.propNotLiteral', { prop }) });
    else if (value !== null) add(prop, typeof value === 'boolean' ? String(value) : value, prop);
  }

  if (column === undefined) {
    if (names.includes('value')) column = 'value';
    else if (numberColumns.length === 1) column = numberColumns[0];
    else problems.push({ prop: 'bo', said: say('so.whichColumn', { dataset: table.id, columns: numberColumns.join(', ') }) });
  } else if (!names.includes(column)) {
    problems.push({
      prop: 'cot',
      said: say('data.unknownColumn', { dataset: table.id, column, columns: names.join(', ') }, closest(column, names)),
    });
  }

  const donvi = text('donvi');
  if (donvi !== undefined && !(units as readonly string[]).includes(donvi)) {
    problems.push({ prop: 'donvi', said: say('ref.unknownUnit', { options: units.join(', ') }, closest(donvi, units)) });
  }
  problems.push(...digitsProblems('thapphan', props.thapphan));
  if (problems.length > 0 || column === undefined) return { problems };

  const schema = columns.find((c) => c.name === column);
  const unit = (donvi as ValueFormat['unit'] | undefined) ?? defaultUnit(schema, table, where);
  const digits = props.thapphan === undefined ? undefined : Number(props.thapphan);
  return { dataset: table.id, where, column, unit, ...(digits === undefined ? {} : { digits }), propOf };
}

/**
 * The unit when `donvi` is not given: the column's type (percent, integer), its money unit, or
 * the row's own `unit` cell in a long table (`%`, `tỷ đồng`); a plain number otherwise.
 */
function defaultUnit(column: Table['schema']['columns'][number] | undefined, table: Table, where: Where): ValueFormat['unit'] {
  if (column?.type === 'percent') return 'percent';
  if (column?.type === 'integer') return 'integer';
  const selected = selectRow(table, where);
  const unit = column?.unit ?? ('row' in selected ? selected.row.unit : undefined);
  if (unit === '%') return 'percent';
  if (unit === 'tỷ đồng' || unit === 'triệu đồng') return unit;
  return 'number';
}

/** The prop of `<So>` a condition came from. */
function propOfColumn(props: Props, resolved: ResolvedSo, column: string | undefined): string | undefined {
  if (column === undefined) return undefined;
  return resolved.propOf[column] ?? (column in props ? column : undefined);
}
