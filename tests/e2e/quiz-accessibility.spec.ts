import { test, expect, expectNoAxeViolations, expectNoSidewaysScroll } from './fixtures.ts';
import { showLesson } from './content-gate.ts';
import { builtPages, FIXTURE_DIST } from './site-pages.ts';
import { expectHeadingsAndLanguage } from './page-structure.ts';

/**
 * The site-wide checks on the fixture site, whose pages hold a quiz of every type, in each quiz state:
 * unanswered, feedback shown, and completed (passed, and failed with the right answers shown).
 */
for (const route of builtPages(FIXTURE_DIST).filter((p) => p !== '404.html')) {
  test(`fixture page /${route}, unanswered`, async ({ page }) => {
    await page.goto(route);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    // Back to the top: the sticky Quick exit bar covers whatever has scrolled under it, so at a scroll position that
    // leaves a header link half under the bar, axe counts the link's visible part as its target size.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectNoAxeViolations(page);
    await expectHeadingsAndLanguage(page);
    await expectNoSidewaysScroll(page);
  });
}

test('knowledge check with feedback shown', async ({ page }) => {
  await page.goto('courses/demo/first-steps/');
  await showLesson(page);
  const check = page.locator('[data-quiz="check-first-steps"]');
  await check.getByLabel('A GHB overdose').check();
  await check.getByLabel('Talking fast and a lot').check();
  await check.getByLabel('False').check();
  await check.getByLabel('NSP').selectOption({ label: 'Opioid agonist therapy' });
  await check.getByLabel('OAT').selectOption({ label: 'Pre-release planning' });
  await check.getByLabel('PEP').selectOption({ label: 'Post-exposure prophylaxis' });
  await check.getByRole('button', { name: 'Check answers' }).click();
  await expect(check).toHaveAttribute('data-state', 'feedback');
  await page.locator('[data-quiz="scenario-party"]').getByRole('button', { name: 'Give him crystal to wake him up' }).click();
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
});

test('assessment completed: failed with right answers shown, then the progress page', async ({ page }) => {
  await page.goto('courses/demo/assessment/');
  const quiz = page.locator('[data-quiz="final"]');
  for (let attempt = 0; attempt < 2; attempt++) {
    await quiz.getByLabel('GHB').check();
    await quiz.getByLabel('True').check();
    await quiz.getByLabel('A stimulant to wake them').check();
    await quiz.getByRole('button', { name: 'Check answers' }).click();
    if (attempt === 0) await quiz.getByRole('button', { name: 'Try again' }).click();
  }
  await expect(quiz).toHaveAttribute('data-state', 'failed');
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
  await page.goto('progress/');
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
});
