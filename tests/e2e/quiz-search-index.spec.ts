import { test, expect } from './fixtures.ts';
import { pageResults, pageStatus, searchPage } from './search-page.ts';

/**
 * What search may find of quizzes, on the fixture course (which has one of every question type): a
 * knowledge check's title and question prompts, never its options, answers, feedback, guidance or rules,
 * and nothing of the final assessment. Quoted phrases, so pagefind looks for exactly these words.
 */

test('question prompts are found, and lead to the quiz', async ({ page }) => {
  for (const [prompt, quiz] of [
    ['"Which overdose does naloxone reverse"', 'q-check-first-steps-title'],
    ['"A man at a party cannot be woken"', 'q-scenario-party-title'],
    ['"What would you find hardest"', 'q-reflect-first-steps-title'],
  ] as const) {
    await searchPage(page, prompt);
    await expect(pageResults(page), prompt).toHaveCount(1);
    await expect(pageResults(page).locator('a.search-result-link')).toHaveAttribute('href', new RegExp(`^/courses/demo/first-steps/\\?highlight=.*#${quiz}$`));
  }
});

test('options, answers, feedback, guidance, rules and the final assessment are not searchable', async ({ page }) => {
  for (const phrase of [
    '"Naloxone reverses the effects of opioids"', // feedback
    '"Shout and check for a response"', // an ordering step
    '"Post-exposure prophylaxis"', // a matching answer
    '"Give him crystal to wake him up"', // a scenario choice
    '"paramedics had to guess"', // a scenario ending
    '"Only you will read this"', // reflection guidance
    '"Check your answers as often as you like"', // quiz rules
    '"Question 1 of"', // question numbers
    '"Mixing GHB with alcohol"', // a final assessment prompt
  ]) {
    await searchPage(page, phrase);
    await expect(pageStatus(page), phrase).toHaveText(`No lessons match “${phrase}”. Check the spelling or try other words.`);
  }
});
