import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');

describe('the published-stories query', () => {
  it('is the only reader of the stories collection, so no page can show a draft or a scheduled story', () => {
    const readers = globSync('src/**/*.{ts,astro,mdx}', { cwd: root }).filter((file) =>
      /getCollection\(\s*['"]stories['"]|getEntry\(\s*['"]stories['"]/.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(readers).toEqual(['src/queries/stories.ts']);
  });
});
