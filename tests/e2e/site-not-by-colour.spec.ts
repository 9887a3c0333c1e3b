import { test, expect } from './fixtures.ts';
import { PAGE_STATES, openPageState } from './site-page-states.ts';

/**
 * No information by colour alone (WCAG 1.4.1): right and wrong feedback and statuses say so in words, and links in
 * running text are underlined, not only coloured (navigation lists are not running text: there the current page is
 * shown in bold and by aria-current).
 */
const state = (name: string) => PAGE_STATES.find((s) => s.name === name)!;

test('feedback says right or not in words, and the right answers are named, not only coloured', async ({ page }) => {
  await openPageState(page, state('lesson, knowledge check with feedback shown'));
  const verdicts = page.locator('.quiz .verdict');
  await expect(verdicts.first()).toBeVisible();
  for (const text of await verdicts.allTextContents()) expect(text).toMatch(/^(✓ Right|✗ Not quite|✓ A good way through|✗ This could have gone better)$/);
  await expect(verdicts.filter({ hasText: 'Not quite' }).first()).toBeVisible();

  await openPageState(page, state('assessment, failed with the right answers shown'));
  const answers = page.locator('.quiz .option.is-answer');
  await expect(answers.first()).toBeVisible();
  await expect(answers).toHaveCount(await answers.locator('.answer-tag', { hasText: '(right answer)' }).count());
});

test('lesson statuses in the course navigation are words', async ({ page }) => {
  await openPageState(page, state('lesson, knowledge check passed'));
  const statuses = page.locator('.course-nav .status:not(:empty)');
  await expect(statuses.first()).toBeVisible();
  for (const text of await statuses.allTextContents()) expect(text).toMatch(/^(✓ Completed|In progress)$/);

});

test('the progress page gives statuses in words', async ({ page }) => {
  await openPageState(page, state('progress, with a course started'));
  for (const text of await page.locator('[data-fill="course-status"], [data-fill="lesson-status"]').allTextContents()) {
    expect(text).toMatch(/^(Not started|In progress|✓ Completed|✓ Passed|Lessons completed: the final assessment is next|Not passed: all assessment attempts used)$/);
  }
});

for (const s of PAGE_STATES.filter((p) => !p.setup || p.name === 'search with results')) {
  test.describe(() => {
    if (s.path === 'no-such-page/') test.use({ allowedConsoleErrors: [/status of 404/] });

    test(`${s.name}: links in running text are underlined`, async ({ page }) => {
      await openPageState(page, s);
      const plain = await page.evaluate(() =>
        [...document.querySelectorAll('main p a, main li a, main dd a, main td a, main th a')]
          .filter((a) => !a.closest('nav') && getComputedStyle(a).display === 'inline' && !getComputedStyle(a).textDecorationLine.includes('underline'))
          .map((a) => `“${a.textContent!.trim().slice(0, 50)}” in <${a.parentElement!.localName}>`),
      );
      expect(plain, 'links in text that are not underlined').toEqual([]);
    });
  });
}
