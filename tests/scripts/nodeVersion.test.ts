import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const pinned: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.node;

/**
 * The PATH of a fresh terminal on this machine: without the Node that `.ci/node-env` or a running
 * `npm` put in front (on these machines that leaves Node 20, which Astro 7 refuses).
 */
const machinePath = (process.env.PATH ?? '')
  .split(delimiter)
  .filter((dir) => !dir.includes(join('.cache', 'node')) && !dir.includes('node_modules'))
  .join(delimiter);

describe("the README's set-up on the machine's own Node", () => {
  it('pins the node package to an exact version Astro 7 accepts', () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    const [major, minor] = pinned.split('.').map(Number);
    expect(major > 22 || (major === 22 && minor >= 12)).toBe(true);
  });

  it('runs every npm script on the pinned Node, not on the machine’s', () => {
    const result = spawnSync('npm', ['exec', '--no', '--', 'node', '-p', 'process.versions.node'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PATH: machinePath },
    });
    expect(result.stderr).not.toMatch(/not supported/);
    expect(result.stdout.trim()).toBe(pinned);
  });
});
