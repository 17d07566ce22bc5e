import { describe, expect, it } from 'vitest';
import { readSchema } from '../../../src/lib/data/index.ts';
import { povertySchemaYaml } from '../../helpers/dataFixture.ts';

describe('readSchema(yaml, file)', () => {
  it('returns the typed schema with defaults filled in', () => {
    const result = readSchema(povertySchemaYaml(), 'p.schema.yaml');
    if ('issues' in result) throw new Error(JSON.stringify(result.issues));
    expect(result.schema.decimal).toBe('.');
    expect(result.schema.caveats).toEqual([]);
    expect(result.schema.columns.find((c) => c.name === 'rate')).toMatchObject({ type: 'percent', nullable: true, max: 100 });
  });

  it('reports each invalid field with the YAML line it is on', () => {
    const yaml = povertySchemaYaml().replace('type: percent', 'type: percentage').replace('primaryKey: [province_code, year]', 'primaryKey: [code]');
    const result = readSchema(yaml, 'p.schema.yaml');
    if (!('issues' in result)) throw new Error('expected issues');
    const lines = yaml.split('\n');
    expect(result.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'columns.4.type',
          value: 'percentage',
          line: lines.findIndex((l) => l.includes('percentage')) + 1,
          message: 'không phải giá trị được phép',
          hint: 'Có phải "percent"? Dùng một trong: string, code, integer, number, percent, year, date, reliability',
        }),
        expect.objectContaining({ field: 'primaryKey.0', message: 'cột "code" của khóa chính (primaryKey) không có trong columns' }),
      ]),
    );
  });

  it('accepts only web links as source and licence URLs: no javascript:, data:, vbscript: or file:', () => {
    for (const url of ['javascript:alert(document.cookie)', 'data:text/html;base64,PHNjcmlwdD4=', 'vbscript:msgbox', 'file:///etc/passwd']) {
      const yaml = povertySchemaYaml()
        .replace('sources: [{ title: Bảng, publisher: GSO, reliability: official, date: 2018-09 }]', `sources: [{ title: Bảng, publisher: GSO, reliability: official, date: 2018-09, url: '${url}' }]`)
        .replace('licence: { name: Công khai }', `licence: { name: Công khai, url: '${url}' }`);
      const result = readSchema(yaml, 's.yaml');
      if (!('issues' in result)) throw new Error(`${url} was accepted`);
      expect(result.issues.map((issue) => issue.field).sort(), url).toEqual(['licence.url', 'sources.0.url']);
      expect(result.issues[0].message).toBe('không phải địa chỉ trang web bắt đầu bằng https:// (hoặc http://)');
    }
    const safe = povertySchemaYaml().replace('licence: { name: Công khai }', "licence: { name: CC BY 4.0, url: 'https://creativecommons.org/licenses/by/4.0/' }");
    expect('schema' in readSchema(safe, 's.yaml')).toBe(true);
  });

  it('refuses a direction override in a source line and a vertical tab in a title', () => {
    const yaml = povertySchemaYaml()
      .replace('publisher: GSO', 'publisher: "\u202EOSG"')
      .replace('title: Tỷ lệ hộ nghèo', 'title: "Tỷ lệ\vhộ nghèo"');
    const result = readSchema(yaml, 's.yaml');
    if (!('issues' in result)) throw new Error('expected issues');
    expect(result.issues.map((issue) => [issue.field, issue.message])).toEqual(
      expect.arrayContaining([
        ['sources.0.publisher', expect.stringContaining('U+202E')],
        ['title', expect.stringContaining('U+000B')],
      ]),
    );
  });

  it('reports YAML syntax errors with their line, in Vietnamese', () => {
    const result = readSchema('id: x\ntitle: [unclosed\n', 's.yaml');
    expect('issues' in result && result.issues[0]).toMatchObject({ line: 3, message: 'YAML viết sai cú pháp ở đây' });
    const twice = readSchema('id: x\nid: y\n', 's.yaml');
    expect('issues' in twice && twice.issues[0]).toMatchObject({ line: 2, column: 1, message: 'trường này được viết hai lần' });
  });

  it('rejects an id that is not kebab-case and an unknown field', () => {
    const result = readSchema(povertySchemaYaml().replace('id: poverty', 'id: Poverty_Rate\nauthor: me\ncaveat: [a]'), 's.yaml');
    if (!('issues' in result)) throw new Error('expected issues');
    expect(result.issues.map(({ field, message, hint }) => ({ field, message, hint }))).toEqual([
      { field: 'id', message: 'mã phải viết chữ thường không dấu, nối bằng gạch ngang', hint: 'ví dụ ty-le-ho-ngheo-lai-chau; mã cũng là tên tệp' },
      { field: undefined, message: 'không có trường "author" ở đây', hint: 'sửa tên trường cho đúng (chữ hoa, chữ thường như trong hướng dẫn), hoặc xóa dòng này' },
      {
        field: undefined,
        message: 'không có trường "caveat" ở đây',
        hint: 'Có phải "caveats"? Sửa tên trường cho đúng (chữ hoa, chữ thường như trong hướng dẫn), hoặc xóa dòng này',
      },
    ]);
  });
});
