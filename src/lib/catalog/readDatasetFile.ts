import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The bytes of a bundled dataset file, unchanged (BOM, line endings and all). `file` is relative
 * to the project `root`; a path that leads out of the root throws rather than being read.
 *
 * @example readDatasetFile(process.cwd(), 'data/gso/poverty-rate-by-province.csv').byteLength // 42141
 */
export function readDatasetFile(root: string, file: string): Uint8Array<ArrayBuffer> {
  const path = resolve(root, file);
  const inside = relative(root, path);
  if (isAbsolute(file) || inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new Error(`readDatasetFile: "${file}" is not a file inside the project (${root})`);
  }
  // A plain Uint8Array over its own ArrayBuffer: what a Response body accepts.
  return new Uint8Array(readFileSync(path));
}
