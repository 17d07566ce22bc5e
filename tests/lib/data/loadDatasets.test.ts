import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataValidationError, loadDatasets, type DataIssue } from '../../../src/lib/data/index.ts';
import { povertyProject, provincesCsv, provincesSchemaYaml, writeProject } from '../../helpers/dataFixture.ts';

const FILE = 'data/poverty/poverty.csv';

function load(root: string) {
  return loadDatasets(join(root, 'data'), root);
}

/** The issues loadDatasets throws for a project, or fails the test when it loads. */
function issuesOf(root: string): DataIssue[] {
  try {
    load(root);
  } catch (error) {
    expect(error).toBeInstanceOf(DataValidationError);
    return [...(error as DataValidationError).issues];
  }
  throw new Error('expected loadDatasets to fail');
}

const header = 'province_code,province,year,households,rate';

describe('loadDatasets(dir) accepts what Excel and editors produce', () => {
  it('reads a plain UTF-8 file with LF line ends', () => {
    const tables = load(povertyProject(`${header}\n12,Lai Châu,2021,33486,38.52\n`));
    expect(tables.get('poverty')?.rows).toEqual([{ province_code: '12', province: 'Lai Châu', year: 2021, households: 33486, rate: 38.52 }]);
  });

  it('reads UTF-8 with a byte-order mark and CRLF line ends', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${header}\r\n12,Lai Châu,2021,33486,38.52\r\n`);
    const table = load(povertyProject(bytes)).get('poverty');
    expect(Object.keys(table!.rows[0])[0]).toBe('province_code');
    expect(table!.rows[0].rate).toBe(38.52);
  });

  it('reads ; as delimiter and Vietnamese numbers when the schema says decimal ","', () => {
    const csv = `${header.replaceAll(',', ';')}\r\n12;Lai Châu;2021;33.486;38,52\r\n01;Hà Nội;2021;1.234.567;0,5\r\n`;
    const rows = load(povertyProject(csv, 'decimal: ","')).get('poverty')!.rows;
    expect(rows.map((row) => [row.households, row.rate])).toEqual([
      [33486, 38.52],
      [1234567, 0.5],
    ]);
  });

  it('reads quoted fields holding commas, quotes and line breaks, and reports the lines after them right', () => {
    const csv = `${header}\n12,"Lai Châu, ""tỉnh""\nmiền núi",2021,1,2\n11,Điện Biên,2021,x,3\n`;
    const issues = issuesOf(povertyProject(csv));
    expect(issues).toEqual([expect.objectContaining({ file: FILE, line: 4, column: 4, value: 'x' })]);
    const good = load(povertyProject(`${header}\n12,"Lai Châu, ""tỉnh""\nmiền núi",2021,1,2\n`));
    expect(good.get('poverty')!.rows[0].province).toBe('Lai Châu, "tỉnh"\nmiền núi');
  });

  it('ignores trailing empty lines', () => {
    const rows = load(povertyProject(`${header}\n12,Lai Châu,2021,1,2\n\n\n\r\n`)).get('poverty')!.rows;
    expect(rows).toHaveLength(1);
  });

  it('keeps codes as strings: 01 stays 01', () => {
    const rows = load(povertyProject(`${header}\n01,Hà Nội,2021,1,2\n`)).get('poverty')!.rows;
    expect(rows[0].province_code).toBe('01');
  });

  it('turns empty cells and .. into null, never 0 or NaN', () => {
    const rows = load(povertyProject(`${header}\n12,Lai Châu,2021,,..\n`)).get('poverty')!.rows;
    expect(rows[0]).toMatchObject({ households: null, rate: null });
  });

  it('normalises text to NFC, so a name typed in NFD equals the NFC one', () => {
    const nfd = 'Lai Châu'.normalize('NFD');
    expect(nfd).not.toBe('Lai Châu');
    const rows = load(povertyProject(`${header}\n12,${nfd},2021,1,2\n`)).get('poverty')!.rows;
    expect(rows[0].province).toBe('Lai Châu');
  });

  it('keeps, beside each row, the decimals its numbers were printed with; the numbers stay numbers', () => {
    const csv = `${header}\n01,Hà Nội,2006,33486,3.0\n11,Điện Biên,2021,1,5.90\n12,Lai Châu,2021,2,..\n`;
    const table = load(povertyProject(csv)).get('poverty')!;
    expect(table.rows.map((row) => row.rate)).toEqual([3, 5.9, null]);
    // Years and text have no entry, nor has a missing cell.
    expect(table.decimals).toEqual([{ households: 0, rate: 1 }, { households: 0, rate: 2 }, { households: 0 }]);
  });

  it('counts decimals after "," in a file whose decimal mark is ","', () => {
    const csv = `${header.replaceAll(',', ';')}\n12;Lai Châu;2021;33.486;14,30\n01;Hà Nội;2006;1.234;3,0\n`;
    const table = load(povertyProject(csv, 'decimal: ","')).get('poverty')!;
    expect(table.rows.map((row) => [row.households, row.rate])).toEqual([
      [33486, 14.3],
      [1234, 3],
    ]);
    expect(table.decimals).toEqual([
      { households: 0, rate: 2 },
      { households: 0, rate: 1 },
    ]);
  });

  it('records the line each row came from', () => {
    const table = load(povertyProject(`${header}\n12,Lai Châu,2021,1,2\n\n11,Điện Biên,2021,1,2\n`)).get('poverty')!;
    expect(table.lines).toEqual([2, 4]);
  });
});

describe('loadDatasets(dir) rejects bad files, listing every problem with file, line, column, value and hint', () => {
  it('reports every bad cell of a file at once', () => {
    const csv = `${header}\n12,Lai Châu,2021,abc,2\n11,Điện Biên,20x1,1,101\n01,Hà Nội,2021,1.5,-1\n`;
    const issues = issuesOf(povertyProject(csv));
    expect(issues.map(({ line, column, value, message }) => ({ line, column, value, message }))).toEqual([
      { line: 2, column: 4, value: 'abc', message: 'không phải là số' },
      { line: 3, column: 3, value: '20x1', message: 'không phải là năm' },
      { line: 3, column: 5, value: '101', message: 'lớn hơn mức tối đa 100' },
      { line: 4, column: 4, value: '1.5', message: 'không phải số nguyên' },
      { line: 4, column: 5, value: '-1', message: 'nhỏ hơn mức tối thiểu 0' },
    ]);
    expect(issues.every((issue) => issue.file === FILE && issue.hint)).toBe(true);
  });

  it('reports a wrong header with the closest declared name, and a missing column', () => {
    const issues = issuesOf(povertyProject('province_code,provnce,year,households\n12,Lai Châu,2021,1\n'));
    expect(issues).toEqual([
      expect.objectContaining({
        line: 1,
        column: 2,
        value: 'provnce',
        message: 'dòng tên cột có một cột mà tệp mô tả không khai',
        hint: 'Có phải "province"? Khai cột trong data/poverty/poverty.schema.yaml, hoặc xóa cột khỏi tệp CSV',
      }),
      expect.objectContaining({ line: 1, message: 'dòng tên cột thiếu cột "province"' }),
      expect.objectContaining({ line: 1, message: 'dòng tên cột thiếu cột "rate"' }),
    ]);
  });

  it('reports an invisible control or direction character in a text cell, shown as its code', () => {
    const csv = `${header}\n12,Lai\u0007Châu,2021,1,2\n11,\u202EnêiB nệiĐ,2021,1,2\n`;
    const issues = issuesOf(povertyProject(csv));
    expect(issues.map(({ line, column, message }) => ({ line, column, message }))).toEqual([
      { line: 2, column: 2, message: 'có ký tự ẩn U+0007 (ký tự chuông (bell)) ở ký tự thứ 4' },
      { line: 3, column: 2, message: 'có ký tự ẩn U+202E (ký tự định hướng: ép phải sang trái, đảo ngược chữ phía sau) ở ký tự thứ 1' },
    ]);
    const message = new DataValidationError(issues).message;
    expect(message).toContain('giá trị "Lai\\u0007Châu"');
    expect(message).toContain('giá trị "\\u{202E}nêiB nệiĐ"');
    expect(message).not.toContain('\u202E');
  });

  it('reports a text cell too long to show', () => {
    const [issue] = issuesOf(povertyProject(`${header}\n12,${'x'.repeat(20_000)},2021,1,2\n`));
    expect(issue).toMatchObject({ line: 2, column: 2, message: 'dài 20000 ký tự, quá 2000 ký tự mà trường này nhận' });
  });

  it('reports a ragged row', () => {
    const issues = issuesOf(povertyProject(`${header}\n12,Lai Châu,2021,1\n11,Điện Biên,2021,1,2,3\n`));
    expect(issues.map((issue) => [issue.line, issue.message])).toEqual([
      [2, 'dòng có 4 ô, dòng tên cột có 5'],
      [3, 'dòng có 6 ô, dòng tên cột có 5'],
    ]);
  });

  it('reports a number written the other way than the schema declares, and says how to fix it', () => {
    const [issue] = issuesOf(povertyProject(`${header}\n12,Lai Châu,2021,1,"38,52"\n`));
    expect(issue).toMatchObject({ line: 2, column: 5, value: '38,52', message: 'số viết dấu phẩy thập phân, nhưng tệp mô tả chưa khai decimal: ","' });
    expect(issue.hint).toContain('decimal: ","');
  });

  it('reports a duplicate key with the line of the first occurrence', () => {
    const issues = issuesOf(povertyProject(`${header}\n12,Lai Châu,2021,1,2\n12,Lai Châu,2021,3,4\n`));
    expect(issues).toEqual([
      expect.objectContaining({ line: 3, value: 'province_code=12, year=2021', message: 'trùng khóa chính: dòng 2 có cùng province_code + year' }),
    ]);
  });

  it('reports a province code not in the reference table, and a code that lost its leading zero', () => {
    const issues = issuesOf(povertyProject(`${header}\n99,Nowhere,2021,1,2\n1,Hà Nội,2021,1,2\n`));
    expect(issues).toEqual([
      expect.objectContaining({ line: 2, column: 1, value: '99', message: 'không phải mã tỉnh nào trong data/geo/provinces.csv' }),
      expect.objectContaining({ line: 3, column: 1, value: '1', message: 'mã bị mất số 0 ở đầu', hint: expect.stringContaining('viết 01') }),
    ]);
  });

  it('reports an empty cell in a column that may not be empty', () => {
    const [issue] = issuesOf(povertyProject(`${header}\n12,,2021,1,2\n`));
    expect(issue).toMatchObject({ line: 2, column: 2, columnName: 'province', message: 'ô trống, nhưng cột này không được để trống' });
  });

  it('reports invalid UTF-8 with its line', () => {
    const good = new TextEncoder().encode(`${header}\n12,Lai Ch`);
    const latin1 = Uint8Array.of(0xe2, 0x75); // "âu" as Windows-1258/Latin-1 would write it
    const rest = new TextEncoder().encode(',2021,1,2\n');
    const [issue] = issuesOf(povertyProject(Uint8Array.from([...good, ...latin1, ...rest])));
    expect(issue).toMatchObject({ file: FILE, line: 2, message: 'dòng này không phải UTF-8: chữ Việt sẽ bị lỗi' });
    expect(issue.hint).toContain('CSV UTF-8');
  });

  it('reports an empty file, and a file with a header only', () => {
    expect(issuesOf(povertyProject(''))).toEqual([expect.objectContaining({ file: FILE, message: 'tệp trống' })]);
    expect(issuesOf(povertyProject(`${header}\n`))).toEqual([
      expect.objectContaining({ message: 'tệp chỉ có dòng tên cột, không có dòng số liệu' }),
    ]);
  });

  it('reports an unclosed quote', () => {
    const [issue] = issuesOf(povertyProject(`${header}\n12,"Lai Châu,2021,1,2\n`));
    expect(issue).toMatchObject({ line: 2, message: 'một ô mở ngoặc kép " mà không đóng' });
  });

  it('lists the problems of every file together, and a CSV without a schema', () => {
    const root = writeProject({
      'data/geo/provinces.csv': provincesCsv,
      'data/geo/provinces.schema.yaml': provincesSchemaYaml,
      'data/a/orphan.csv': 'x\n1\n',
      'data/a/broken.schema.yaml': 'id: broken\ntitle: B\n',
    });
    const issues = issuesOf(root);
    expect(issues.map((issue) => issue.file)).toEqual(expect.arrayContaining(['data/a/orphan.csv', 'data/a/broken.schema.yaml']));
  });

  it('formats the thrown message as file:line:column with value and hint', () => {
    try {
      load(povertyProject(`${header}\n12,Lai Châu,2021,abc,2\n`));
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toContain('data/poverty/poverty.csv:2:4 cột "households", giá trị "abc": không phải là số');
    }
  });
});
