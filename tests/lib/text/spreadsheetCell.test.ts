import { describe, expect, it } from 'vitest';
import { spreadsheetText } from '../../../src/lib/text/spreadsheetCell.ts';

describe('spreadsheetText(cell)', () => {
  it('writes as text a cell a spreadsheet would run as a formula', () => {
    for (const cell of ['=1+1', '+1', '-1+2', '@SUM(A1)', '\t=1', '\r=1', '＝1', '=HYPERLINK("http://x","bấm")']) {
      expect(spreadsheetText(cell), JSON.stringify(cell)).toBe(`'${cell}`);
    }
  });

  it('leaves other text alone', () => {
    for (const cell of ['Lai Châu', '', '1 - 2', "'quoted", 'a=b']) expect(spreadsheetText(cell)).toBe(cell);
  });
});
