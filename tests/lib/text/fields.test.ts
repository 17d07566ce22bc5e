import { describe, expect, it } from 'vitest';
import { slugName, text, webUrl } from '../../../src/lib/text/fields.ts';

describe('webUrl()', () => {
  it('accepts web pages only: no javascript:, data:, vbscript: or file: link becomes live', () => {
    expect(webUrl().parse('https://www.gso.gov.vn/du-lieu/')).toBe('https://www.gso.gov.vn/du-lieu/');
    expect(webUrl().safeParse('http://example.org/a?b=c').success).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.org/x',
    ]) {
      const result = webUrl().safeParse(url);
      expect(result.success, url).toBe(false);
      if (!result.success) expect(result.error.issues[0].message).toMatch(/https:\/\//);
    }
  });
});

describe('text(max)', () => {
  it('refuses a vertical tab pasted from Word, naming it', () => {
    const result = text().safeParse('Giảm nghèo\u000Bở Lai Châu');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0].message).toMatch(/^có ký tự ẩn U\+000B .* ở ký tự thứ 11$/);
  });

  it('refuses a text longer than the field takes', () => {
    expect(text().safeParse('x'.repeat(201)).success).toBe(false);
    expect(text().safeParse('x'.repeat(200)).success).toBe(true);
  });
});

describe('slugName()', () => {
  it('refuses a name with nothing to make an address from', () => {
    for (const name of ['🎉', '★★', '—']) expect(slugName().safeParse(name).success, name).toBe(false);
    expect(slugName().parse('Giảm nghèo')).toBe('Giảm nghèo');
    expect(slugName().parse('Đường 🎉')).toBe('Đường 🎉');
  });
});
