import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetCsvPath } from '../../../src/lib/urls.ts';
import { readDatasetFile } from '../../../src/lib/catalog/readDatasetFile.ts';

describe('readDatasetFile(root, file)', () => {
  it('returns the bytes unchanged: BOM, CRLF, semicolons and Vietnamese text', () => {
    const root = mkdtempSync(join(tmpdir(), 'catalog-'));
    mkdirSync(join(root, 'data/gso'), { recursive: true });
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('tỉnh;tỷ lệ\r\nLai Châu;1.417,3\r\n', 'utf8')]);
    writeFileSync(join(root, 'data/gso/a.csv'), bytes);
    expect(Buffer.compare(readDatasetFile(root, 'data/gso/a.csv'), bytes)).toBe(0);
  });

  it('refuses a path that leads out of the project', () => {
    const root = mkdtempSync(join(tmpdir(), 'catalog-'));
    expect(() => readDatasetFile(root, '../secret.csv')).toThrow(/not a file inside the project/);
    expect(() => readDatasetFile(root, '/etc/passwd')).toThrow(/not a file inside the project/);
    expect(() => readDatasetFile(root, '')).toThrow(/not a file inside the project/);
    expect(() => readDatasetFile(root, 'data/../../secret.csv')).toThrow(/not a file inside the project/);
  });

  it('reads a file whose name merely starts with two dots', () => {
    const root = mkdtempSync(join(tmpdir(), 'catalog-'));
    writeFileSync(join(root, '..a.csv'), 'x\n');
    expect(new TextDecoder().decode(readDatasetFile(root, '..a.csv'))).toBe('x\n');
  });
});

describe('datasetCsvPath(id)', () => {
  it('puts the CSV beside the dataset page', () => {
    expect(datasetCsvPath('poverty-rate-by-province')).toBe('/du-lieu/poverty-rate-by-province.csv');
  });
});
