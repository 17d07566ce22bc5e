import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

const goldenDir = join(import.meta.dirname, '../golden');

/** One element per line, so a golden's diff reads like a review. */
export function prettySvg(svg: string): string {
  return svg.replace(/></g, '>\n<') + '\n';
}

/**
 * Compares output with its committed golden file. A mismatch writes `<name>-changed.<ext>`
 * beside it for review and fails; `UPDATE_GOLDEN=1 npm test` rewrites the goldens (a reviewed
 * diff, not a reflex).
 */
export function expectGolden(name: string, actual: string): void {
  const path = join(goldenDir, name);
  const changed = path.replace(/(\.[a-z]+)$/, '-changed$1');
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(path, actual);
    rmSync(changed, { force: true });
    return;
  }
  if (!existsSync(path)) throw new Error(`no golden file ${name}: run UPDATE_GOLDEN=1 npm test and review it`);
  const expected = readFileSync(path, 'utf8');
  if (expected === actual) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect(actual, `${name} differs from its golden; see ${changed}`).toBe(expected);
}
