import { test, expect, expectNoAxeViolations, expectNoSidewaysScroll } from './fixtures.ts';
import { showLessonButton } from './content-gate.ts';

/**
 * The content-warning gate (src/components/ContentWarning.astro) on the real courses: a lesson with warnings
 * (here overdose and sex) shows them before its content, which stays hidden until the learner chooses to read
 * on; skipping leads to the next lesson. Keyboard, axe and a 320 px phone in both states (both projects).
 */
const GATED = 'courses/chemsex/what-is-chemsex/';
const NEXT = 'courses/chemsex/the-drugs-and-dangerous-mixes/';
const LAST = 'courses/chemsex/talking-without-judgement-and-referral/';
const UNGATED = 'courses/police-cooperation/building-police-and-ngo-partnerships/';

const gate = (page: import('@playwright/test').Page) => page.getByRole('complementary', { name: 'Content warning' });
const content = (page: import('@playwright/test').Page) => page.locator('[data-gated]');

test('the warning comes first and the content stays hidden until "Show the lesson"', async ({ page }) => {
  await page.goto(GATED);
  await expect(gate(page)).toBeVisible();
  await expect(gate(page).getByRole('listitem')).toHaveText(['Overdose and death', 'Sex and sexual health']);
  await expect(content(page)).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Why this matters for your work' })).toBeHidden();
  await expect(page.locator('[data-quiz]').first()).toBeHidden();
  // The pager stays, so the learner can move on without reading.
  await expect(page.getByRole('navigation', { name: 'Previous and next lesson' })).toBeVisible();
  await expectNoAxeViolations(page, 'gated lesson, gate closed');
  await expectNoSidewaysScroll(page);

  await showLessonButton(page).click();
  await expect(content(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'In this lesson you will learn to' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Why this matters for your work' })).toBeVisible();
  await expect(showLessonButton(page)).toBeHidden();
  // The warning itself stays above the lesson, as it reads without JavaScript.
  await expect(gate(page)).toBeVisible();
  await expectNoAxeViolations(page, 'gated lesson, gate open');
  await expectNoSidewaysScroll(page);
});

test('the gate works from the keyboard alone', async ({ page }) => {
  await page.goto(GATED);
  await showLessonButton(page).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the next lesson' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(showLessonButton(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(content(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'In this lesson you will learn to' })).toBeFocused();
});

test('skipping leads to the next lesson; the last lesson skips to the final assessment', async ({ page, baseURL }) => {
  await page.goto(GATED);
  await page.getByRole('link', { name: 'Skip to the next lesson' }).click();
  await expect(page).toHaveURL(baseURL + NEXT);
  await page.goto(LAST);
  await page.getByRole('link', { name: 'Skip to the final assessment' }).click();
  await expect(page).toHaveURL(baseURL + 'courses/chemsex/assessment/');
});

test('a link to a part of the lesson shows the gate first, then lands there', async ({ page }) => {
  await page.goto(`${GATED}#who-it-affects`);
  await expect(content(page)).toBeHidden();
  await showLessonButton(page).click();
  await expect(page.locator('#who-it-affects')).toBeInViewport();
});

test('a lesson is not recorded as read to its end while its gate is closed', async ({ page }) => {
  const stored = () => page.evaluate(() => localStorage.getItem('fieldlab:progress') ?? '');
  await page.goto(GATED);
  await expect.poll(stored).toContain('what-is-chemsex');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(300);
  expect(await stored()).not.toContain('endReachedAt');
  await showLessonButton(page).click();
  await page.evaluate(() => document.getElementById('lesson-end')!.scrollIntoView());
  await expect.poll(stored).toContain('endReachedAt');
});

test('the choice holds for this tab only: a reload does not ask again, a new tab does', async ({ page, context }) => {
  await page.goto(GATED);
  await showLessonButton(page).click();
  await page.reload();
  await expect(content(page)).toBeVisible();
  await expect(showLessonButton(page)).toBeHidden();
  const other = await context.newPage();
  await other.goto(GATED);
  await expect(content(other)).toBeHidden();
  await expect(showLessonButton(other)).toBeVisible();
  await other.close();
});

test('a damaged address does not break the gate', async ({ page }) => {
  await page.goto(`${GATED}#%E0%A4%A`);
  await showLessonButton(page).click();
  await expect(content(page)).toBeVisible();
});

test('without JavaScript the lesson stays readable under the warning', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(GATED);
  await expect(page.getByRole('heading', { name: 'Content warning' })).toBeVisible();
  await expect(content(page)).toBeVisible();
  await expect(showLessonButton(page)).toBeHidden();
  await context.close();
});

test('printing a gated lesson prints the lesson, without the gate’s buttons', async ({ page }) => {
  await page.goto(GATED);
  await expect(content(page)).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Why this matters for your work' })).toBeVisible();
  await expect(showLessonButton(page)).toBeHidden();
});

test('search still indexes the gated lesson, and a lesson without warnings has no gate', async ({ page, request }) => {
  const html = await (await request.get(GATED)).text();
  const gated = html.slice(html.indexOf('data-gated'));
  expect(gated).toContain('data-pagefind-body');
  await page.goto(UNGATED);
  await expect(page.getByRole('heading', { name: 'Content warning' })).toHaveCount(0);
  await expect(content(page)).toBeVisible();
});
