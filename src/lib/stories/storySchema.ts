/**
 * A story's front matter. One zod schema; a wrong field fails the build naming the file and
 * the field.
 */
import { z } from 'zod';

const text = z.string().trim().min(1, 'must not be empty');

/** A date and time with its offset, e.g. 2024-08-12T16:48:00+07:00; YAML may give it as a Date. */
const dateTime = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString() : value),
  z.iso
    .datetime({ offset: true, message: 'write the date and time with its offset, e.g. 2024-08-12T16:48:00+07:00' })
    .transform((s) => new Date(s)),
);

export const storySchema = z.strictObject({
  title: text,
  /** The sapo: one or two sentences under the title. */
  lede: text,
  publishedAt: dateTime,
  updatedAt: dateTime.optional(),
  authors: z.array(text).min(1, 'name at least one author'),
  /** Section and subsection, e.g. [Xã hội, An sinh xã hội] → /chuyen-muc/xa-hoi/an-sinh-xa-hoi/. */
  section: z.tuple([text, text]),
  tags: z.array(text).default([]),
  /** GSO codes of the provinces the story is about (see data/geo/provinces.csv). */
  provinces: z.array(z.string().regex(/^\d{2}$/, 'a province code has two digits, e.g. 12')).default([]),
  /** The chart shown at the top of the story and in lists, instead of a photo. */
  heroChart: text.optional(),
  hero: z.strictObject({ src: text, alt: text, caption: text, credit: text }).optional(),
  draft: z.boolean().default(false),
  featured: z.boolean().default(false),
  corrections: z.array(z.strictObject({ date: dateTime, text })).default([]),
});

export type StoryData = z.output<typeof storySchema>;
