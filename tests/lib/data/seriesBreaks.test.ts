import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  boundaryBreaks,
  breaksBetween,
  DataValidationError,
  loadDatasets,
  readSchema,
  withBoundaryBreaks,
  type SeriesBreak,
} from '../../../src/lib/data/index.ts';
import { tableOf } from '../../helpers/chartFixture.ts';
import { povertySchemaYaml, provincesCsv, provincesSchemaYaml, writeProject } from '../../helpers/dataFixture.ts';

const root = join(import.meta.dirname, '../../..');

const standard = `breaks:
  - kind: standard
    before: 2010
    label: Đổi chuẩn nghèo
    note: Từ năm 2010 theo chuẩn mới.`;

describe('readSchema(yaml, file) with breaks', () => {
  it('reads a change of standard, for every series unless provinces are listed', () => {
    const result = readSchema(povertySchemaYaml(standard), 'p.schema.yaml');
    if ('issues' in result) throw new Error(JSON.stringify(result.issues));
    expect(result.schema.breaks).toEqual([
      { kind: 'standard', before: 2010, label: 'Đổi chuẩn nghèo', note: 'Từ năm 2010 theo chuẩn mới.', provinces: 'all' },
    ]);
    const none = readSchema(povertySchemaYaml(), 'p.schema.yaml');
    expect('schema' in none && none.schema.breaks).toEqual([]);
  });

  it('names each bad field of a break: its kind, a province code without its zero, a missing note', () => {
    const yaml = povertySchemaYaml(`breaks:
  - kind: method
    before: 2010
    label: Đổi chuẩn
    provinces: ['1']`);
    const result = readSchema(yaml, 'p.schema.yaml');
    if (!('issues' in result)) throw new Error('expected issues');
    expect(result.issues.map((issue) => `${issue.line} ${issue.field ?? ''}: ${issue.message} → ${issue.hint}`)).toEqual([
      '8 breaks.0.kind: không phải giá trị được phép → dùng một trong: standard, boundary',
      '8 : thiếu trường bắt buộc "breaks.0.note" → thêm trường này; các trường và ví dụ có trong docs/du-lieu.md',
      "11 breaks.0.provinces.0: mã tỉnh của điểm gãy phải có hai chữ số → viết như provinces: ['01', '28'], hoặc provinces: all cho mọi tỉnh, vùng và cả nước",
    ]);
  });
});

const changes = tableOf([
  { change: 'mo-rong-ha-noi-2008', date: '2008-08-01', before: 2008, document: 'NQ 15', label: 'Mở rộng Hà Nội', province_code: '01', note: 'Hà Nội cũ.' },
  { change: 'mo-rong-ha-noi-2008', date: '2008-08-01', before: 2008, document: 'NQ 15', label: 'Mở rộng Hà Nội', province_code: '26', note: 'Gồm Mê Linh.' },
  { change: 'chia-tinh-2004', date: '2004-01-01', before: 2004, document: 'NQ 22', label: 'Chia tỉnh', province_code: '12', note: 'Lai Châu cũ.' },
]);

describe('boundaryBreaks(table)', () => {
  it('turns each row into a boundary break of its province', () => {
    const result = boundaryBreaks(changes);
    if ('issues' in result) throw new Error(JSON.stringify(result.issues));
    expect(result.breaks[0]).toEqual({
      kind: 'boundary',
      before: 2008,
      label: 'Mở rộng Hà Nội',
      note: 'Hà Nội cũ.',
      provinces: ['01'],
      date: '2008-08-01',
      document: 'NQ 15',
    });
  });

  it('reports rows of one change that disagree on its year, with both lines', () => {
    const wrong = { ...changes, rows: changes.rows.map((row, i) => (i === 1 ? { ...row, before: 2009 } : row)) };
    const result = boundaryBreaks(wrong);
    if (!('issues' in result)) throw new Error('expected issues');
    expect(result.issues).toEqual([
      {
        file: 'data/test.csv',
        line: 3,
        column: 1,
        columnName: 'before',
        value: '2009',
        key: 'data.changeDisagrees',
        message: 'các dòng của lần thay đổi "mo-rong-ha-noi-2008" ghi khác nhau: dòng 2 ghi before là "2008"',
        hint: 'mỗi lần thay đổi địa giới có một ngày, một năm, một văn bản và một nhãn: ghi giống nhau ở mọi dòng của nó',
      },
    ]);
  });
});

describe('withBoundaryBreaks(table, breaks)', () => {
  const breaks = (boundaryBreaks(changes) as { breaks: SeriesBreak[] }).breaks;
  const series = (years: number[]) =>
    tableOf(years.map((year) => ({ province_code: '01', year, value: 1 })), {
      columns: [
        { name: 'province_code', type: 'code', label: 'Mã', nullable: false, references: 'provinces' },
        { name: 'year', type: 'year', label: 'Năm', nullable: false },
        { name: 'value', type: 'number', label: 'Giá trị', nullable: true },
      ],
    });

  it('adds the changes whose year its years span, after its own breaks', () => {
    expect(withBoundaryBreaks(series([2006, 2008, 2010]), breaks).schema.breaks.map((b) => [b.before, b.provinces])).toEqual([
      [2008, ['01']],
      [2008, ['26']],
    ]);
    expect(withBoundaryBreaks(series([2002, 2004, 2008]), breaks).schema.breaks.map((b) => b.before)).toEqual([2008, 2008, 2004]);
  });

  it('leaves alone a table whose years do not span a change, or that has no province codes', () => {
    expect(withBoundaryBreaks(series([2010, 2016]), breaks).schema.breaks).toEqual([]);
    expect(withBoundaryBreaks(tableOf([{ scope: 'Cả nước', year: 2006 }, { scope: 'Cả nước', year: 2010 }]), breaks).schema.breaks).toEqual([]);
  });
});

describe('breaksBetween(breaks, code, from, to)', () => {
  const breaks: SeriesBreak[] = [
    { kind: 'standard', before: 2010, label: 'Chuẩn', note: 'N', provinces: 'all' },
    { kind: 'boundary', before: 2008, label: 'Hà Nội', note: 'N', provinces: ['01'] },
  ];
  it('gives the breaks that split the series of a province between two years', () => {
    expect(breaksBetween(breaks, '01', 2006, 2016).map((b) => b.before)).toEqual([2010, 2008]);
    expect(breaksBetween(breaks, '12', 2006, 2016).map((b) => b.before)).toEqual([2010]);
    expect(breaksBetween(breaks, null, 2008, 2016).map((b) => b.before)).toEqual([2010]);
    expect(breaksBetween(breaks, '01', 2010, 2016)).toEqual([]);
  });
});

describe('loadDatasets(dir, root) and breaks', () => {
  it('adds the boundary changes of data/geo to the bundled datasets whose years span them', () => {
    const tables = loadDatasets(join(root, 'data'), root);
    const summary = (id: string) => tables.get(id)!.schema.breaks.map((b) => `${b.kind} ${b.before} ${b.provinces}`);
    expect(summary('poverty-rate-by-province')).toEqual(['standard 2010 all', 'boundary 2008 01', 'boundary 2008 26', 'boundary 2008 17']);
    expect(summary('percentage-of-households-using-electricity-by-province')).toEqual([
      'boundary 2004 12',
      'boundary 2004 11',
      'boundary 2004 66',
      'boundary 2004 67',
      'boundary 2004 92',
      'boundary 2004 93',
      'boundary 2008 01',
      'boundary 2008 26',
      'boundary 2008 17',
    ]);
    expect(summary('multidimensional-poverty-rate-by-province-2023')).toEqual([]);
    expect(summary('boundary-changes')).toEqual([]);
  });

  it('refuses a break naming a province code the reference table does not hold', () => {
    const project = writeProject({
      'data/geo/provinces.csv': provincesCsv,
      'data/geo/provinces.schema.yaml': provincesSchemaYaml,
      'data/poverty/poverty.csv': 'province_code,province,year,households,rate\n12,Lai Châu,2010,1,2\n',
      'data/poverty/poverty.schema.yaml': povertySchemaYaml(`${standard}\n    provinces: ['12', '99']`),
    });
    expect(() => loadDatasets(join(project, 'data'), project)).toThrow(DataValidationError);
    try {
      loadDatasets(join(project, 'data'), project);
    } catch (error) {
      expect((error as DataValidationError).issues).toEqual([
        expect.objectContaining({
          file: 'data/poverty/poverty.schema.yaml',
          field: 'breaks.0.provinces.1',
          value: '99',
          message: 'điểm gãy nêu một mã tỉnh không có trong data/geo/provinces.csv',
        }),
      ]);
    }
  });
});
