import { describe, expect, it } from 'vitest';
import { povertyFixture } from '../../helpers/catalogFixture.ts';
import { datasetPage } from '../../../src/lib/catalog/datasetPage.ts';

describe('datasetPage(dataset, bytes)', () => {
  it('states rows, years, file name and size, and decimal mark', () => {
    const page = datasetPage(povertyFixture(), 42141);
    expect(page.facts).toEqual([
      { label: 'Số dòng', value: '25' },
      { label: 'Năm', value: '2006, 2008, 2010' },
      { label: 'Tệp', value: 'thu-nghiem.csv (41,2 KB)' },
      { label: 'Dấu thập phân trong tệp', value: 'dấu chấm (1417.3)' },
    ]);
    expect(page.fileName).toBe('thu-nghiem.csv');
    expect(page.csvPath).toBe('/du-lieu/thu-nghiem.csv');
  });

  it('says when a dataset has no year column, and names a comma decimal mark', () => {
    const dataset = povertyFixture();
    dataset.schema = { ...dataset.schema, decimal: ',', columns: dataset.schema.columns.filter((c) => c.type !== 'year') };
    const facts = datasetPage(dataset, 10).facts;
    expect(facts[1]).toEqual({ label: 'Năm', value: 'không theo năm' });
    expect(facts[3].value).toBe('dấu phẩy (1.417,3)');
  });

  it('carries the schema: sources, licence, caveats, columns, primary key and a preview', () => {
    const page = datasetPage(povertyFixture(), 1000);
    expect(page).toMatchObject({ id: 'thu-nghiem', title: 'Bộ thử nghiệm', description: 'Chỉ để kiểm thử.' });
    expect(page.sources[0].date).toBe('12/08/2024');
    expect(page.licence).toEqual({ name: 'Giấy phép thử' });
    expect(page.caveats).toEqual(['Ô trống không phải 0.']);
    expect(page.columns.map((c) => c.type)).toEqual(['mã', 'năm', 'số nguyên', 'phần trăm']);
    expect(page.primaryKey).toEqual(['province_code', 'year']);
    expect(page.preview.caption).toBe('20 dòng đầu trong tổng số 25 dòng');
  });
});
