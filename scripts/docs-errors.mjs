#!/usr/bin/env node
// `npm run docs:errors`: writes the tables of errors in docs/viet-bai.md, docs/du-lieu.md and
// docs/bieu-do.md from the message catalogue (src/lib/ui/messages.ts), formatted as Prettier
// formats them. tests/lib/ui/messages.test.ts fails while a guide's table differs from it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { guides, withErrorTable } from '../src/lib/ui/errorTables.ts';

const docs = join(import.meta.dirname, '../docs');
for (const guide of guides) {
  const path = join(docs, `${guide}.md`);
  const before = readFileSync(path, 'utf8');
  const after = await format(withErrorTable(before, guide), { ...(await resolveConfig(path)), filepath: path });
  if (after !== before) {
    writeFileSync(path, after);
    console.log(`docs/${guide}.md: table of errors written`);
  }
}
