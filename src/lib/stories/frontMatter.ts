/**
 * A story's front matter, checked as the editor wrote it: Astro reads front matter with a YAML
 * reader that turns `2026-11-26T08:00:00` into a date in UTC and reports a missing field at
 * "line 0" in English. Here every field is checked against the story schema at its own line and
 * column, in Vietnamese, with the value and an example, before Astro reads the file.
 */
import type { ProvinceNames } from '../data/provinceNames.ts';
import { issue, type DataIssue } from '../data/issues.ts';
import { closest } from '../text/closest.ts';
import { say } from '../ui/messages.ts';
import { readYaml } from '../yaml/readYaml.ts';
import { storySchema } from './storySchema.ts';

/** What the front matter may point at: chart ids (`heroChart`) and provinces (`provinces`). */
export interface StoryReferences {
  chartIds?: ReadonlySet<string>;
  provinces?: ProvinceNames;
}

/** A line to add for each required field, as `npm run new:story` writes it. */
const examples: Record<string, string> = {
  title: "title: 'Tiêu đề bài viết'",
  lede: "lede: 'Sapo: một, hai câu tóm tắt bài.'",
  publishedAt: 'publishedAt: 2026-11-26T08:00:00+07:00',
  authors: 'authors: [Ban Dữ liệu Thước Đo]',
  section: 'section: [Xã hội, An sinh xã hội]',
};

/** The YAML between the opening `---` (line 1) and the next line holding only `---`. */
export function frontMatterOf(text: string): string | undefined {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  if (lines[0]?.trimEnd() !== '---') return undefined;
  const end = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
  return end === -1 ? undefined : lines.slice(1, end).join('\n');
}

/**
 * The problems of a story's front matter, each at its line and column of the story file.
 * Invisible characters are left to `storyFileIssues`, which finds them anywhere in the file.
 *
 * @example frontMatterIssues('src/content/stories/a.mdx', '---\ntitle: A\n---\n') // [… 'phần đầu bài thiếu trường bắt buộc "lede"' …]
 */
export function frontMatterIssues(file: string, text: string, references: StoryReferences = {}): DataIssue[] {
  const yaml = frontMatterOf(text);
  if (yaml === undefined) return [issue({ file, line: 1, column: 1 }, 'story.noFrontMatter')];
  const result = readYaml(yaml, file, storySchema, {
    guide: 'docs/viet-bai.md',
    // The YAML starts on the line after the opening ---.
    lineOffset: 1,
    required: (field) => (field in examples ? say('story.fieldRequired', { field, example: examples[field] }) : undefined),
  });
  if ('issues' in result) {
    return result.issues
      .filter((found) => found.key !== 'text.invisible')
      .map((found) => {
        // A province written by name: suggest its code.
        const province = found.key === 'story.provinceCode' && found.value ? references.provinces?.find(found.value) : undefined;
        return province ? { ...found, ...say('story.provinceCode', {}, province.code) } : found;
      });
  }
  const { data, placeOf } = result;
  const issues: DataIssue[] = [];
  const { chartIds, provinces } = references;
  if (data.heroChart !== undefined && chartIds && !chartIds.has(data.heroChart)) {
    issues.push(
      issue(
        { file, ...placeOf(['heroChart']), field: 'heroChart', value: data.heroChart },
        'story.unknownChart',
        {},
        closest(data.heroChart, chartIds),
      ),
    );
  }
  data.provinces.forEach((code, i) => {
    if (provinces && !provinces.byCode(code)) {
      issues.push(issue({ file, ...placeOf(['provinces', i]), field: `provinces.${i}`, value: code }, 'story.unknownProvince'));
    }
  });
  return issues;
}
