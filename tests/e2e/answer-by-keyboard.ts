import { expect, type Locator, type Page } from '@playwright/test';
import type { Question } from '../../src/schemas/quiz-schema.ts';
import { correctAnswer } from '../../src/lib/correct-answer.ts';
import { matchChoices, optionIds, stepIds } from '../../src/lib/answers.ts';
import { tabTo } from './keyboard.ts';
import { scenarioChoices } from './answer-question.ts';

/**
 * Gives a question's right answer with the keyboard alone (Tab, Shift+Tab, arrows, Space, Enter), checking the focus
 * indicator at every stop. The keyboard twin of answer-question.ts. Not a test file itself.
 */
export async function answerByKeyboard(page: Page, fieldset: Locator, q: Question): Promise<void> {
  const answer = correctAnswer(q);
  if (!answer) return;
  switch (answer.type) {
    case 'single':
    case 'true-false': {
      const label = answer.type === 'single' ? choiceText(q, answer.option) : answer.value ? 'True' : 'False';
      const wanted = fieldset.getByLabel(label, { exact: true });
      // A radio group is one Tab stop; the arrow keys move through it and choose as they go.
      await tabTo(page, fieldset.locator('input').first());
      for (let i = 0; i < 10 && !(await wanted.isChecked()); i++) await page.keyboard.press('ArrowDown');
      await expect(wanted).toBeChecked();
      return;
    }
    case 'multiple':
      for (const id of answer.options) {
        const box = fieldset.getByLabel(choiceText(q, id), { exact: true });
        await tabTo(page, box);
        await page.keyboard.press('Space');
        await expect(box).toBeChecked();
      }
      return;
    case 'matching': {
      const m = q as Extract<Question, { type: 'matching' }>;
      const choices = matchChoices(m);
      for (const pair of m.pairs) {
        const select = fieldset.getByLabel(pair.item, { exact: true });
        const id = choices.find((c) => c.text === pair.match)!.id;
        await tabTo(page, select);
        for (let i = 0; i <= choices.length && (await select.inputValue()) !== id; i++) await page.keyboard.press('ArrowDown');
        await expect(select).toHaveValue(id);
      }
      return;
    }
    case 'ordering': {
      const o = q as Extract<Question, { type: 'ordering' }>;
      const count = stepIds(o).length;
      for (let target = 0; target < count; target++) {
        const text = o.steps[target]!.text;
        for (let guard = 0; guard < count; guard++) {
          const at = (await fieldset.locator('.step-text').allTextContents()).indexOf(text);
          if (at === target) break;
          await tabTo(page, fieldset.locator('.ordering > li').nth(at).getByRole('button', { name: 'Move up' }));
          await page.keyboard.press('Enter');
          await expect(fieldset.locator('.step-text').nth(at - 1)).toHaveText(text);
        }
      }
      return;
    }
    case 'scenario':
      for (const text of scenarioChoices(q as Extract<Question, { type: 'scenario' }>, answer.path)) {
        await tabTo(page, fieldset.getByRole('button', { name: text, exact: true }));
        await page.keyboard.press('Enter');
      }
      return;
    case 'reflection':
      return;
  }
}

function choiceText(q: Question, id: string): string {
  const options = (q as Extract<Question, { type: 'single' | 'multiple' }>).options;
  return options[optionIds({ options }).indexOf(id)]!.text;
}
