import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { lessonSchema } from '../../src/schemas/lesson-schema.ts';
import { test, expect } from './fixtures.ts';
import { showLesson } from './content-gate.ts';
import { answerRightly } from './answer-question.ts';

/** The fixture's quizzes hold every question type: giving each right answer through the page passes each quiz. */
const source = readFileSync(new URL('../fixtures/valid-courses/demo/first-steps.mdx', import.meta.url), 'utf8');
const lesson = lessonSchema.parse(parse(source.split('---')[1]!));

test('every question type passes with its right answer, given through the page', async ({ page }) => {
  await page.goto('courses/demo/first-steps/');
  await showLesson(page);
  for (const quiz of lesson.quizzes) {
    const section = page.locator(`[data-quiz="${quiz.id}"]`);
    for (const q of quiz.questions) await answerRightly(section.locator(`[data-question="${q.id}"]`), q);
    const check = section.getByRole('button', { name: 'Check answers' });
    if (await check.count()) await check.click();
    if (quiz.questions.some((q) => q.type !== 'reflection')) await expect(section, quiz.id).toHaveAttribute('data-state', 'passed');
  }
});
