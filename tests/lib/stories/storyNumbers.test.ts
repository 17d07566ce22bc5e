import { describe, expect, it } from 'vitest';
import {
  changedNumbers,
  numberChangeMessages,
  recordNumbers,
  storyNumbers,
  uncorrectedChanges,
} from '../../../src/lib/stories/storyNumbers.ts';

const value = (v: string, dataset = 'poverty') => `<span class="data-value" data-dataset="${dataset}">${v}</span>`;
const page = (a: string, b: string) =>
  `<article><div class="story-body"><p>Năm 2006, tỷ lệ là ${value(a)}, cao nhất. Cả nước là ${value(b)} &amp; vùng là ${value('27,5%')}.</p>` +
  `<p>Không có số.</p><ul><li>Mục có số ${value('1.417,3 tỷ đồng', 'funds')}.</li></ul><h2>Mục ${value('3')}</h2></div></article>`;

describe('storyNumbers(html)', () => {
  it('finds every number with its sentence, in reading order', () => {
    expect(storyNumbers(page('58,2%', '15,5%'))).toEqual([
      {
        key: 'Năm 2006, tỷ lệ là {}, cao nhất.',
        sentence: 'Năm 2006, tỷ lệ là 58,2%, cao nhất.',
        value: '58,2%',
        dataset: 'poverty',
      },
      { key: 'Cả nước là {} & vùng là {}.', sentence: 'Cả nước là 15,5% & vùng là 27,5%.', value: '15,5%', dataset: 'poverty' },
      { key: 'Cả nước là {} & vùng là {}.', sentence: 'Cả nước là 15,5% & vùng là 27,5%.', value: '27,5%', dataset: 'poverty' },
      { key: 'Mục có số {}.', sentence: 'Mục có số 1.417,3 tỷ đồng.', value: '1.417,3 tỷ đồng', dataset: 'funds' },
      { key: 'Mục {}', sentence: 'Mục 3', value: '3', dataset: 'poverty' },
    ]);
  });
});

describe('changedNumbers(recorded, current)', () => {
  it('names a number the data moved, not a sentence the editor rewrote', () => {
    const before = storyNumbers(page('58,2%', '15,5%'));
    expect(changedNumbers(before, storyNumbers(page('58,3%', '15,5%')))).toEqual([
      { sentence: 'Năm 2006, tỷ lệ là 58,3%, cao nhất.', dataset: 'poverty', from: '58,2%', to: '58,3%' },
    ]);
    const rewritten = storyNumbers(page('58,3%', '15,5%').replace('cao nhất', 'cao nhất nước'));
    expect(changedNumbers(before, rewritten)).toEqual([]);
  });
});

describe('uncorrectedChanges(changes, corrections, recordedAt)', () => {
  const change = { sentence: 's', dataset: 'd', from: '58,2%', to: '58,3%' };
  const recordedAt = new Date('2026-11-29T00:00:00Z');
  it('keeps a change until a correction after the record names its new value', () => {
    expect(uncorrectedChanges([change], [], recordedAt)).toEqual([change]);
    expect(
      uncorrectedChanges([change], [{ date: new Date('2026-11-28T00:00:00Z'), text: 'Sửa thành 58,3%.' }], recordedAt),
    ).toEqual([change]);
    expect(
      uncorrectedChanges([change], [{ date: new Date('2026-11-30T00:00:00Z'), text: 'Sửa một lỗi chính tả.' }], recordedAt),
    ).toEqual([change]);
    expect(
      uncorrectedChanges(
        [change],
        [{ date: new Date('2026-11-30T00:00:00Z'), text: 'Tỷ lệ năm 2006 sửa từ 58,2% thành 58,3%.' }],
        recordedAt,
      ),
    ).toEqual([]);
  });
});

describe('recordNumbers(previous, current, now) and numberChangeMessages', () => {
  it('keeps the date of an unchanged story, and reports a moved number in Vietnamese with story, sentence and old → new', () => {
    const first = recordNumbers(
      {},
      new Map([['lai-chau', storyNumbers(page('58,2%', '15,5%'))]]),
      new Date('2026-11-01T00:00:00Z'),
    );
    const again = recordNumbers(
      first,
      new Map([['lai-chau', storyNumbers(page('58,2%', '15,5%'))]]),
      new Date('2026-11-29T00:00:00Z'),
    );
    expect(again['lai-chau']).toBe(first['lai-chau']);
    const messages = numberChangeMessages(first, new Map([['lai-chau', storyNumbers(page('58,3%', '15,5%'))]]), new Map());
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(
      'Bài lai-chau: dữ liệu poverty đã đổi một con số đã đăng, 58,2% → 58,3%, trong câu: “Năm 2006, tỷ lệ là 58,3%, cao nhất.”',
    );
    expect(messages[0]).toContain('corrections');
  });
});
