import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/astro.ts';

// tests/helpers/siteSetup.ts has built the site.
const dist = (path: string) => readFileSync(join(projectRoot, 'dist', path), 'utf8');
/** The text of a page without its tags, spaces collapsed. */
const text = (path: string) =>
  dist(path)
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ');

describe('values keep the decimals their source printed, in dist/', () => {
  it('the CSV of the poverty map writes Hà Nội 2006 as the source printed it: 3.0', () => {
    // data/gso/poverty-rate-by-province.csv prints Hà Nội's 2006 rate as 3.0.
    const { data } = Papa.parse<string[]>(dist('bieu-do/ban-do-ty-le-ho-ngheo-2006-2016.csv').replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    });
    const [header, ...rows] = data;
    const haNoi = rows.find((row) => row[0] === 'Hà Nội')!;
    expect(haNoi[header.indexOf('2006')]).toBe('3.0');
  });

  it('the table chart and its CSV show a near-poor rate printed 5.90 as 5,90% and 5.90', () => {
    // The table is grouped by year (the year leads each CSV row) and ends with the reliability column.
    const csv = dist('bieu-do/ho-ngheo-cac-tinh-2022-2025.csv');
    expect(csv).toContain('2021,Kon Tum,21989,15.32,5.90,');
    expect(csv).toContain('2022,Quảng Bình,12855,5.0,4.76,');
    // Quảng Bình 2022 in the "Xem bảng số liệu" table: each column with one number of decimals,
    // the most its values were printed with (5.0 shows 5,00% in the column of 15,32%), while the CSV keeps 5.0.
    expect(dist('bieu-do/ho-ngheo-cac-tinh-2022-2025/index.html')).toMatch(/>\s*5,00%\s*<\/td>\s*<td[^>]*>\s*4,76%\s*</);
  });

  it('a story prints "3,0%" where the source printed 3.0, not "3%"', () => {
    const story = text('bai-viet/sap-nhap-tinh-2025-so-sanh-so-lieu/index.html');
    expect(story).toContain('năm 2006 Hà Nội cũ có tỷ lệ hộ nghèo 3,0%, còn Hà Tây là 12,4%');
  });

  it('a story prints a difference with the decimals of its inputs: 13,8% − 5,8% is "8,0 điểm %", not "8 điểm %"', () => {
    expect(text('bai-viet/trung-du-mien-nui-phia-bac-so-voi-ca-nuoc/index.html')).toContain(
      'từ 15,2 điểm % năm 2010 còn 8,0 điểm % năm 2016',
    );
  });

  it('a province page prints review rates as printed: Kon Tum 5,90%', () => {
    const page = text('tinh/kon-tum/index.html');
    // The 2021–2025 review table (2021: 21.989 poor, 15,32%, near-poor 5,90% flagged "?"), and the 2016–2020 review row.
    expect(page).toContain('202121.98915,32%5,90%? (Nghi nguồn in nhầm');
    expect(page).toContain('8.372 hộ (5,90%)');
  });
});
