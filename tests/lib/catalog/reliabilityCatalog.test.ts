import { describe, expect, it } from 'vitest';
import { datasetColumns } from '../../../src/lib/catalog/datasetColumns.ts';
import { datasetPreview } from '../../../src/lib/catalog/datasetPreview.ts';
import { datasetSources } from '../../../src/lib/catalog/datasetSources.ts';
import { formatCell } from '../../../src/lib/catalog/formatCell.ts';
import type { ColumnSchema } from '../../../src/lib/data/index.ts';

const columns: ColumnSchema[] = [
  { name: 'province_code', type: 'code', label: 'Mã tỉnh', nullable: false },
  { name: 'poor_households', type: 'integer', label: 'Số hộ nghèo', unit: 'hộ', nullable: true },
  { name: 'rate', type: 'percent', label: 'Tỷ lệ hộ nghèo', nullable: true },
  {
    name: 'verification',
    type: 'string',
    label: 'Kết quả đối chiếu',
    nullable: true,
    separator: ';',
    values: { read_in_article: 'đã đối chiếu với toàn văn bài báo', corroborated: 'có bài báo khác in đúng số này' },
  },
  { name: 'reliability', type: 'reliability', label: 'Độ tin cậy', nullable: false },
];
const rows = [
  {
    province_code: '02',
    poor_households: 59496,
    rate: 31.12,
    verification: 'read_in_article;corroborated',
    reliability: 'press_paraphrase|estimate(poor_households)',
  },
  { province_code: '96', poor_households: 7407, rate: 2.41, verification: null, reliability: 'secondary' },
  { province_code: '12', poor_households: 20961, rate: 19.46, verification: 'read_in_article', reliability: 'press_paraphrase' },
];

describe('the dataset page in words a reader understands', () => {
  it('formatCell(value, column) shows the labels of a value list and a reliability cell in words', () => {
    expect(formatCell('read_in_article;corroborated', columns[3])).toBe(
      'đã đối chiếu với toàn văn bài báo; có bài báo khác in đúng số này',
    );
    expect(formatCell('press_paraphrase|estimate(poor_households)', columns[4], undefined, () => 'Số hộ nghèo')).toBe(
      'theo báo chí dẫn lại; số gần đúng (Số hộ nghèo)',
    );
  });

  it('datasetPreview(schema, rows) marks the values the reliability column flags and explains the markers', () => {
    const { table } = datasetPreview(
      { columns },
      rows,
      rows.map(() => ({})),
    );
    expect(table.rows.map((row) => row.slice(0, 3).map((c) => c.text + (c.marks?.join('') ?? '')))).toEqual([
      ['02', '59.496≈', '31,12%'],
      ['96†', '7.407', '2,41%'],
      ['12', '20.961', '19,46%'],
    ]);
    expect(table.rows[0][4].text).toBe('theo báo chí dẫn lại; số gần đúng (Số hộ nghèo)');
    expect(table.footnotes?.map((f) => `${f.mark} ${f.text}`)).toEqual([
      '† Nguồn thứ cấp: trang đăng lại tin của nơi khác hoặc không dẫn văn bản nào; cần kiểm chứng.',
      '≈ Số gần đúng: nguồn ghi “khoảng”.',
    ]);
  });

  it('datasetColumns(columns, rows) lists what each value means: the schema labels, and the reliability words the rows use', () => {
    const [, , , verification, reliability] = datasetColumns(columns, rows);
    expect(verification.values).toEqual([
      { value: 'read_in_article', meaning: 'đã đối chiếu với toàn văn bài báo' },
      { value: 'corroborated', meaning: 'có bài báo khác in đúng số này' },
    ]);
    expect(reliability.type).toBe('độ tin cậy');
    expect(reliability.values?.map((v) => v.value)).toEqual(['press_paraphrase', 'secondary', 'estimate']);
    expect(reliability.values?.[0].meaning).toBe(
      'Báo chí thuật lại văn bản hoặc lời của cơ quan nhà nước; không đọc từ bảng số liệu.',
    );
  });

  it('datasetSources(sources) says how each source was read', () => {
    const [source] = datasetSources([
      {
        title: 'Bài',
        publisher: 'Báo Cà Mau',
        reliability: 'press',
        credited: true,
        date: '2024-04-09',
        reading: 'press_paraphrase',
      },
    ]);
    expect(source.reading).toBe('Báo chí thuật lại văn bản hoặc lời của cơ quan nhà nước; không đọc từ bảng số liệu.');
  });
});
