import { ContentError, type ContentProblem } from '../../src/lib/catalogue.ts';
import type { Course } from '../../src/schemas/course-schema.ts';

/** Valid course data for the catalogue's unit tests, which change only what they test. Not a test file itself. */
export const source = { title: 'T', publisher: 'P', year: 2020, url: 'https://example.org/' };

export const courseData = (title: string, language = 'en'): Course => ({
  title,
  summary: 's',
  audiences: ['police'],
  language,
  version: '1.0',
  estimatedMinutes: 30,
  passMark: 80,
  reviewedOn: new Date('2026-01-01'),
  objectives: ['o'],
  contentWarnings: [],
  sources: [source],
});

/** The problems assembling a catalogue reports, or none. */
export function problemsOf(run: () => unknown): ContentProblem[] {
  try {
    run();
  } catch (e) {
    if (e instanceof ContentError) return e.problems;
    throw e;
  }
  return [];
}
