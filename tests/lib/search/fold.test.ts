import { describe, expect, it } from 'vitest';
import { foldedDWords, foldVietnamese, htmlText } from '../../../src/lib/search/fold.ts';

describe('foldVietnamese(text)', () => {
  it('removes every mark and folds đ, which Unicode decomposition does not', () => {
    expect(foldVietnamese('Đường ĐIỆN Biên')).toBe('duong dien bien');
    expect(foldVietnamese('Lai Châu'.normalize('NFD'))).toBe('lai chau');
  });
});

describe('foldedDWords(text)', () => {
  it('lists the words holding đ, folded, once each', () => {
    expect(foldedDWords('Con đường đến Điện Biên, đường xa')).toBe('duong den dien');
  });
});

describe('htmlText(html)', () => {
  it('keeps text, drops tags, scripts and styles', () => {
    expect(htmlText('<p>Lai &amp; Châu</p><script>x()</script><style>p{}</style>').replace(/\s+/g, ' ').trim()).toBe(
      'Lai & Châu',
    );
  });
});
