import { describe, expect, it } from 'vitest';
import { chartCsv } from '../../../src/lib/embed/index.ts';

describe('chartCsv(table) against formula injection', () => {
  it('writes text cells that start a formula as text, and leaves negative numbers as numbers', () => {
    const csv = chartCsv({
      columns: [
        { label: 'Chỉ tiêu', numeric: false },
        { label: 'Thay đổi', numeric: true },
      ],
      rows: [
        [
          { text: '=HYPERLINK("http://evil.example","Lai Châu")', sort: 'x' },
          { text: '−3,2', sort: -3.2 },
        ],
        [
          { text: '@cmd', sort: 'y' },
          { text: '1,5', sort: 1.5 },
        ],
        [
          { text: '-2+3', sort: 'z' },
          { text: '–', sort: null },
        ],
      ],
    });
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFChỉ tiêu,Thay đổi',
      `"'=HYPERLINK(""http://evil.example"",""Lai Châu"")",-3.2`,
      "'@cmd,1.5",
      "'-2+3,",
      '',
    ]);
  });
});
