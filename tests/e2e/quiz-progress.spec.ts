import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures.ts';
import { showLesson } from './content-gate.ts';

/** Progress across pages and reloads on the fixture course (two lessons and a final assessment). */

const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('fieldlab:progress') ?? 'null'));

async function passFirstLesson(page: Page) {
  await page.goto('courses/demo/first-steps/');
  // The lesson carries a content warning; the choice holds for the tab, through reloads.
  await showLesson(page);
  const check = page.locator('[data-quiz="check-first-steps"]');
  await check.getByLabel('An opioid overdose').check();
  await check.getByLabel('Slow or no breathing').check();
  await check.getByLabel('True').check();
  await check.getByLabel('NSP').selectOption({ label: 'Needle and syringe programme' });
  await check.getByLabel('OAT').selectOption({ label: 'Opioid agonist therapy' });
  await check.getByLabel('PEP').selectOption({ label: 'Post-exposure prophylaxis' });
  // The ordering question is left as shown, which is never the right order.
  await check.getByRole('button', { name: 'Check answers' }).click();
  await expect(check.locator('.quiz-summary')).toContainText('Your score: 3 of 5 right (60%)');
  return check;
}

test('reloading in the middle of a quiz keeps the answers and the place', async ({ page }) => {
  await page.goto('courses/demo/first-steps/');
  await showLesson(page);
  const check = page.locator('[data-quiz="check-first-steps"]');
  await check.getByLabel('A GHB overdose').check();
  await check.getByLabel('PEP').selectOption({ label: 'Post-exposure prophylaxis' });
  await page.reload();
  await expect(check.getByLabel('A GHB overdose')).toBeChecked();
  await expect(check.getByLabel('PEP').locator('option:checked')).toHaveText('Post-exposure prophylaxis');
  await expect(check).toHaveAttribute('data-state', 'answered');

  // The catalogue offers to continue at that question.
  await page.goto('');
  const link = page.getByRole('link', { name: /Continue where you left off: First steps/ });
  await expect(link).toHaveAttribute('href', /courses\/demo\/first-steps\/#q-check-first-steps--match-terms$/);
  await link.click();
  await expect(page).toHaveURL(/#q-check-first-steps--match-terms$/);
  await expect(page.locator('#q-check-first-steps--match-terms')).toBeInViewport();
});

test('a checked quiz survives a reload in its feedback state, with the same shuffled order', async ({ page }) => {
  const check = await passFirstLesson(page);
  await expect(check).toHaveAttribute('data-state', 'feedback');
  const order = await check.locator('[data-question="naloxone-reverses"] label').allTextContents();
  await page.reload();
  await expect(check).toHaveAttribute('data-state', 'feedback');
  await expect(check.locator('.quiz-summary')).toContainText('Your score: 3 of 5 right (60%)');
  expect(await check.locator('[data-question="naloxone-reverses"] label').allTextContents()).toEqual(order);
});

test('lessons complete when the end is reached and their checks are done; the sidebar and course page show it', async ({ page }) => {
  await passFirstLesson(page);
  await page.locator('#lesson-end').scrollIntoViewIfNeeded();
  // Two required checks in lesson 1: the knowledge check (checked above) and the scenario.
  const nav = page.locator('.course-nav');
  await expect(nav.locator('[data-lesson="first-steps"] [data-fill="lesson-status"]')).toHaveText('In progress');
  const story = page.locator('[data-quiz="scenario-party"]');
  await story.getByRole('button', { name: 'Give him crystal to wake him up' }).click();
  await expect(story.locator('.scenario-ending')).toContainText('Stimulants do not reverse a G overdose');
  await expect(nav.locator('[data-lesson="first-steps"] [data-fill="lesson-status"]')).toHaveText('✓ Completed');
  await expect(nav.locator('[data-label]')).toHaveText('1 of 2 lessons completed');
  await expectNoAxeViolations(page, 'lesson completed');

  await page.goto('courses/demo/');
  await expect(page.locator('[data-fill="course-status"]')).toHaveText('In progress');
  await expect(page.locator('.lesson-list [data-lesson="first-steps"] .status')).toHaveText('✓ Completed');
});

test('the assessment: attempts run out, right answers are shown, and the course is not passed', async ({ page }) => {
  await page.goto('courses/demo/assessment/');
  const quiz = page.locator('[data-quiz="final"]');
  await expect(quiz.getByText('You have 2 attempts; 2 left.')).toBeVisible();
  await quiz.getByLabel('GHB').check();
  await quiz.getByLabel('True').check();
  await quiz.getByLabel('A stimulant to wake them').check();
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.locator('.quiz-summary')).toContainText('0 of 3 right (0%)');
  await expect(quiz.locator('.answer-tag')).toHaveCount(0);
  await quiz.getByRole('button', { name: 'Try again' }).click();
  await quiz.getByLabel('Opioids').check();
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz).toHaveAttribute('data-state', 'failed');
  await expect(quiz.locator('.quiz-summary')).toContainText('You have used all your attempts');
  await expect(quiz.locator('.answer-tag')).toHaveCount(3);
  await expect(quiz.getByRole('button', { name: /Try again|Check answers/ })).toHaveCount(0);
  await expectNoAxeViolations(page, 'assessment failed');

  await page.goto('progress/');
  await expect(page.locator('[data-fill="quiz-attempts"][data-quiz="final"]')).toHaveText('2 of 2');
  await expect(page.locator('[data-fill="quiz-score"][data-quiz="final"]')).toHaveText('33%');
});

test('completing every lesson and passing the assessment passes the course', async ({ page }) => {
  await passFirstLesson(page);
  const check = page.locator('[data-quiz="check-first-steps"]');
  await check.getByRole('button', { name: 'Try again' }).click();
  await page.locator('[data-quiz="scenario-party"]').getByRole('button', { name: /Call an ambulance/ }).click();
  await page.locator('[data-quiz="scenario-party"]').getByRole('button', { name: /Tell them he took G/ }).click();
  await page.locator('#lesson-end').scrollIntoViewIfNeeded();

  await page.goto('courses/demo/second-steps/');
  await page.locator('[data-quiz="check-second-steps"]').getByLabel('True').check();
  await page.locator('[data-quiz="check-second-steps"]').getByRole('button', { name: 'Check answers' }).click();
  await page.locator('#lesson-end').scrollIntoViewIfNeeded();

  await page.goto('courses/demo/assessment/');
  const quiz = page.locator('[data-quiz="final"]');
  await quiz.getByLabel('Opioids').check();
  await quiz.getByLabel('False').check();
  await quiz.getByLabel('Recovery position and an ambulance').check();
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz).toHaveAttribute('data-state', 'passed');
  await expect(page.locator('.course-nav [data-label]')).toHaveText('2 of 2 lessons completed');

  await page.goto('progress/');
  await expect(page.locator('[data-fill="course-status"][data-course="demo"]')).toHaveText('✓ Passed');
  await expect(page.locator('[data-fill="lesson-status"][data-lesson="second-steps"]')).toHaveText('✓ Completed');
  await expectNoAxeViolations(page, 'progress page, course passed');
  const record = await stored(page);
  expect(record.courses.demo.quizzes.final).toMatchObject({ state: 'passed', attempts: 1, bestPercent: 100 });
});

test('"Reset this course" and "Forget everything" ask first, and do only what they say', async ({ page }) => {
  await passFirstLesson(page);
  await page.goto('progress/');
  await page.getByRole('button', { name: 'Reset this course' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Reset “Demo course”?');
  await expectNoAxeViolations(page, 'confirmation dialog');
  await dialog.getByRole('button', { name: 'No, keep it' }).click();
  expect((await stored(page)).courses.demo).toBeDefined();

  await page.getByRole('button', { name: 'Reset this course' }).click();
  await dialog.getByRole('button', { name: 'Yes, reset this course' }).click();
  await expect(page.locator('[data-fill="lesson-status"][data-lesson="first-steps"]')).toHaveText('Not started');
  await expect.poll(async () => (await stored(page)).courses.demo).toBeUndefined();
  const afterReset = await stored(page);
  expect(afterReset.seed).toBeTruthy();

  await page.getByRole('button', { name: 'Forget everything on this device' }).click();
  await dialog.getByRole('button', { name: 'Yes, forget everything' }).click();
  await expect.poll(() => stored(page)).toBeNull();
  await expect(page.locator('#progress-done')).toHaveText('Done.');
});
