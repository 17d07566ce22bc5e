import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDatasets } from '../../../src/lib/data/index.ts';
import { provinceFacts } from '../../../src/lib/provinces/provinceFacts.ts';
import { tableOf } from '../../helpers/chartFixture.ts';

describe('provinceFacts(tables, code)', () => {
  const facts = tableOf([
    {
      province_code: '11',
      indicator: 'a',
      value: 87.5,
      unit: '%',
      source_id: 'S',
      reliability: 'secondary',
      wording: 'xã có chợ',
      wording_note: null,
    },
    {
      province_code: '11',
      indicator: 'b',
      value: 12,
      unit: '%',
      source_id: 'S',
      reliability: 'press_paraphrase',
      wording: null,
      wording_note: null,
    },
    {
      province_code: '12',
      indicator: 'a',
      value: 50,
      unit: '%',
      source_id: 'S',
      reliability: 'press_paraphrase',
      wording: 'xã có chợ',
      wording_note: null,
    },
  ]);
  facts.schema.columns = facts.schema.columns.map((c) =>
    c.name === 'province_code'
      ? { ...c, type: 'code' as const, references: 'provinces' as const }
      : c.name === 'reliability'
        ? { ...c, type: 'reliability' as const }
        : c,
  );
  facts.schema.sources = [
    { id: 'S', title: 'Bài', publisher: 'Báo Điện Biên Phủ', reliability: 'press', credited: true, date: '2024-05-02' },
  ];

  it('gives any province the figures a facts dataset holds for it in its own words, with source and markers', () => {
    expect(provinceFacts([facts], '11').facts).toEqual([
      {
        value: '87,5%',
        wording: 'xã có chợ',
        marks: ['†'],
        note: null,
        source: 'Báo Điện Biên Phủ, 02/05/2024',
        corroboratedBy: [],
        dataset: { id: 'test', title: 'Thử', href: '/du-lieu/test/' },
      },
    ]);
    expect(provinceFacts([facts], '01').facts).toEqual([]);
  });

  it('ignores datasets not shaped as facts', () => {
    expect(provinceFacts([tableOf([{ province_code: '11', value: 1 }])], '11').facts).toEqual([]);
  });
});

describe('provinceFacts on the bundled data', () => {
  const root = join(import.meta.dirname, '../../..');
  const tables = loadDatasets(join(root, 'data'), root);

  it('gives Lai Châu its roads, schools and health stations in the province’s words, the road caveat with them', () => {
    const { facts } = provinceFacts(tables.values(), '12');
    expect(facts.map((f) => `${f.value} ${f.wording}`)).toEqual([
      '99% xã có đường xe máy hoặc ô tô',
      '99,7% trường học được xây kiên cố',
      '94,2% trạm y tế xã được xây kiên cố',
    ]);
    expect(facts[0].note).toBe(
      'Cách tỉnh báo cáo, không phải chỉ tiêu “đường ô tô đến trung tâm xã” của Tổng điều tra nông thôn; không so được với số của cả nước.',
    );
    expect(facts[0].source).toBe('Báo Lao động và Xã hội, 12/08/2024');
    expect(facts[0].corroboratedBy).toEqual([
      'Báo Tin tức (Thông tấn xã Việt Nam)',
      'Dân tộc & Miền núi (Thông tấn xã Việt Nam)',
    ]);
  });

  it('gives no other province any, as only Lai Châu reported such figures', () => {
    expect(provinceFacts(tables.values(), '11').facts).toEqual([]);
  });
});
