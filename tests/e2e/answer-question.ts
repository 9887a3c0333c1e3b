import { expect, type Locator } from '@playwright/test';
import type { Question } from '../../src/schemas/quiz-schema.ts';
import { positionId } from '../../src/schemas/position-id.ts';
import { correctAnswer } from '../../src/lib/correct-answer.ts';
import { matchChoices, optionIds, stepIds } from '../../src/lib/answers.ts';

/** Gives a question's right answer through the page, as a learner would: by label, select, button. */
export async function answerRightly(fieldset: Locator, q: Question): Promise<void> {
  const answer = correctAnswer(q);
  if (!answer) return;
  switch (answer.type) {
    case 'single':
    case 'multiple': {
      const options = (q as Extract<Question, { type: 'single' | 'multiple' }>).options;
      const ids = optionIds({ options });
      const chosen = answer.type === 'single' ? [answer.option] : answer.options;
      for (const id of chosen) await fieldset.getByLabel(options[ids.indexOf(id)]!.text, { exact: true }).check();
      return;
    }
    case 'true-false':
      await fieldset.getByLabel(answer.value ? 'True' : 'False', { exact: true }).check();
      return;
    case 'matching': {
      const m = q as Extract<Question, { type: 'matching' }>;
      const choices = matchChoices(m);
      for (const pair of m.pairs) {
        const choice = choices.find((c) => c.text === pair.match)!;
        await fieldset.getByLabel(pair.item, { exact: true }).selectOption(choice.id);
      }
      return;
    }
    case 'ordering': {
      const o = q as Extract<Question, { type: 'ordering' }>;
      const ids = stepIds(o);
      for (let target = 0; target < ids.length; target++) {
        const text = o.steps[target]!.text;
        for (let guard = 0; guard < ids.length; guard++) {
          const texts = await fieldset.locator('.step-text').allTextContents();
          const at = texts.indexOf(text);
          if (at === target) break;
          await fieldset.locator('.ordering > li').nth(at).getByRole('button', { name: 'Move up' }).click();
          // Wait for the move to show before reading the order again.
          await expect(fieldset.locator('.step-text').nth(at - 1)).toHaveText(text);
        }
      }
      return;
    }
    case 'scenario':
      for (const text of scenarioChoices(q as Extract<Question, { type: 'scenario' }>, answer.path)) {
        await fieldset.getByRole('button', { name: text, exact: true }).click();
      }
      return;
    case 'reflection':
      return;
  }
}

/** Gives a wrong answer to a choice question (single, multiple, true/false); any other type gets its right answer. */
export async function answerWrongly(fieldset: Locator, q: Question): Promise<void> {
  if (q.type === 'true-false') return fieldset.getByLabel(q.correct ? 'False' : 'True', { exact: true }).check();
  if (q.type === 'single' || q.type === 'multiple') return fieldset.getByLabel(q.options.find((o) => !o.correct)!.text, { exact: true }).check();
  return answerRightly(fieldset, q);
}

/** The texts of the choices that walk a scenario along a path of choice ids. */
export function scenarioChoices(s: Extract<Question, { type: 'scenario' }>, path: readonly string[]): string[] {
  const texts: string[] = [];
  let step = s.steps[0]!;
  for (const choiceId of path) {
    const choice = step.choices.find((c, i) => (c.id ?? positionId(i)) === choiceId)!;
    texts.push(choice.text);
    step = s.steps.find((x) => x.id === choice.next) ?? step;
  }
  return texts;
}
