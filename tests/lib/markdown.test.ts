import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkChartIds } from '../../src/lib/markdown/remarkChartIds.ts';

const chartDir = mkdtempSync(join(tmpdir(), 'thuocdo-charts-'));
mkdirSync(chartDir, { recursive: true });
writeFileSync(join(chartDir, 'lai-chau-ha-tang-2024.yaml'), 'id: lai-chau-ha-tang-2024\n');

/** An MDX tree holding one `<Chart id>` on line 7. */
const treeWith = (id: string): Root =>
  ({
    type: 'root',
    children: [
      {
        type: 'mdxJsxFlowElement',
        name: 'Chart',
        attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
        children: [],
        position: { start: { line: 7, column: 1 }, end: { line: 7, column: 40 } },
      },
    ],
  }) as unknown as Root;

describe('remarkChartIds({ chartDir })', () => {
  const check = remarkChartIds({ chartDir });

  it('accepts a chart id that has a spec', () => {
    expect(() => check(treeWith('lai-chau-ha-tang-2024'), new VFile({ path: 'src/content/stories/a.mdx' }))).not.toThrow();
  });

  it('fails on an unknown id, naming the story, the line, the id and the closest id', () => {
    const file = new VFile({ path: 'src/content/stories/lai-chau.mdx' });
    expect(() => check(treeWith('lai-chau-ha-tang'), file)).toThrow(
      /Chart id="lai-chau-ha-tang".*Did you mean "lai-chau-ha-tang-2024"/,
    );
    expect(file.messages[0]).toMatchObject({ file: 'src/content/stories/lai-chau.mdx', line: 7 });
  });
});
