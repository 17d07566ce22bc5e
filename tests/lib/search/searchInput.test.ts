import { describe, expect, it } from 'vitest';
import { indexedElements, searchDocument, withoutIgnored } from '../../../src/lib/search/searchInput.ts';

describe('withoutIgnored(html): a page as Pagefind indexes it', () => {
  it('drops each element marked data-pagefind-ignore, with everything inside it, nested elements of its tag too', () => {
    const html =
      '<article data-pagefind-body><p>Lai Châu</p><div class="chart-frame" data-pagefind-ignore><div><svg><text>58,2%</text></svg></div><div>x</div></div><p>Điện Biên</p></article>';
    expect(withoutIgnored(html)).toBe('<article data-pagefind-body><p>Lai Châu</p><p>Điện Biên</p></article>');
  });

  it('reads attributes whose quoted values hold ">", and the attribute written with a value', () => {
    const html =
      '<p>a</p><details class="chart-data" title="a > b" data-pagefind-ignore="all"><summary>Xem</summary></details><p>b</p>';
    expect(withoutIgnored(html)).toBe('<p>a</p><p>b</p>');
  });

  it('keeps elements whose attributes only look alike, and a page with nothing ignored as it is', () => {
    const html = '<div data-pagefind-ignored-not="1">giữ</div><p data-pagefind-body>văn bản</p>';
    expect(withoutIgnored(html)).toBe(html);
  });

  it('leaves an element that is never closed, rather than cutting the rest of the page', () => {
    const html = '<p>a</p><div data-pagefind-ignore><p>b</p>';
    expect(withoutIgnored(html)).toBe(html);
  });
});

describe('indexedElements(html): what a search index holds of a page', () => {
  it('is the elements marked data-pagefind-body, whole, and nothing around them', () => {
    const html =
      '<nav>Trang chủ</nav><article class="story" data-pagefind-body><h1>Lai Châu</h1><div><p>Văn bản</p></div></article><section class="related"><h2>Tin khác</h2></section>';
    expect(indexedElements(html)).toBe(
      '<article class="story" data-pagefind-body><h1>Lai Châu</h1><div><p>Văn bản</p></div></article>',
    );
    expect(indexedElements('<main><p>Không có gì để tìm</p></main>')).toBe('');
  });
});

describe('searchDocument(html): what Pagefind is given of a page', () => {
  it('is the title and the indexed elements without what they ignore, then their đ-words folded, nothing else', () => {
    const html =
      '<html lang="vi"><head><title>Đường về xã</title><link rel="stylesheet" href="/a.css"></head><body><nav>Điện Biên</nav>' +
      '<article data-pagefind-body><h1>Đường</h1><div data-pagefind-ignore>đồ thị</div></article><section>Tin khác: Đắk Lắk</section></body></html>';
    expect(searchDocument(html)).toBe(
      '<html><head><title>Đường về xã</title></head><body><article data-pagefind-body><h1>Đường</h1></article>' +
        '<div data-pagefind-body data-pagefind-weight="0.3">⁂ duong</div></body></html>',
    );
  });
});
