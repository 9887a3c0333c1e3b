import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/** Whatever is in storage, the page keeps working, keeps what is valid, says so quietly, and never throws. */

const KEY = 'fieldlab:progress';
const seed = (page: Page, value: string) => page.addInitScript(([k, v]) => localStorage.setItem(k!, v!), [KEY, value]);
const read = (page: Page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);

const validQuiz = { state: 'passed', answers: { sterile: { type: 'true-false', value: true } }, attempts: 1, lastPercent: 100, bestPercent: 100, results: { sterile: true }, updatedAt: 1 };

test('unreadable JSON is set aside, not deleted, and the page starts afresh', async ({ page }) => {
  await seed(page, '{"version": 2, "courses": {');
  await page.goto('courses/demo/second-steps/');
  await expect(page.locator('#progress-notices')).toContainText('could not be read, so it was set aside');
  expect(await read(page, 'fieldlab:progress:unreadable')).toBe('{"version": 2, "courses": {');
  await page.locator('[data-quiz="check-second-steps"]').getByLabel('True').check();
  expect(JSON.parse((await read(page))!).courses.demo.quizzes['check-second-steps'].answers.sterile.value).toBe(true);
});

test('damaged parts are dropped and every valid part is kept', async ({ page }) => {
  await seed(
    page,
    JSON.stringify({
      version: 2,
      seed: 'abc',
      courses: {
        demo: {
          lessons: { 'first-steps': { visitedAt: 'yesterday' }, 'second-steps': { visitedAt: 5, endReachedAt: 6 } },
          quizzes: { 'check-second-steps': validQuiz, 'check-first-steps': { state: 'exploded' } },
        },
        '<img src=x onerror=alert(1)>': { lessons: {}, quizzes: {} },
      },
    }),
  );
  await page.goto('courses/demo/second-steps/');
  await expect(page.locator('#progress-notices')).toContainText('Part of your saved progress was damaged');
  await expect(page.locator('[data-quiz="check-second-steps"]')).toHaveAttribute('data-state', 'passed');
  await expect(page.locator('.course-nav [data-lesson="second-steps"] .status')).toHaveText('✓ Completed');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('a record in the old version 1 format is migrated', async ({ page }) => {
  await seed(page, JSON.stringify({ version: 1, seed: 'abc', courses: { demo: { visited: ['first-steps'], finished: ['second-steps'] } } }));
  await page.goto('courses/demo/');
  await expect(page.locator('#progress-notices')).toBeHidden();
  await expect(page.locator('.lesson-list [data-lesson="first-steps"] .status')).toHaveText('In progress');
  // Lesson 2 reached its end in version 1, but its knowledge check was never checked.
  await expect(page.locator('.lesson-list [data-lesson="second-steps"] .status')).toHaveText('In progress');
  await page.goto('courses/demo/second-steps/');
  expect(JSON.parse((await read(page))!).version).toBe(2);
});

test('a record from a newer version is left untouched and nothing is written over it', async ({ page }) => {
  const future = JSON.stringify({ version: 99, courses: { demo: { somethingNew: true } } });
  await seed(page, future);
  await page.goto('courses/demo/second-steps/');
  await expect(page.locator('#progress-notices')).toContainText('saved by a newer version');
  const quiz = page.locator('[data-quiz="check-second-steps"]');
  await quiz.getByLabel('True').check();
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.locator('.quiz-summary')).toContainText('1 of 1 right');
  expect(await read(page)).toBe(future);
});

test('a value far too large is left alone and the page still works', async ({ page }) => {
  const huge = `{"version":2,"seed":"${'x'.repeat(1_200_000)}"}`;
  await seed(page, huge);
  await page.goto('courses/demo/second-steps/');
  await expect(page.locator('#progress-notices')).toContainText('too large to be real');
  await page.locator('[data-quiz="check-second-steps"]').getByLabel('True').check();
  expect((await read(page))?.length).toBe(huge.length);
});

test('storage that is disabled or full never breaks the page', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('courses/demo/second-steps/');
  await expect(page.locator('#progress-notices')).toContainText('does not let the site save anything');
  const quiz = page.locator('[data-quiz="check-second-steps"]');
  await quiz.getByLabel('True').check();
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.locator('.quiz-summary')).toContainText('1 of 1 right');
});

test('a full storage keeps the change in memory and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  await page.goto('courses/demo/second-steps/');
  const quiz = page.locator('[data-quiz="check-second-steps"]');
  await quiz.getByLabel('True').check();
  await expect(page.locator('#progress-notices')).toContainText('storage is full');
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.locator('.quiz-summary')).toContainText('1 of 1 right');
});
