import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { inlineExportStyle } from '../../../src/lib/embed/exportStyle.ts';
import { rewriteAttributes } from '../../../src/lib/svg/rewriteAttributes.ts';

const parsed = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement as unknown as Element;

describe('rewriteAttributes(element, value, added)', () => {
  it('keeps the attributes in order, changes and drops what it is told, adds new ones after, escapes once', () => {
    const root = parsed('<svg><path class="q0" aria-label="x" data-label="A &amp; &lt;B&gt;" d="M0.123,1L2,3"/></svg>');
    const path = root.querySelector('path')!;
    rewriteAttributes(
      path,
      ({ name, value }) => (name === 'aria-label' ? null : name === 'd' ? 'M0.1,1L2,3' : value),
      new Map([['fill', '#333333']]),
    );
    expect(root.outerHTML).toBe('<svg><path class="q0" data-label="A &amp; &lt;B&gt;" d="M0.1,1L2,3" fill="#333333" /></svg>');
  });
});

describe('inlineExportStyle(svg)', () => {
  it('writes the export colours without escaping a data label twice', () => {
    const svg = inlineExportStyle(
      '<svg xmlns="http://www.w3.org/2000/svg"><path class="q0" data-label="Tỉnh &amp; &lt;B&gt;"/></svg>',
    );
    expect(svg).toContain('data-label="Tỉnh &amp; &lt;B&gt;"');
    expect(svg).not.toMatch(/&amp;(amp|lt|gt);/);
  });
});
