import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { assessmentSchema } from '../../src/schemas/quiz-schema.ts';
import { test, expect } from './fixtures.ts';
import { answerRightly } from './answer-question.ts';

/** Every real course's final assessment can be passed in the browser by giving its right answers. */
const coursesDir = fileURLToPath(new URL('../../courses', import.meta.url));
const assessments = readdirSync(coursesDir)
  .filter((id) => existsSync(join(coursesDir, id, 'assessment.yaml')))
  .map((id) => ({ id, assessment: assessmentSchema.parse(parse(readFileSync(join(coursesDir, id, 'assessment.yaml'), 'utf8'))) }));

for (const { id, assessment } of assessments) {
  test(`the ${id} assessment passes with its right answers`, async ({ page }) => {
    await page.goto(`courses/${id}/assessment/`);
    const quiz = page.locator(`[data-quiz="${assessment.id}"]`);
    for (const q of assessment.questions) await answerRightly(quiz.locator(`[data-question="${q.id}"]`), q);
    await quiz.getByRole('button', { name: 'Check answers' }).click();
    await expect(quiz).toHaveAttribute('data-state', 'passed');
    await expect(quiz.locator('.quiz-summary')).toContainText('(100%)');
  });
}
