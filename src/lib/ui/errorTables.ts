import { messages, type Guide, type MessageEntry } from './messages.ts';

/** The lines between which a guide holds its generated table of errors. */
export const TABLE_START = '<!-- errors:start (generated from src/lib/ui/messages.ts by npm run docs:errors; edit there) -->';
export const TABLE_END = '<!-- errors:end -->';

/** A value of a template as the guides show it: the guide itself, or "…". */
const shownValue = (name: string) => (name === 'guide' ? 'hướng dẫn này' : '…');
const filled = (template: string) => template.replace(/\{([a-z]\w*)\}/g, (_, name: string) => shownValue(name));

/** Text for a table cell: `|` would end the cell, `<` would open a tag. */
const cell = (text: string) => text.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replaceAll('<', '\\<');
/** A message as code, as the terminal shows it. */
const code = (text: string) => `\`${text.replaceAll('|', '\\|')}\``;

/**
 * The table of errors a guide lists: each message of the catalogue for that guide, with "…" for
 * its values, and what to do. Unformatted: the caller runs it through Prettier.
 *
 * @example errorTable('du-lieu').split('\n')[0] // '| thông báo | cách sửa |'
 */
export function errorTable(guide: Guide): string {
  const entries = (Object.values(messages) as MessageEntry[]).filter((entry) => entry.guides.includes(guide));
  // The guide's own messages first, then those it shares (fields, text) with the others.
  const rows = [
    ...entries.filter((entry) => entry.guides[0] === guide),
    ...entries.filter((entry) => entry.guides[0] !== guide),
  ].map((entry) => `| ${code(filled(entry.text))} | ${cell(filled(entry.hint))} |`);
  return ['| thông báo | cách sửa |', '| --- | --- |', ...rows].join('\n');
}

/**
 * A guide with its table of errors replaced by the catalogue's, between TABLE_START and
 * TABLE_END. Throws when the guide has no such place.
 */
export function withErrorTable(markdown: string, guide: Guide): string {
  const start = markdown.indexOf(TABLE_START);
  const end = markdown.indexOf(TABLE_END);
  if (start === -1 || end < start) throw new Error(`docs/${guide}.md has no ${TABLE_START} … ${TABLE_END} lines`);
  return `${markdown.slice(0, start + TABLE_START.length)}\n\n${errorTable(guide)}\n\n${markdown.slice(end)}`;
}

export const guides: readonly Guide[] = ['viet-bai', 'du-lieu', 'bieu-do'];
