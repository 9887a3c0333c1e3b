import { test, expect, expectNoAxeViolations } from './fixtures.ts';
import { expectVisibleFocus, tabTo } from './keyboard.ts';

/**
 * A keyboard-only run through every question type of the fixture course: only Tab, Shift+Tab, arrows,
 * Space, Enter and typing; never a mouse click. Every focus stop must be visible (keyboard.ts).
 */
test('every question type can be answered and checked with the keyboard alone', async ({ page }) => {
  await page.goto('courses/demo/first-steps/');
  const check = page.locator('[data-quiz="check-first-steps"]');
  await expect(check.locator('button[type="submit"]')).toBeVisible();

  // 1. Single choice: reach the radio group, then arrow to the right option.
  const single = check.locator('[data-question="naloxone-reverses"]');
  await tabTo(page, single.locator('input').first());
  for (let i = 0; i < 3 && !(await single.getByLabel('An opioid overdose').isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect(single.getByLabel('An opioid overdose')).toBeChecked();

  // 2. Multiple response: Space ticks a checkbox.
  const multiple = check.locator('[data-question="overdose-signs"]');
  for (const label of ['Slow or no breathing', 'No response to a loud voice or a rub on the breastbone']) {
    await tabTo(page, multiple.getByLabel(label));
    await page.keyboard.press('Space');
    await expect(multiple.getByLabel(label)).toBeChecked();
  }

  // 3. True/false.
  const trueFalse = check.locator('[data-question="naloxone-harmless"]');
  await tabTo(page, trueFalse.getByLabel('True'));
  await page.keyboard.press('Space');
  await expect(trueFalse.getByLabel('True')).toBeChecked();

  // 4. Matching: each item is a select; arrows change its value.
  const matching = check.locator('[data-question="match-terms"]');
  for (const [item, match] of [
    ['NSP', 'Needle and syringe programme'],
    ['OAT', 'Opioid agonist therapy'],
    ['PEP', 'Post-exposure prophylaxis'],
  ] as const) {
    const select = matching.getByLabel(item);
    await tabTo(page, select);
    for (let i = 0; i < 6; i++) {
      const chosen = await select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent);
      if (chosen === match) break;
      await page.keyboard.press('ArrowDown');
    }
    await expect(select.locator('option:checked')).toHaveText(match);
  }

  // 5. Ordering: move each step to its place with the Move up buttons.
  const ordering = check.locator('[data-question="response-order"]');
  const wanted = ['Shout and check for a response', 'Call emergency services', 'Give naloxone', 'Put the person in the recovery position'];
  for (let target = 0; target < wanted.length; target++) {
    for (let guard = 0; guard < 5; guard++) {
      const texts = await ordering.locator('.step-text').allTextContents();
      const at = texts.indexOf(wanted[target]!);
      if (at === target) break;
      const up = ordering.locator('li').nth(at).getByRole('button', { name: 'Move up' });
      await tabTo(page, up);
      await page.keyboard.press('Enter');
      // The move lands on the next render: read the order again only once it has.
      await expect(ordering.locator('.step-text')).not.toHaveText(texts);
    }
  }
  await expect(ordering.locator('.step-text')).toHaveText(wanted);
  await expect(ordering.getByRole('status')).toContainText('moved to position');

  // Check: focus moves to the result, which is announced: it lands in a live region that was on the page, empty,
  // before the check (a region added along with its text is not announced by screen readers).
  const summary = check.locator('.quiz-summary');
  await expect(summary).toHaveAttribute('role', 'status');
  await expect(summary).toHaveAttribute('aria-live', 'polite');
  await expect(summary).toBeEmpty();
  const region = await summary.elementHandle();
  await tabTo(page, check.getByRole('button', { name: 'Check answers' }));
  await page.keyboard.press('Enter');
  await expect(summary).toContainText('Your score: 5 of 5 right (100%)');
  await expect(summary).toBeFocused();
  expect(await region!.evaluate((el) => el.isConnected && el === document.activeElement), 'the same live region, kept and focused').toBe(true);
  await expectVisibleFocus(page, 'the quiz result');
  await expect(check.locator('.verdict')).toHaveText(Array(5).fill('✓ Right'));
  await expectNoAxeViolations(page, 'knowledge check passed');

  // 6. Scenario: choices are buttons; reaching an ending shows its feedback and checks the story.
  const story = page.locator('[data-quiz="scenario-party"]');
  await tabTo(page, story.getByRole('button', { name: 'Call an ambulance and put him in the recovery position' }));
  await page.keyboard.press('Enter');
  await tabTo(page, story.getByRole('button', { name: 'Tell them he took G, and when' }));
  await page.keyboard.press('Enter');
  await expect(story.locator('.scenario-ending')).toContainText('You kept him safe');
  await expect(story.locator('.quiz-summary')).toContainText('1 of 1 right');

  // 7. Reflection: typed, saved, never scored.
  const reflection = page.locator('[data-quiz="reflect-first-steps"]').locator('textarea');
  await tabTo(page, reflection);
  await page.keyboard.type('Staying calm when others panic.');
  await expect(page.locator('[data-quiz="reflect-first-steps"]')).not.toContainText('Your score');
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('fieldlab:progress') ?? ''))
    .toContain('Staying calm when others panic.');
});

test('a wrong answer gets feedback per option, and "Try again" keeps the other answers', async ({ page }) => {
  await page.goto('courses/demo/second-steps/');
  const quiz = page.locator('[data-quiz="check-second-steps"]');
  await quiz.getByLabel('False').check();
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.locator('.verdict')).toHaveText('✗ Not quite');
  await expect(quiz.locator('.option-feedback')).toHaveText('In fact they do.');
  await expect(quiz.getByLabel('False')).toBeDisabled();
  await expectNoAxeViolations(page, 'feedback shown');
  await quiz.getByRole('button', { name: 'Try again' }).click();
  await expect(quiz.getByLabel('False')).toBeEnabled();
  await expect(quiz.getByLabel('False')).toBeChecked();
  await quiz.getByLabel('True').check();
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.locator('.quiz-summary')).toContainText('1 of 1 right (100%)');
});

test('checking with questions unanswered says which, and moves focus to the first', async ({ page }) => {
  await page.goto('courses/demo/first-steps/');
  const check = page.locator('[data-quiz="check-first-steps"]');
  await check.getByRole('button', { name: 'Check answers' }).click();
  await expect(check.getByText('Still to answer: question 1, question 2, question 3, question 4.')).toBeVisible();
  await expect(check.locator('[data-question="naloxone-reverses"] legend')).toBeFocused();
  await expect(check).toHaveAttribute('data-state', 'unanswered');
});
