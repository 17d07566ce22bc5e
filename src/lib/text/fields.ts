/**
 * The zod fields every editor-written schema shares (datasets, chart specs, stories), so that
 * text, links and names are checked the same way wherever they are typed.
 */
import { z } from 'zod';
import { slugify } from '../format/slug.ts';
import { messageText } from '../ui/messages.ts';
import { textProblem } from './safeText.ts';

/** Lengths a field may have: a name or title fits a line; a description is a paragraph. */
export const LINE_MAX = 200;
export const PARAGRAPH_MAX = 2000;

/**
 * Non-empty text, trimmed, without invisible control or direction characters, at most `max`
 * characters.
 */
export const text = (max: number = LINE_MAX) =>
  z
    .string()
    .trim()
    .min(1, messageText('field.empty'))
    .superRefine((value, ctx) => {
      const problem = textProblem(value, max);
      // `said` carries the catalogue message with its values to src/lib/ui/zodIssue.ts.
      if (problem) ctx.addIssue({ code: 'custom', message: problem.message, params: { said: problem } });
    });

/** A paragraph: a description, a note, a caveat, a lede. */
export const paragraph = () => text(PARAGRAPH_MAX);

/**
 * A name that becomes part of a URL (a tag, an author, a section): it must keep at least one
 * letter or digit once folded (`🎉` or `★★` would give an empty address).
 */
export const slugName = () => text().refine((value) => slugify(value) !== '', { message: messageText('field.slugName') });

/**
 * A link to a web page: http or https only. `javascript:`, `data:`, `vbscript:` and `file:`
 * links would run code or reach the reader's own disk when clicked.
 */
export const webUrl = () =>
  z.url({ protocol: /^https?$/, message: messageText('field.webUrl') }).superRefine((value, ctx) => {
    const problem = textProblem(value, PARAGRAPH_MAX);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message, params: { said: problem } });
  });
