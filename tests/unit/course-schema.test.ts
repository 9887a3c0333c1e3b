import { describe, expect, test } from 'vitest';
import { courseSchema } from '../../src/schemas/course-schema.ts';
import { lessonSchema } from '../../src/schemas/lesson-schema.ts';

const source = { title: 'Community management of opioid overdose', publisher: 'WHO', year: 2014, url: 'https://www.who.int/x' };
const course = {
  title: 'Chemsex',
  summary: 'What chemsex is.',
  audiences: ['outreach-workers'],
  language: 'en',
  version: '1.0',
  estimatedMinutes: 60,
  passMark: 80,
  reviewedOn: new Date('2026-11-01'),
  objectives: ['Recognise a GHB overdose'],
  contentWarnings: ['overdose'],
  sources: [source],
};
const lesson = { title: 'Intro', order: 1, objectives: ['Describe chemsex'], minutes: 10, sources: [source] };

/** The messages an author sees for the first problem in `input`, as "path: message". */
function problems(schema: typeof courseSchema | typeof lessonSchema, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('course file schema', () => {
  test('accepts a complete course and fills defaults', () => {
    const { contentWarnings: _, ...withoutWarnings } = course;
    expect(courseSchema.parse(course).title).toBe('Chemsex');
    expect(courseSchema.parse(withoutWarnings).contentWarnings).toEqual([]);
  });

  test('accepts the date quoted as text too', () => {
    expect(courseSchema.parse({ ...course, reviewedOn: '2026-11-01' }).reviewedOn.toISOString()).toBe('2026-11-01T00:00:00.000Z');
  });

  test.each([
    ['missing title', { title: undefined }, 'title: is missing. Add the course title'],
    ['empty summary', { summary: '  ' }, 'summary: is empty'],
    ['unknown audience', { audiences: ['nurses'] }, 'audiences.0: must be one of: outreach-workers'],
    ['no audience', { audiences: [] }, 'audiences: needs at least one audience'],
    ['bad language', { language: 'English' }, 'language: must be a language tag'],
    ['unquoted version', { version: 1 }, 'version: is missing. Add the course version in quotes'],
    ['pass mark over 100', { passMark: 120 }, 'passMark: must be at most 100'],
    ['fractional minutes', { estimatedMinutes: 12.5 }, 'estimatedMinutes: must be a whole number of minutes'],
    ['impossible date', { reviewedOn: '2026-13-45' }, 'reviewedOn: must be a date written YYYY-MM-DD'],
    ['unknown warning', { contentWarnings: ['gore'] }, 'contentWarnings.0: must be one of: overdose'],
    ['no sources', { sources: [] }, 'sources: needs at least 1 source'],
    ['source without https', { sources: [{ ...source, url: 'www.who.int' }] }, 'sources.0.url: must be a full web address'],
    ['javascript: URL', { sources: [{ ...source, url: 'javascript:alert(1)' }] }, 'sources.0.url: must be a full web address'],
    ['future year', { sources: [{ ...source, year: 3000 }] }, 'sources.0.year: must not be later than'],
    ['misspelt field', { titel: 'x' }, 'has unknown field "titel". Check the spelling; the fields are: title, summary'],
  ])('rejects %s with a message that names the field and the fix', (_, change, message) => {
    expect(problems(courseSchema, { ...course, ...change }).join('\n')).toContain(message);
  });
});

describe('lesson frontmatter schema', () => {
  test('accepts a complete lesson with no content warning', () => {
    expect(lessonSchema.parse(lesson).contentWarnings).toEqual([]);
  });

  test.each([
    ['missing title', { title: undefined }, 'title: is missing. Add the lesson title'],
    ['order 0', { order: 0 }, 'order: must be 1 or more'],
    ['order as text', { order: 'first' }, 'order: must be the position of the lesson'],
    ['objectives as text', { objectives: 'Describe chemsex' }, 'objectives: must be a list of learning objectives'],
    ['source missing publisher', { sources: [{ ...source, publisher: undefined }] }, 'sources.0.publisher: is missing'],
  ])('rejects %s', (_, change, message) => {
    expect(problems(lessonSchema, { ...lesson, ...change }).join('\n')).toContain(message);
  });
});
