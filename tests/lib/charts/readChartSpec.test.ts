import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readChartSpec } from '../../../src/lib/charts/index.ts';
import { loadDatasets, PROVINCES_ID, provincesFrom } from '../../../src/lib/data/index.ts';
import { povertyProject, povertySchemaYaml, provincesCsv, provincesSchemaYaml, writeProject } from '../../helpers/dataFixture.ts';

const root = povertyProject(
  'province_code,province,year,households,rate\n12,Lai Châu,2021,33486,38.52\n11,Điện Biên,2021,1,20\n',
);
const tables = loadDatasets(join(root, 'data'), root);
const context = { provinces: provincesFrom(tables.get(PROVINCES_ID)!) };
const root2 = povertyProject(
  'province_code,province,year,households,rate\n12,Lai Châu,2021,33486,38.52\n12,Lai Châu,2022,1,20\n',
);
const tables2 = loadDatasets(join(root2, 'data'), root2);

const yaml = (fields: string) => `id: xep-hang
type: bar
orientation: horizontal
title: Xếp hạng
description: Mô tả cho người đọc màn hình.
format: { unit: percent }
${fields}
`;

const read = (text: string) => readChartSpec(text, 'src/content/charts/xep-hang.yaml', 'xep-hang', tables, context);

describe('readChartSpec(yaml, file, id, tables)', () => {
  it('accepts a spec whose dataset, columns and highlighted rows exist', () => {
    const result = read(yaml('dataset: poverty\ncategory: province_code\nvalue: rate\nhighlight: ["12"]'));
    expect('spec' in result && result.spec.type).toBe('bar');
  });

  it('names an unknown dataset with the closest valid id and the line', () => {
    const result = read(yaml('dataset: povrty\ncategory: province_code\nvalue: rate'));
    expect(result).toEqual({
      issues: [
        expect.objectContaining({
          file: 'src/content/charts/xep-hang.yaml',
          line: 7,
          column: 10,
          field: 'dataset',
          value: 'povrty',
          message: 'không có bộ dữ liệu nào mang mã này',
          hint: 'Có phải "poverty"? Mã bộ dữ liệu là tên tệp CSV trong data/, không có .csv',
        }),
      ],
    });
  });

  it('names every unknown column with the field and the closest column', () => {
    const result = read(yaml('dataset: poverty\ncategory: province_cod\nvalue: rates'));
    if (!('issues' in result)) throw new Error('expected issues');
    expect(result.issues.map((i) => [i.field, i.value, i.message, i.hint])).toEqual([
      [
        'category',
        'province_cod',
        'bộ dữ liệu poverty không có cột "province_cod"',
        'Có phải "province_code"? Tên cột viết đúng như dòng đầu tệp CSV: province_code, province, year, households, rate',
      ],
      [
        'value',
        'rates',
        'bộ dữ liệu poverty không có cột "rates"',
        'Có phải "rate"? Tên cột viết đúng như dòng đầu tệp CSV: province_code, province, year, households, rate',
      ],
    ]);
  });

  it('names a highlighted value that no row has', () => {
    const result = read(yaml('dataset: poverty\ncategory: province_code\nvalue: rate\nhighlight: ["13"]'));
    expect('issues' in result && result.issues[0]).toMatchObject({
      field: 'highlight.0',
      value: '13',
      message: 'không dòng nào của poverty có province_code = "13"',
      hint: 'Có phải "12"? Dùng một giá trị có trong cột province_code của tệp CSV',
    });
  });

  it('requires a description for screen readers and a known chart type', () => {
    const missing = read(yaml('dataset: poverty\ncategory: province_code\nvalue: rate').replace(/description: .*\n/, ''));
    expect('issues' in missing && missing.issues.map((i) => i.message)).toEqual(['thiếu trường bắt buộc "description"']);
    const wrongType = read(yaml('dataset: poverty').replace('type: bar', 'type: lin'));
    expect('issues' in wrongType && wrongType.issues[0]).toMatchObject({
      line: 2,
      field: 'type',
      value: 'lin',
      message: 'không có loại biểu đồ này',
      hint: 'Có phải "line"? Dùng một trong: line, bar, coverage, budget, map, table, multiples, stacked, area, dumbbell, scatter',
    });
  });

  it('turns a region into a filter on the province code column', () => {
    const result = read(yaml('dataset: poverty\ncategory: province_code\nvalue: rate\nregion: Trung du và miền núi phía Bắc'));
    if (!('spec' in result)) throw new Error(JSON.stringify(result.issues));
    expect(result.spec.filter).toEqual({ province_code: ['11', '12'] });
  });

  it('names an unknown region with the closest one', () => {
    const result = read(yaml('dataset: poverty\ncategory: province_code\nvalue: rate\nregion: Trung du mien nui phia Bac'));
    expect('issues' in result && result.issues[0]).toMatchObject({
      field: 'region',
      value: 'Trung du mien nui phia Bac',
      message: 'không có vùng nào mang tên này',
      hint: expect.stringMatching(/^Có phải "Trung du và miền núi phía Bắc"\? /),
    });
  });

  describe('province2025: the provinces of before that one unit of 2025 joins', () => {
    // The reference with two provinces merged in 2025 into the new Tuyên Quang.
    const rootMerged = writeProject({
      'data/geo/provinces.csv':
        provincesCsv +
        '02,Hà Giang,ha-giang,Tỉnh Hà Giang,Ha Giang,Tỉnh,Trung du và miền núi phía Bắc,VN-03,08,Tuyên Quang,merged\n' +
        '08,Tuyên Quang,tuyen-quang,Tỉnh Tuyên Quang,Tuyen Quang,Tỉnh,Trung du và miền núi phía Bắc,VN-07,08,Tuyên Quang,merged\n',
      'data/geo/provinces.schema.yaml': provincesSchemaYaml,
      'data/poverty/poverty.csv':
        'province_code,province,year,households,rate\n02,Hà Giang,2021,1,30\n08,Tuyên Quang,2021,1,20\n12,Lai Châu,2021,1,38.52\n',
      'data/poverty/poverty.schema.yaml': povertySchemaYaml(),
    });
    const tablesMerged = loadDatasets(join(rootMerged, 'data'), rootMerged);
    const readMerged = (text: string) =>
      readChartSpec(text, 'src/content/charts/xep-hang.yaml', 'xep-hang', tablesMerged, {
        provinces: provincesFrom(tablesMerged.get(PROVINCES_ID)!),
      });

    it('keeps the rows of its predecessors by the province code column, each with its own figure', () => {
      const result = readMerged(yaml('dataset: poverty\ncategory: province_code\nvalue: rate\nprovince2025: Tuyên Quang'));
      if (!('spec' in result)) throw new Error(JSON.stringify(result.issues));
      expect(result.spec.filter).toEqual({ province_code: ['02', '08'] });
    });

    it('narrows a region, and a region narrows it', () => {
      const both = readMerged(
        yaml(
          'dataset: poverty\ncategory: province_code\nvalue: rate\nregion: Trung du và miền núi phía Bắc\nprovince2025: Tuyên Quang',
        ),
      );
      if (!('spec' in both)) throw new Error(JSON.stringify(both.issues));
      expect(both.spec.filter).toEqual({ province_code: ['02', '08'] });
    });

    it('names an unknown unit, typed without diacritics, with the closest name, in Vietnamese', () => {
      const result = readMerged(yaml('dataset: poverty\ncategory: province_code\nvalue: rate\nprovince2025: Tuyen Quang'));
      expect('issues' in result && result.issues[0]).toMatchObject({
        field: 'province2025',
        value: 'Tuyen Quang',
        line: 10,
        message: 'không có tỉnh, thành phố nào từ 01/07/2025 mang tên này',
        hint: expect.stringMatching(/^Có phải "Tuyên Quang"\? Tên một trong 34 tỉnh, thành phố/),
      });
    });

    it('does not take an old name for a unit: Hà Giang is now part of Tuyên Quang', () => {
      const result = readMerged(yaml('dataset: poverty\ncategory: province_code\nvalue: rate\nprovince2025: Hà Giang'));
      expect('issues' in result && result.issues[0]).toMatchObject({ field: 'province2025', value: 'Hà Giang' });
    });
  });

  it('refuses a table that would rank several years as one list, at the sortBy line, saying to group by year', () => {
    const text = `id: xep-hang
type: table
title: Bảng
description: Mô tả.
format: { unit: percent }
dataset: poverty
columns: [{ column: province_code }, { column: rate }]
sortBy: { column: rate, order: descending }
`;
    const result = readChartSpec(text, 'src/content/charts/xep-hang.yaml', 'xep-hang', tables2, context);
    expect('issues' in result && result.issues).toEqual([
      expect.objectContaining({
        line: 8,
        field: 'sortBy.column',
        message: 'các dòng trải từ năm 2021 đến 2022: xếp chung một bảng là so thứ hạng của những năm khác nhau',
        hint: 'thêm groupBy: year để xếp hạng trong từng năm, hoặc giữ một năm bằng filter: { year: 2022 }',
      }),
    ]);
    expect(
      'spec' in readChartSpec(text + 'groupBy: year\n', 'src/content/charts/xep-hang.yaml', 'xep-hang', tables2, context),
    ).toBe(true);
  });

  it('requires the id to be the file name', () => {
    const result = readChartSpec(
      yaml('dataset: poverty\ncategory: province_code\nvalue: rate'),
      'f.yaml',
      'other-name',
      tables,
      context,
    );
    expect('issues' in result && result.issues[0]).toMatchObject({
      line: 1,
      field: 'id',
      message: 'id khác tên tệp "other-name"',
    });
  });
});
