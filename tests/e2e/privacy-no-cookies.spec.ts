import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { lessonSchema } from '../../src/schemas/lesson-schema.ts';
import { test, expect, islandsReady } from './fixtures.ts';
import { showLesson } from './content-gate.ts';
import { answerRightly } from './answer-question.ts';

const firstSteps = lessonSchema.parse(parse(readFileSync(new URL('../fixtures/valid-courses/demo/first-steps.mdx', import.meta.url), 'utf8').split('---')[1]!));
const quiz = firstSteps.quizzes[0]!;

/**
 * No cookies, ever: after a learner's and a trainer's usual steps (a lesson past its warning, a quiz checked,
 * search, the progress page, an assignment made and accepted, the review page), the page sees no cookie and the
 * browser holds none for any site. Progress lives in localStorage only (checked so the test is not vacuous).
 */
test('using the site sets no cookie', async ({ page, context }) => {
  const cookies = () => page.evaluate(() => document.cookie);

  await page.goto('courses/demo/first-steps/');
  await showLesson(page);
  await islandsReady(page);
  const check = page.locator(`[data-quiz="${quiz.id}"]`);
  for (const q of quiz.questions) await answerRightly(check.locator(`[data-question="${q.id}"]`), q);
  await check.getByRole('button', { name: 'Check answers' }).click();
  await expect(check).toHaveAttribute('data-state', 'passed');
  expect(await cookies()).toBe('');

  await page.keyboard.press('/');
  await page.keyboard.type('naloxone');
  await expect(page.locator('[data-search-dialog] .search-result').first()).toBeVisible();
  await page.keyboard.press('Escape');

  await page.goto('trainer/');
  await islandsReady(page);
  await page.getByLabel('Group name').fill('Group');
  await page.getByLabel('Due date').fill('2099-12-31');
  await page.getByRole('button', { name: 'Create the assignment link' }).click();
  const link = await page.getByLabel('Assignment link', { exact: true }).inputValue();
  expect(await cookies()).toBe('');

  await page.goto(link);
  await islandsReady(page);
  await page.getByRole('button', { name: 'Accept this assignment' }).click();
  await expect(page.getByText('✓ Accepted.')).toBeVisible();

  await page.goto('progress/');
  await islandsReady(page);
  await expect(page.locator('.assignment-card')).toBeVisible();
  expect(await cookies()).toBe('');

  await page.goto('trainer/review/');
  await islandsReady(page);
  expect(await cookies()).toBe('');

  expect(await page.evaluate(() => localStorage.getItem('fieldlab:progress'))).toContain(quiz.id);
  expect(await context.cookies()).toEqual([]);
});
