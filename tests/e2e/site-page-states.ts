import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, islandsReady } from './fixtures.ts';
import { readCourses } from '../unit/course-files.ts';
import { answerRightly, answerWrongly } from './answer-question.ts';
import type { Question } from '../../src/schemas/quiz-schema.ts';

/**
 * One page of every type on the real site, each quiz in each of its states, for checks that look at a page as it is
 * shown (reflow, target sizes). Not a test file itself.
 */
export interface PageState {
  name: string;
  path: string;
  /** Brings the page into the state, once it is loaded and its islands are ready. */
  setup?: (page: Page) => Promise<void>;
}

const COURSE_ID = 'prisons';
const course = readCourses(fileURLToPath(new URL('../../courses', import.meta.url))).find((c) => c.id === COURSE_ID)!;
const lesson = course.lessons[0]!;
const check = lesson.entry.data.quizzes[0]!;
const assessment = course.assessment!.data;

async function answer(page: Page, quiz: { id: string; questions: Question[] }, how: typeof answerRightly, times = 1): Promise<void> {
  const section = page.locator(`[data-quiz="${quiz.id}"]`);
  for (let attempt = 0; attempt < times; attempt++) {
    if (attempt > 0) await section.getByRole('button', { name: 'Try again' }).click();
    for (const q of quiz.questions) await how(section.locator(`[data-question="${q.id}"]`), q);
    await section.getByRole('button', { name: 'Check answers' }).click();
  }
}

/** Passes the first lesson's knowledge check (the learner has progress), then opens another page. */
async function startCourse(page: Page, path: string): Promise<void> {
  await answer(page, check, answerRightly);
  await page.goto(path);
  await islandsReady(page);
}

export const PAGE_STATES: PageState[] = [
  { name: 'catalogue', path: '' },
  { name: 'course overview', path: `courses/${COURSE_ID}/` },
  { name: 'lesson, knowledge check unanswered', path: `courses/${COURSE_ID}/${lesson.slug}/` },
  {
    name: 'lesson, knowledge check with feedback shown',
    path: `courses/${COURSE_ID}/${lesson.slug}/`,
    setup: async (page) => {
      await answer(page, check, answerWrongly);
      await expect(page.locator(`[data-quiz="${check.id}"]`)).toHaveAttribute('data-state', 'feedback');
    },
  },
  {
    name: 'lesson, knowledge check passed',
    path: `courses/${COURSE_ID}/${lesson.slug}/`,
    setup: async (page) => {
      await answer(page, check, answerRightly);
      await expect(page.locator(`[data-quiz="${check.id}"]`)).toHaveAttribute('data-state', 'passed');
    },
  },
  { name: 'assessment, unanswered', path: `courses/${COURSE_ID}/assessment/` },
  {
    name: 'assessment, failed with the right answers shown',
    path: `courses/${COURSE_ID}/assessment/`,
    setup: async (page) => {
      await answer(page, assessment, answerWrongly, assessment.attempts);
      await expect(page.locator(`[data-quiz="${assessment.id}"]`)).toHaveAttribute('data-state', 'failed');
    },
  },
  { name: 'glossary', path: `courses/${COURSE_ID}/glossary/` },
  {
    name: 'progress, with a course started',
    path: `courses/${COURSE_ID}/${lesson.slug}/`,
    setup: async (page) => {
      await startCourse(page, 'progress/');
      await expect(page.locator(`[data-fill="course-status"][data-course="${COURSE_ID}"]`)).toHaveText('In progress');
    },
  },
  { name: 'trainer', path: 'trainer/' },
  { name: 'trainer review', path: 'trainer/review/' },
  {
    name: 'trainer review, with a report imported',
    path: `courses/${COURSE_ID}/${lesson.slug}/`,
    setup: async (page) => {
      await startCourse(page, 'progress/');
      await page.getByLabel('Your name or a pseudonym, as it should appear').fill('Learner with a long name');
      const download = page.waitForEvent('download');
      await page.locator('.report-courses li', { hasText: course.entry.data.title }).getByRole('button', { name: 'Save report' }).click();
      const report = readFileSync((await (await download).path())!);
      await page.goto('trainer/review/');
      await islandsReady(page);
      await page.getByLabel(/Choose learners' report files/).setInputFiles({ name: 'report.json', mimeType: 'application/json', buffer: report });
      await expect(page.locator('main table')).toBeVisible();
    },
  },
  {
    name: 'search with results',
    path: 'search/?q=naloxone',
    setup: async (page) => {
      await expect(page.locator('.search-result').first()).toBeVisible();
    },
  },
  { name: 'about', path: 'about/' },
  { name: '404', path: 'no-such-page/' },
];

/** Opens a page state. The 404 page's own status is logged by the browser as a console error: allow it in that test. */
export async function openPageState(page: Page, state: PageState): Promise<void> {
  await page.goto(state.path);
  await islandsReady(page);
  await state.setup?.(page);
}
