import { describe, expect, it } from 'vitest';
import { columnRange, columnTypeLabels, datasetColumns, rowKeySentence } from '../../../src/lib/catalog/datasetColumns.ts';
import { columnTypes, type ColumnSchema } from '../../../src/lib/data/datasetSchema.ts';

const column = (c: Partial<ColumnSchema> & Pick<ColumnSchema, 'name' | 'type'>): ColumnSchema => ({
  label: c.name,
  nullable: false,
  ...c,
});

describe('columnTypeLabels', () => {
  it('names every column type in the words a reader uses', () => {
    expect(Object.keys(columnTypeLabels).sort()).toEqual([...columnTypes].sort());
    expect(columnTypeLabels).toMatchObject({
      string: 'chữ',
      code: 'mã',
      integer: 'số nguyên',
      number: 'số',
      percent: 'phần trăm',
      year: 'năm',
      date: 'ngày',
    });
  });
});

describe('columnRange(column)', () => {
  it('writes both bounds with an en dash, years ungrouped', () => {
    expect(columnRange({ type: 'year', min: 2006, max: 2016 })).toBe('2006–2016');
    expect(columnRange({ type: 'percent', min: 0, max: 100 })).toBe('0–100');
    expect(columnRange({ type: 'integer', min: 0, max: 1500000 })).toBe('0–1.500.000');
    expect(columnRange({ type: 'number', min: 0.5, max: 2.25 })).toBe('0,5–2,25');
  });

  it('spaces the dash after a negative bound, so it does not read as one long dash', () => {
    expect(columnRange({ type: 'number', min: -5, max: 10 })).toBe('−5 – 10');
  });

  it('writes one bound, a single value, or nothing', () => {
    expect(columnRange({ type: 'integer', min: 0 })).toBe('≥ 0');
    expect(columnRange({ type: 'percent', max: 100 })).toBe('≤ 100');
    expect(columnRange({ type: 'year', min: 2023, max: 2023 })).toBe('2023');
    expect(columnRange({ type: 'string' })).toBe('');
  });
});

describe('datasetColumns(columns)', () => {
  it('lists the columns in file order with type, unit, nullability and range', () => {
    const items = datasetColumns([
      column({ name: 'province_code', type: 'code', label: 'Mã tỉnh', nullable: true, description: 'Mã GSO' }),
      column({ name: 'year', type: 'year', label: 'Năm', min: 2006, max: 2016 }),
      column({ name: 'value', type: 'percent', label: 'Tỷ lệ hộ nghèo', unit: '%', nullable: true, min: 0, max: 100 }),
    ]);
    expect(items).toEqual([
      {
        name: 'province_code',
        label: 'Mã tỉnh',
        description: 'Mã GSO',
        type: 'mã',
        unit: '',
        nullable: 'có thể trống',
        range: '',
        provenance: false,
        technical: { type: 'code' },
      },
      {
        name: 'year',
        label: 'Năm',
        description: undefined,
        type: 'năm',
        unit: '',
        nullable: 'không',
        range: '2006–2016',
        provenance: false,
        technical: { type: 'year' },
      },
      {
        name: 'value',
        label: 'Tỷ lệ hộ nghèo',
        description: undefined,
        type: 'phần trăm',
        unit: '%',
        nullable: 'có thể trống',
        range: '0–100',
        provenance: false,
        technical: { type: 'percent' },
      },
    ]);
  });
});

describe('datasetColumns(columns) for developers and checkers', () => {
  it('keeps the schema type, pattern and reference table apart from the reader words, and flags provenance columns', () => {
    const [code, raw] = datasetColumns([
      column({ name: 'province_code', type: 'code', label: 'Mã tỉnh', pattern: '\\d{2}', references: 'provinces' }),
      column({ name: 'gso_name', type: 'string', label: 'Tên hàng trong bảng gốc', provenance: true }),
    ]);
    expect(code).toMatchObject({
      type: 'mã',
      provenance: false,
      technical: { type: 'code', pattern: '\\d{2}', references: 'provinces' },
    });
    expect(raw).toMatchObject({ type: 'chữ', provenance: true, technical: { type: 'string' } });
  });

  it('lists a values map written as the source writes it, each value with its Vietnamese label', () => {
    const [indicator] = datasetColumns([
      column({ name: 'indicator', type: 'string', label: 'Chỉ tiêu', values: { 'Poverty rate': 'Tỷ lệ hộ nghèo' } }),
    ]);
    expect(indicator.values).toEqual([{ value: 'Poverty rate', meaning: 'Tỷ lệ hộ nghèo' }]);
  });
});

describe('rowKeySentence(columns, key)', () => {
  const columns = [
    { name: 'province_code', label: 'Mã tỉnh' },
    { name: 'year', label: 'Năm' },
    { name: 'measure', label: 'Chỉ tiêu' },
  ];

  it('names the key columns by their labels, not their names', () => {
    expect(rowKeySentence(columns, ['province_code'])).toBe('Không có hai dòng nào trùng nhau ở cột Mã tỉnh.');
    expect(rowKeySentence(columns, ['province_code', 'year'])).toBe('Không có hai dòng nào trùng nhau ở cả Mã tỉnh và Năm.');
    expect(rowKeySentence(columns, ['province_code', 'year', 'measure'])).toBe(
      'Không có hai dòng nào trùng nhau ở cả Mã tỉnh, Năm và Chỉ tiêu.',
    );
  });
});
