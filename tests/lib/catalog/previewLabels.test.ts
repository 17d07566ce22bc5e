import { describe, expect, it } from 'vitest';
import { datasetPreview } from '../../../src/lib/catalog/datasetPreview.ts';
import { formatCell } from '../../../src/lib/catalog/formatCell.ts';
import { datasetSchemaSchema, columnSchema } from '../../../src/lib/data/datasetSchema.ts';

/** A dataset shaped like the GSO exports: English labels of the source, a raw row name, codes (synthetic values). */
const schema = datasetSchemaSchema.parse({
  id: 'thu-nhan',
  title: 'Bộ thử nhãn',
  description: 'Chỉ để kiểm thử.',
  sources: [{ title: 'Nguồn thử', publisher: 'Tổng cục Thống kê', reliability: 'official', date: '2024' }],
  licence: { name: 'Giấy phép thử' },
  eachRow: 'một địa phương trong một năm',
  primaryKey: ['province', 'year'],
  columns: [
    { name: 'province', type: 'string', label: 'Địa phương' },
    { name: 'year', type: 'year', label: 'Năm' },
    { name: 'indicator', type: 'string', label: 'Chỉ tiêu', values: { 'Poverty rate': 'Tỷ lệ hộ nghèo' } },
    { name: 'status', type: 'string', label: 'Tình trạng số liệu', values: { final: 'chính thức', preliminary: 'sơ bộ' } },
    { name: 'gso_name', type: 'string', label: 'Tên hàng trong bảng gốc', provenance: true },
    { name: 'value', type: 'percent', label: 'Tỷ lệ', unit: '%' },
  ],
});
const rows = [
  { province: 'Cả nước', year: 2016, indicator: 'Poverty rate', status: 'preliminary', gso_name: ' WHOLE COUNTRY', value: 5.8 },
  {
    province: 'Đồng bằng sông Hồng',
    year: 2016,
    indicator: 'Poverty rate',
    status: 'final',
    gso_name: 'Red River Delta',
    value: 2.4,
  },
];

describe('values: the words readers see for a value as the file writes it', () => {
  it('formatCell(value, column) shows the label of a value the source wrote in English, and of a code', () => {
    const indicator = schema.columns[2];
    expect(formatCell('Poverty rate', indicator)).toBe('Tỷ lệ hộ nghèo');
    expect(formatCell('final', schema.columns[3])).toBe('chính thức');
    // A value without a label is shown as written (the loader has already refused it).
    expect(formatCell('Other', indicator)).toBe('Other');
  });

  it('columnSchema accepts a value with spaces and capitals as the source writes it, not one with spaces around it', () => {
    const column = { name: 'breakdown', type: 'string', label: 'Loại nhà' };
    expect(columnSchema.safeParse({ ...column, values: { 'Semi-Permanent house': 'Nhà bán kiên cố' } }).success).toBe(true);
    expect(columnSchema.safeParse({ ...column, values: { '2024 (as reported)': '2024' } }).success).toBe(true);
    const padded = columnSchema.safeParse({ ...column, values: { ' Total': 'Tổng số' } });
    expect(padded.success).toBe(false);
    // zod reports a bad record key as an invalid key carrying the key's own issue.
    expect(JSON.stringify(padded.error?.issues)).toContain(
      'giá trị trong values phải viết đúng như trong tệp, không có dấu cách ở đầu hay cuối',
    );
  });
});

describe('datasetPreview(schema, rows, decimals) in reader words', () => {
  const preview = datasetPreview(schema, rows, [{}, {}]);

  it('shows labels, not the file values, and leaves provenance columns out', () => {
    expect(preview.table.columns.map((c) => c.label)).toEqual(['Địa phương', 'Năm', 'Chỉ tiêu', 'Tình trạng số liệu', 'Tỷ lệ']);
    expect(preview.table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Cả nước', '2016', 'Tỷ lệ hộ nghèo', 'sơ bộ', '5,8%'],
      ['Đồng bằng sông Hồng', '2016', 'Tỷ lệ hộ nghèo', 'chính thức', '2,4%'],
    ]);
  });

  it('keeps sorting by the value as written', () => {
    expect(preview.table.rows[0][3].sort).toBe('preliminary');
  });

  it('names the columns it leaves out, and says the CSV has them', () => {
    expect(preview.omitted).toBe(
      'Phần xem trước không hiện cột Tên hàng trong bảng gốc: cột này ghi nguyên văn của nguồn hoặc của người thu thập (phần lớn bằng tiếng Anh), có đủ trong tệp CSV.',
    );
    const plain = datasetSchemaSchema.parse({ ...schema, columns: schema.columns.filter((c) => !c.provenance) });
    expect(datasetPreview(plain, rows, [{}, {}]).omitted).toBeUndefined();
  });
});
