/**
 * A story's front matter. One zod schema; a wrong field fails the build naming the file and
 * the field.
 */
import { z } from 'zod';
import { paragraph, slugName, text as textField } from '../text/fields.ts';
import { messageText, say, type Said } from '../ui/messages.ts';

const text = textField();

const withOffset = z.iso.datetime({ offset: true });
const withoutOffset = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?)?$/;

/**
 * What is wrong with a date and time that is not ISO 8601 with an offset. Without an offset the
 * same text means 08:00 in Hà Nội or 08:00 UTC (15:00 in Hà Nội), so a story could publish
 * hours late or not yet: the hint gives the text with Vietnam's offset.
 *
 * @example dateTimeProblem('2026-11-26T08:00').hint // 'Có phải "2026-11-26T08:00:00+07:00"? …'
 */
export function dateTimeProblem(value: string): Said {
  const local = withoutOffset.exec(value.trim());
  if (!local) return say('story.dateInvalid');
  const [, date, time = '00:00', seconds = ':00'] = local;
  return say('story.dateNoOffset', {}, `${date}T${time}${seconds}+07:00`);
}

/**
 * A date and time with its offset, e.g. 2024-08-12T16:48:00+07:00. Astro's own YAML reader
 * gives it as a Date (and reads a date without an offset as UTC): src/lib/stories/frontMatter.ts
 * checks the text as written, so an offset is never missing.
 */
const dateTime = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString() : value),
  z
    .string({ message: messageText('story.dateInvalid') })
    .superRefine((value, ctx) => {
      if (withOffset.safeParse(value).success) return;
      const said = dateTimeProblem(value);
      ctx.addIssue({ code: 'custom', message: said.message, params: { said } });
    })
    .transform((s) => new Date(s)),
);

export const storySchema = z.strictObject({
  title: text,
  /** The sapo: one or two sentences under the title. */
  lede: paragraph(),
  publishedAt: dateTime,
  updatedAt: dateTime.optional(),
  authors: z.array(slugName()).min(1, messageText('story.noAuthor')),
  /** Section and subsection, e.g. [Xã hội, An sinh xã hội] → /chuyen-muc/xa-hoi/an-sinh-xa-hoi/. */
  section: z.tuple([slugName(), slugName()], {
    error: (issue) =>
      issue.code === 'too_small' || issue.code === 'too_big' || issue.code === 'invalid_type'
        ? messageText('story.section')
        : undefined,
  }),
  tags: z.array(slugName()).default([]),
  /** GSO codes of the provinces the story is about (see data/geo/provinces.csv). */
  provinces: z
    .array(z.string({ message: messageText('story.provinceCode') }).regex(/^\d{2}$/, messageText('story.provinceCode')))
    .default([]),
  /** The chart shown at the top of the story and in lists, instead of a photo. */
  heroChart: text.optional(),
  /** A photo from public/, by its path there: `/anh/lai-chau.jpg` is public/anh/lai-chau.jpg. */
  hero: z
    .strictObject({
      src: text.regex(/^\/(?!\/)\S+$/, messageText('story.heroPath')),
      alt: text,
      caption: paragraph(),
      credit: text,
    })
    .optional(),
  draft: z.boolean().default(false),
  featured: z.boolean().default(false),
  corrections: z.array(z.strictObject({ date: dateTime, text: paragraph() })).default([]),
});

export type StoryData = z.output<typeof storySchema>;
