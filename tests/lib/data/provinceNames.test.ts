import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataValidationError, loadDatasets, provinceNameKey, type DataIssue } from '../../../src/lib/data/index.ts';
import { writeProject } from '../../helpers/dataFixture.ts';

const root = join(import.meta.dirname, '../../..');
const reference = {
  'data/geo/provinces.csv': readFileSync(join(root, 'data/geo/provinces.csv'), 'utf8'),
  'data/geo/provinces.schema.yaml': readFileSync(join(root, 'data/geo/provinces.schema.yaml'), 'utf8'),
};

/** A dataset of rates by place, like GSO's tables: the country, regions, provinces, a former province. */
const schema = `id: rates
title: Tỷ lệ
description: Thử nghiệm.
sources: [{ title: Bảng, publisher: GSO, reliability: official, date: 2018 }]
licence: { name: Công khai }
primaryKey: [province, year]
columns:
  - { name: province_code, type: code, label: Mã, nullable: true, references: provinces }
  - { name: province, type: string, label: Địa phương, references: province_names, when: { level: province } }
  - { name: year, type: year, label: Năm }
  - { name: value, type: percent, label: Tỷ lệ }
  - { name: level, type: string, label: Cấp, pattern: 'country|region|province|former_province' }
`;
const header = 'province_code,province,year,value,level';

const load = (rows: string[]) => {
  const project = writeProject({ ...reference, 'data/x/rates.csv': [header, ...rows, ''].join('\n'), 'data/x/rates.schema.yaml': schema });
  return loadDatasets(join(project, 'data'), project);
};

function issuesOf(rows: string[]): DataIssue[] {
  try {
    load(rows);
  } catch (error) {
    expect(error).toBeInstanceOf(DataValidationError);
    return [...(error as DataValidationError).issues];
  }
  throw new Error('expected loadDatasets to fail');
}

describe('provinceNameKey(name)', () => {
  it('is one key for the forms of one name: tone place, TP/Thành phố/Tỉnh, spacing, hyphens', () => {
    expect(provinceNameKey('Hoà Bình')).toBe(provinceNameKey('Hòa Bình'));
    expect(provinceNameKey('Thanh Hoá')).toBe(provinceNameKey('Thanh Hóa'));
    for (const name of ['TP Hồ Chí Minh', 'TP. Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 'TP.Hồ Chí Minh', '  Hồ  Chí Minh ']) {
      expect(provinceNameKey(name), name).toBe(provinceNameKey('Hồ Chí Minh'));
    }
    expect(provinceNameKey('Bà Rịa–Vũng Tàu')).toBe(provinceNameKey('Bà Rịa - Vũng Tàu'));
    expect(provinceNameKey('Lai Chau')).not.toBe(provinceNameKey('Lai Châu'));
  });
});

describe('loadDatasets(dir) with references: province_names', () => {
  it('accepts a name in another accepted form and rewrites it as the reference table spells it', () => {
    const rows = load([
      ',Cả nước,2006,15.5,country',
      ',Trung du và miền núi phía Bắc,2006,40.1,region',
      ',Hà Tây,2006,9.2,former_province',
      '17,Hoà Bình,2006,36.7,province',
      '79,TP Hồ Chí Minh,2006,0.5,province',
      '79,Thành phố  Hồ Chí Minh,2008,0.3,province',
    ]).get('rates')!.rows;
    expect(rows.map((row) => row.province)).toEqual(['Cả nước', 'Trung du và miền núi phía Bắc', 'Hà Tây', 'Hòa Bình', 'Hồ Chí Minh', 'Hồ Chí Minh']);
  });

  it('refuses a misspelled or undiacritised name at its line and column, suggesting the reference name', () => {
    const issues = issuesOf(['11,Dien Bien,2006,50.1,province', '14,Son Laa,2006,52.1,province', ',Lai Chau,2008,55,province']);
    expect(issues.map(({ file, line, column, value, message, hint }) => ({ file, line, column, value, message, hint }))).toEqual([
      {
        file: 'data/x/rates.csv',
        line: 2,
        column: 2,
        value: 'Dien Bien',
        message: 'không phải tên tỉnh nào trong data/geo/provinces.csv',
        hint: 'Có phải "Điện Biên"? Viết tên tỉnh có dấu như trong data/geo/provinces.csv; dòng cả nước, vùng hay tỉnh cũ thì khai when (theo cột cấp, ví dụ level) hoặc except trong tệp mô tả',
      },
      expect.objectContaining({ line: 3, value: 'Son Laa', hint: expect.stringMatching(/^Có phải "Sơn La"\? /) }),
      expect.objectContaining({ line: 4, value: 'Lai Chau', hint: expect.stringMatching(/^Có phải "Lai Châu"\? /) }),
    ]);
  });

  it('refuses a name that is not the province of the row’s code', () => {
    const [issue] = issuesOf(['12,Điện Biên,2006,50.1,province']);
    expect(issue).toMatchObject({
      line: 2,
      columnName: 'province',
      message: 'tên tỉnh không khớp mã tỉnh 12 của dòng này, là Lai Châu',
      hint: 'sửa tên thành "Lai Châu", hoặc sửa mã tỉnh',
    });
  });

  it('loads the bundled data, whose country, region and former-province rows are not provinces', () => {
    const tables = loadDatasets(join(root, 'data'), root);
    const review = tables.get('review-by-province-2022-2025-standard')!;
    expect(review.rows.filter((row) => row.province_code === '56').map((row) => row.province)).toContain('Khánh Hòa');
    expect(tables.get('poverty-rate-by-province')!.rows.some((row) => row.province === 'Hà Tây')).toBe(true);
  });
});
