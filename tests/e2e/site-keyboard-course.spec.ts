import { fileURLToPath } from 'node:url';
import { test, expect, islandsReady } from './fixtures.ts';
import { readCourses } from '../unit/course-files.ts';
import { expectVisibleFocus, tabTo } from './keyboard.ts';
import { answerByKeyboard } from './answer-by-keyboard.ts';
import type { Question } from '../../src/schemas/quiz-schema.ts';

/**
 * A whole real course with the keyboard alone: from the catalogue through every lesson by its "Next" link, every
 * knowledge check and the final assessment, to "Passed" on the progress page. Only Tab, Shift+Tab, arrows, Space and
 * Enter; at every stop the focus must be visible and not hidden behind anything (keyboard.ts).
 */
const COURSE_ID = 'prisons';
const course = readCourses(fileURLToPath(new URL('../../courses', import.meta.url))).find((c) => c.id === COURSE_ID)!;

test('a learner completes and passes a course with the keyboard alone', async ({ page }) => {
  test.skip(test.info().project.name !== 'desktop-light', 'one long run is enough: desktop only');
  test.setTimeout(6 * 60_000);

  await page.goto('');
  await islandsReady(page);
  await tabTo(page, page.locator(`.card[data-course="${COURSE_ID}"] h3 a`));
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/courses/${COURSE_ID}/`);

  await tabTo(page, page.getByRole('link', { name: /^Start with lesson 1/ }));
  await page.keyboard.press('Enter');

  const pages = [...course.lessons.map((l) => ({ slug: l.slug, quizzes: l.entry.data.quizzes })), { slug: 'assessment', quizzes: [course.assessment!.data] }];
  for (const [i, { slug, quizzes }] of pages.entries()) {
    await page.waitForURL(`**/courses/${COURSE_ID}/${slug}/`);
    await islandsReady(page);
    for (const quiz of quizzes) {
      const section = page.locator(`[data-quiz="${quiz.id}"]`);
      const questions: Question[] = quiz.questions;
      for (const q of questions) await answerByKeyboard(page, section.locator(`[data-question="${q.id}"]`), q);
      if (questions.every((q) => q.type === 'scenario' || q.type === 'reflection')) continue;
      await tabTo(page, section.getByRole('button', { name: 'Check answers' }));
      await page.keyboard.press('Enter');
      // The result takes the focus, so a screen reader reads it and the next Tab continues from there.
      await expect(section.locator('.quiz-summary')).toBeFocused();
      await expectVisibleFocus(page, `${slug}: the quiz result`);
      await expect(section).toHaveAttribute('data-state', 'passed');
    }
    if (i < pages.length - 1) {
      await tabTo(page, page.locator('.pager a[rel="next"]'));
      await page.keyboard.press('Enter');
    }
  }

  await tabTo(page, page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'My progress' }));
  await page.keyboard.press('Enter');
  await page.waitForURL('**/progress/');
  await expect(page.locator(`[data-fill="course-status"][data-course="${COURSE_ID}"]`)).toHaveText('✓ Passed');
  await expect(page.locator(`td[data-fill="lesson-status"][data-course="${COURSE_ID}"]`)).toHaveText(Array(course.lessons.length).fill('✓ Completed'));
});
