/**
 * A story's front matter. One zod schema; a wrong field fails the build naming the file and
 * the field.
 */
import { z } from 'zod';
import { paragraph, slugName, text as textField } from '../text/fields.ts';

const text = textField();

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
  lede: paragraph(),
  publishedAt: dateTime,
  updatedAt: dateTime.optional(),
  authors: z.array(slugName()).min(1, 'name at least one author'),
  /** Section and subsection, e.g. [Xã hội, An sinh xã hội] → /chuyen-muc/xa-hoi/an-sinh-xa-hoi/. */
  section: z.tuple([slugName(), slugName()]),
  tags: z.array(slugName()).default([]),
  /** GSO codes of the provinces the story is about (see data/geo/provinces.csv). */
  provinces: z.array(z.string().regex(/^\d{2}$/, 'a province code has two digits, e.g. 12')).default([]),
  /** The chart shown at the top of the story and in lists, instead of a photo. */
  heroChart: text.optional(),
  /** A photo from public/, by its path there: `/anh/lai-chau.jpg` is public/anh/lai-chau.jpg. */
  hero: z
    .strictObject({
      src: text.regex(/^\/(?!\/)\S+$/, 'write the path of the image inside public/, starting with /, e.g. /anh/lai-chau.jpg'),
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
