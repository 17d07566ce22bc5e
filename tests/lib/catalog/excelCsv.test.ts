import { describe, expect, it } from 'vitest';
import { excelCsv } from '../../../src/lib/catalog/excelCsv.ts';
import type { DatasetSchema } from '../../../src/lib/data/datasetSchema.ts';

const columns = [
  { name: 'province_code', type: 'code', label: 'Mã', nullable: false },
  { name: 'note', type: 'string', label: 'Ghi chú', nullable: true },
  { name: 'change', type: 'number', label: 'Thay đổi', nullable: true },
] as DatasetSchema['columns'];

describe('excelCsv(bytes, schema, file)', () => {
  it('keeps every cell as written, adds a byte-order mark and CRLF, and writes formula-like text as text', () => {
    const original = 'province_code,note,change\n12,"=1+1",-3.50\n14,"Điện Biên, ""ghi chú""",\n';
    const csv = excelCsv(new TextEncoder().encode(original), { columns, delimiter: undefined }, 'data/x.csv');
    expect(csv).toBe('\uFEFFprovince_code,note,change\r\n12,\'=1+1,-3.50\r\n14,"Điện Biên, ""ghi chú""",\r\n');
  });

  it('keeps the file’s own delimiter and decimal comma', () => {
    const original = '\uFEFFprovince_code;note;change\r\n12;Lai Châu;-1.417,3\r\n';
    const csv = excelCsv(new TextEncoder().encode(original), { columns, delimiter: ';' }, 'data/x.csv');
    expect(csv).toBe('\uFEFFprovince_code;note;change\r\n12;Lai Châu;-1.417,3\r\n');
  });
});
