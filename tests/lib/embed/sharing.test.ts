import { describe, expect, it } from 'vitest';
import { chartCitation, chartCsv, chartOEmbed, embedIframe, embedSnippet, svgSize } from '../../../src/lib/embed/index.ts';
import { chartIdsIn, storiesUsingChart } from '../../../src/lib/stories/chartUsage.ts';

const target = { origin: 'https://thuocdo.vn', id: 'lai-chau-ha-tang-2024', title: 'Đường, trường "và" <trạm>' };

describe('embedSnippet(target)', () => {
  it('names the chart, loads the loader and leaves a PNG for readers without JavaScript, all escaped', () => {
    const snippet = embedSnippet(target);
    expect(snippet).toContain(
      '<div data-thuocdo-chart="lai-chau-ha-tang-2024" data-thuocdo-origin="https://thuocdo.vn" data-title="Đường, trường &quot;và&quot; &lt;trạm&gt;">',
    );
    expect(snippet).toContain(
      '<noscript><a href="https://thuocdo.vn/bieu-do/lai-chau-ha-tang-2024/"><img src="https://thuocdo.vn/bieu-do/lai-chau-ha-tang-2024.png"',
    );
    expect(snippet).toContain('<script async src="https://thuocdo.vn/nhung.js"></script>');
  });
});

describe('embedIframe(target)', () => {
  it('is a lazy, titled, borderless, sandboxed iframe of the embed page at the starting height, then the loader', () => {
    expect(embedIframe({ ...target, height: 539.2 }).split('\n')).toEqual([
      '<iframe src="https://thuocdo.vn/nhung/lai-chau-ha-tang-2024/" title="Đường, trường &quot;và&quot; &lt;trạm&gt;" width="100%" height="540" loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" frameborder="0" style="display:block;width:100%;border:0"></iframe>',
      '<script async src="https://thuocdo.vn/nhung.js"></script>',
    ]);
  });
});

describe('chartCitation(input)', () => {
  it('gives publication, year in Vietnam, title, URL and sources', () => {
    // 20:00 UTC on 31 December is already the next year in Vietnam.
    const citation = chartCitation({
      title: 'Tỷ lệ hộ nghèo',
      url: 'https://thuocdo.vn/bieu-do/x/',
      sources: ['Tổng cục Thống kê', 'Báo Lao động và Xã hội'],
      date: new Date('2025-12-31T20:00:00Z'),
    });
    expect(citation).toBe(
      'Thước Đo (2026). Tỷ lệ hộ nghèo. https://thuocdo.vn/bieu-do/x/. Số liệu: Tổng cục Thống kê; Báo Lao động và Xã hội.',
    );
  });
});

describe('chartCsv(table)', () => {
  it('writes the shown table with plain numbers, empty missing values and a BOM', () => {
    const csv = chartCsv({
      columns: [
        { label: 'Tỉnh, thành phố', numeric: false },
        { label: '2016', numeric: true },
      ],
      rows: [
        [
          { text: 'Lai Châu', sort: 'Lai Châu' },
          { text: '27,9%', sort: 27.9 },
        ],
        [
          { text: 'Hồ Chí Minh', sort: 'Hồ Chí Minh' },
          { text: '–', sort: null },
        ],
      ],
    });
    expect(csv).toBe('\uFEFF"Tỉnh, thành phố",2016\r\nLai Châu,27.9\r\nHồ Chí Minh,\r\n');
  });
});

describe('chartOEmbed(spec, origin, size)', () => {
  it('is a rich oEmbed with the embed iframe at its height and the PNG as thumbnail', () => {
    const oembed = chartOEmbed(target, 'https://thuocdo.vn', { height: 500, thumbnail: { width: 1360, height: 600 } });
    expect(oembed).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'Thước Đo',
      title: target.title,
      height: 500,
      thumbnail_url: 'https://thuocdo.vn/bieu-do/lai-chau-ha-tang-2024.png',
      thumbnail_width: 1360,
    });
    expect(oembed.html).toBe(embedIframe({ ...target, height: 500 }));
    // What WordPress and Ghost keep from a provider they do not know: the iframe alone.
    expect(oembed.html).toMatch(
      /^<iframe src="https:\/\/thuocdo\.vn\/nhung\/lai-chau-ha-tang-2024\/" [^>]*height="500"[^>]*><\/iframe>\n/,
    );
  });

  it('svgSize(svg, scale) reads the viewBox', () => {
    expect(svgSize('<svg viewBox="0 0 680 314.5">', 2)).toEqual({ width: 1360, height: 629 });
  });
});

describe('storiesUsingChart(stories, id, placed)', () => {
  it('finds stories that place the chart or use it as hero', () => {
    const stories = [
      { id: 'a', text: 'Text\n\n<Chart id="lai-chau-ha-tang-2024" />', data: {} },
      { id: 'b', text: "<Chart headingLevel={3} id='lai-chau-ha-tang-2024-khac' />", data: {} },
      { id: 'c', text: '', data: { heroChart: 'lai-chau-ha-tang-2024' } },
    ];
    expect(storiesUsingChart(stories, 'lai-chau-ha-tang-2024', (s) => chartIdsIn(s.text)).map((s) => s.id)).toEqual(['a', 'c']);
    expect(chartIdsIn(stories[1].text)).toEqual(['lai-chau-ha-tang-2024-khac']);
  });
});
