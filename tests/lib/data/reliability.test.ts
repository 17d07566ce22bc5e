import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataValidationError, loadDatasets, type DataIssue } from '../../../src/lib/data/index.ts';
import { cellReliability, parseReliability, rowReliability, type ReliabilityEntry } from '../../../src/lib/data/reliability.ts';
import { provincesCsv, provincesSchemaYaml, writeProject } from '../../helpers/dataFixture.ts';

const schema = `id: review
title: Rà soát
description: Thử nghiệm.
sources:
  - { id: A, title: Bài A, publisher: Báo A, reliability: press, date: 2024 }
  - { id: B, title: Bài B, publisher: Báo B, reliability: press, date: 2024 }
licence: { name: Công khai }
primaryKey: [province_code, year]
columns:
  - { name: province_code, type: code, label: Mã tỉnh, pattern: '\\d{2}', references: provinces }
  - { name: year, type: year, label: Năm }
  - { name: poor_households, type: integer, label: Số hộ nghèo, nullable: true }
  - { name: poverty_rate_pct, type: percent, label: Tỷ lệ hộ nghèo, nullable: true }
  - { name: source_id, type: string, label: Mã nguồn, references: sources, separator: '|' }
  - { name: check, type: string, label: Đối chiếu, nullable: true, separator: ';', values: { seen: đọc trên trang, corroborated: có bài khác in cùng số } }
  - { name: reliability, type: reliability, label: Độ tin cậy }
`;

const header = 'province_code,year,poor_households,poverty_rate_pct,source_id,check,reliability';

function project(rows: string[]): string {
  return writeProject({
    'data/geo/provinces.csv': provincesCsv,
    'data/geo/provinces.schema.yaml': provincesSchemaYaml,
    'data/poverty/review.csv': [header, ...rows, ''].join('\n'),
    'data/poverty/review.schema.yaml': schema,
  });
}

function issuesOf(root: string): DataIssue[] {
  try {
    loadDatasets(join(root, 'data'), root);
  } catch (error) {
    expect(error).toBeInstanceOf(DataValidationError);
    return [...(error as DataValidationError).issues];
  }
  throw new Error('expected loadDatasets to fail');
}

describe('parseReliability(cell)', () => {
  it('reads entries for the whole row and entries for some columns', () => {
    expect(parseReliability('press_paraphrase|secondary(poor_households)|inconsistent(poverty_rate_pct near_poor_rate_pct)')).toEqual({
      entries: [
        { value: 'press_paraphrase', columns: null },
        { value: 'secondary', columns: ['poor_households'] },
        { value: 'inconsistent', columns: ['poverty_rate_pct', 'near_poor_rate_pct'] },
      ],
    });
  });

  it('refuses a word outside the vocabulary, naming the words it knows', () => {
    expect(parseReliability('press|estimate')).toEqual({
      problem: {
        key: 'reliability.notWord',
        message: '"press" không phải từ của cột độ tin cậy',
        hint: 'dùng một trong: official_table, portal_paraphrase, press_paraphrase, secondary, estimate, inconsistent, conflicting, suspected_misprint (xem docs/du-lieu.md, mục 3)',
      },
    });
    expect(parseReliability('estimate()')).toMatchObject({ problem: { message: '"estimate()" có ngoặc nhưng không nêu cột nào' } });
    expect(parseReliability('estimate, secondary')).toMatchObject({
      problem: { message: '"estimate, secondary" không đúng cách viết của cột độ tin cậy' },
    });
  });
});

describe('cellReliability(entries, column)', () => {
  const entries: ReliabilityEntry[] = [
    { value: 'press_paraphrase', columns: null },
    { value: 'secondary', columns: ['poor_households'] },
    { value: 'estimate', columns: ['poor_households'] },
    { value: 'conflicting', columns: null },
  ];

  it('gives a column the reading scoped to it, else the row reading, and every flag for the row or the column', () => {
    expect(cellReliability(entries, 'poor_households')).toEqual({ reading: 'secondary', flags: ['estimate', 'conflicting'] });
    expect(cellReliability(entries, 'poverty_rate_pct')).toEqual({ reading: 'press_paraphrase', flags: ['conflicting'] });
    expect(cellReliability([], 'poverty_rate_pct')).toEqual({ reading: null, flags: [] });
  });
});

describe('loadDatasets(dir) with reliability, value lists and source references', () => {
  it('loads valid cells and keeps the reliability cell as written', () => {
    const root = project(['12,2023,59496,31.12,A|B,seen;corroborated,press_paraphrase|estimate(poor_households)']);
    const table = loadDatasets(join(root, 'data'), root).get('review')!;
    expect(table.rows[0].reliability).toBe('press_paraphrase|estimate(poor_households)');
    expect(rowReliability(table.rows[0], table.schema)).toEqual([
      { value: 'press_paraphrase', columns: null },
      { value: 'estimate', columns: ['poor_households'] },
    ]);
  });

  it('reports an unknown word, an unknown column, two readings, an unknown source and a value not listed', () => {
    const issues = issuesOf(
      project([
        '12,2021,1,2,A,,guess',
        '12,2022,1,2,A,,estimate(poor_houshold)',
        '12,2023,1,2,A,,press_paraphrase|secondary',
        '12,2024,1,2,A|C,seen;verified,press_paraphrase',
      ]),
    );
    expect(issues.map((i) => [i.line, i.columnName, i.message])).toEqual([
      [2, 'reliability', '"guess" không phải từ của cột độ tin cậy'],
      [3, 'reliability', '"estimate(poor_houshold)" nêu "poor_houshold", không phải cột số liệu của bộ dữ liệu này'],
      [4, 'reliability', 'hàng được ghi hai cách đọc: press_paraphrase, secondary'],
      [5, 'source_id', '"C" không phải mã của nguồn nào trong tệp mô tả'],
      [5, 'check', '"verified" không có trong danh sách giá trị (values) của cột'],
    ]);
  });

  it('refuses a second reliability column and a value list on a number column', () => {
    const root = writeProject({
      'data/geo/provinces.csv': provincesCsv,
      'data/geo/provinces.schema.yaml': provincesSchemaYaml,
      'data/poverty/review.csv': `${header},again\n`,
      'data/poverty/review.schema.yaml': schema
        .replace('type: integer, label: Số hộ nghèo', 'type: integer, values: { a: b }, label: Số hộ nghèo')
        .concat('  - { name: again, type: reliability, label: Lại }\n'),
    });
    expect(issuesOf(root).map((i) => [i.field, i.message])).toEqual([
      ['columns.2.type', 'separator và values chỉ dùng cho cột type: string'],
      ['columns.7.type', 'mỗi bộ dữ liệu có nhiều nhất một cột type: reliability'],
    ]);
  });
});
