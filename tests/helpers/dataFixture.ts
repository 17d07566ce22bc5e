import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A small provinces reference table with the real codes, names and slugs of three provinces. */
export const provincesCsv = [
  'code,name,slug,full_name,name_en,unit_type,region,iso_3166_2,province_2025_code,province_2025_name,merger_status_2025',
  '01,Hà Nội,ha-noi,Thành phố Hà Nội,Ha Noi,Thành phố Trung ương,Đồng bằng sông Hồng,VN-HN,01,Hà Nội,unchanged',
  '11,Điện Biên,dien-bien,Tỉnh Điện Biên,Dien Bien,Tỉnh,Trung du và miền núi phía Bắc,VN-71,11,Điện Biên,unchanged',
  '12,Lai Châu,lai-chau,Tỉnh Lai Châu,Lai Chau,Tỉnh,Trung du và miền núi phía Bắc,VN-01,12,Lai Châu,unchanged',
  '',
].join('\n');

const columns = (names: string[]) => names.map((name) => `  - { name: ${name}, type: string, label: ${name} }`).join('\n');

export const provincesSchemaYaml = `id: provinces
title: Tỉnh
description: Bảng tham chiếu.
sources: [{ title: Danh mục, publisher: GSO, reliability: official, date: 2024 }]
licence: { name: Công khai }
primaryKey: [code]
columns:
  - { name: code, type: code, label: Mã, pattern: '\\d{2}' }
${columns(['name', 'slug', 'full_name', 'name_en', 'unit_type', 'region', 'iso_3166_2', 'province_2025_code', 'province_2025_name', 'merger_status_2025'])}
`;

/** A schema for a small poverty table: province code, year, rate. */
export function povertySchemaYaml(extra = ''): string {
  return `id: poverty
title: Tỷ lệ hộ nghèo
description: Thử nghiệm.
sources: [{ title: Bảng, publisher: GSO, reliability: official, date: 2018-09 }]
licence: { name: Công khai }
primaryKey: [province_code, year]
${extra}
columns:
  - { name: province_code, type: code, label: Mã tỉnh, pattern: '\\d{2}', references: provinces }
  - { name: province, type: string, label: Tỉnh }
  - { name: year, type: year, label: Năm }
  - { name: households, type: integer, label: Số hộ nghèo, nullable: true, min: 0 }
  - { name: rate, type: percent, label: Tỷ lệ, unit: '%', nullable: true, min: 0, max: 100 }
`;
}

/** Writes `files` (path → text or bytes) under a fresh temporary project root; returns the root. */
export function writeProject(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'thuocdo-data-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** A project whose data/ holds the provinces reference and one poverty CSV with the given text. */
export function povertyProject(csv: string | Uint8Array, schemaExtra = ''): string {
  return writeProject({
    'data/geo/provinces.csv': provincesCsv,
    'data/geo/provinces.schema.yaml': provincesSchemaYaml,
    'data/poverty/poverty.csv': csv,
    'data/poverty/poverty.schema.yaml': povertySchemaYaml(schemaExtra),
  });
}
