import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { errorTable, guides, withErrorTable } from '../../../src/lib/ui/errorTables.ts';
import { keyOfText, messages, messageText, say, type MessageKey } from '../../../src/lib/ui/messages.ts';

const root = join(import.meta.dirname, '../../..');
const keys = Object.keys(messages) as MessageKey[];

describe('the message catalogue (src/lib/ui/messages.ts)', () => {
  it('is Vietnamese in NFC, each message with what to do', () => {
    for (const key of keys) {
      const { text, hint } = messages[key];
      expect(text.normalize('NFC'), key).toBe(text);
      expect(hint.normalize('NFC'), key).toBe(hint);
      expect(text.trim(), key).not.toBe('');
      expect(hint.trim(), key).not.toBe('');
    }
  });

  it('say(key, values, suggestion) fills the values and puts the suggestion first', () => {
    expect(say('csv.fieldCount', { fields: 4, header: 5, delimiter: ',' })).toEqual({
      key: 'csv.fieldCount',
      message: 'dòng có 4 ô, dòng tên cột có 5',
      hint: 'kiểm tra dấu , thừa hoặc thiếu ở dòng này; ô có dấu , bên trong phải nằm trong ngoặc kép "…"',
    });
    expect(say('so.unknownProvince', {}, 'Lai Châu').hint).toBe(
      'Có phải "Lai Châu"? Viết tên tỉnh có dấu như trong data/geo/provinces.csv, hoặc mã hai chữ số',
    );
    expect(() => say('csv.fieldCount')).toThrow('message csv.fieldCount: no value for {');
    expect(keyOfText(messageText('story.noAuthor'))).toBe('story.noAuthor');
  });

  it('has no message that no code says', () => {
    // The code, and the checks npm test runs on content (tests/charts): not the tests of the catalogue.
    const files = [
      ...readdirSync(join(root, 'src'), { recursive: true }).map((path) => join('src', String(path))),
      ...readdirSync(join(root, 'tests/charts')).map((path) => join('tests/charts', path)),
    ];
    const sources = files
      .filter((path) => /\.(ts|astro)$/.test(path) && !path.endsWith('ui/messages.ts'))
      .map((path) => readFileSync(join(root, path), 'utf8'))
      .join('\n');
    expect(keys.filter((key) => !sources.includes(`'${key}'`))).toEqual([]);
  });
});

describe('the tables of errors in docs/', () => {
  it.each(guides)('docs/%s.md lists the catalogue as it is (run npm run docs:errors after changing a message)', async (guide) => {
    const path = join(root, 'docs', `${guide}.md`);
    const text = readFileSync(path, 'utf8');
    const generated = await format(withErrorTable(text, guide), { ...(await resolveConfig(path)), filepath: path });
    expect(text).toBe(generated);
  });

  it('give each guide its own messages first', () => {
    const data = errorTable('du-lieu');
    expect(data.indexOf('tệp trống')).toBeLessThan(data.indexOf('YAML viết sai cú pháp'));
    const charts = errorTable('bieu-do');
    expect(charts.indexOf('không có loại biểu đồ này')).toBeLessThan(charts.indexOf('YAML viết sai cú pháp'));
  });
});
