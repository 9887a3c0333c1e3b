import { test, expect } from './fixtures.ts';
import { showLesson } from './content-gate.ts';

/** Two tabs on the same course stay in step through storage events and never overwrite each other's answers. */
test('two tabs stay in step and keep both answers', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('courses/demo/first-steps/');
  await b.goto('courses/demo/first-steps/');
  // The lesson carries a content warning; each new tab asks again.
  await showLesson(a);
  await showLesson(b);
  const quizA = a.locator('[data-quiz="check-first-steps"]');
  const quizB = b.locator('[data-quiz="check-first-steps"]');
  await expect(quizB.getByLabel('True')).toBeVisible();

  await quizA.getByLabel('An opioid overdose').check();
  await expect(quizB.getByLabel('An opioid overdose')).toBeChecked();

  await quizB.getByLabel('True').check();
  await expect(quizA.getByLabel('True')).toBeChecked();
  await expect(quizA.getByLabel('An opioid overdose')).toBeChecked();

  const record = await a.evaluate(() => JSON.parse(localStorage.getItem('fieldlab:progress')!));
  expect(Object.keys(record.courses.demo.quizzes['check-first-steps'].answers).sort()).toEqual(['naloxone-harmless', 'naloxone-reverses']);
});
