import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, expectNoSidewaysScroll } from './fixtures.ts';
import { showLessonButton } from './content-gate.ts';

/**
 * The header search with the keyboard alone: "/" or Ctrl+K opens it, typing searches, arrows or Tab reach a
 * result, Enter follows it; Esc closes and gives focus back. And what it says when there is nothing to find.
 */

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the courses' });
const field = (page: Page) => dialog(page).getByLabel('Words to find in the lessons');
const status = (page: Page) => dialog(page).locator('[data-search-status]');

test('"/" opens search; typing, arrows and Enter follow a result', async ({ page }) => {
  await page.goto('about/');
  await expect(dialog(page)).toBeHidden();
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  await expect(field(page)).toBeFocused();
  await page.keyboard.type('continuum of care');
  await expect(status(page)).toContainText(/match(es)? “continuum of care”/);
  await page.keyboard.press('ArrowDown');
  const first = dialog(page).locator('a.search-result-link').first();
  await expect(first).toBeFocused();
  const href = await first.getAttribute('href');
  await page.keyboard.press('ArrowUp');
  await expect(field(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new URL(href!, page.url()).href);
  // The chemsex lessons carry content warnings: the learner chooses to read on, from the keyboard too.
  await showLessonButton(page).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.lesson-body mark').first()).toBeVisible();
});

test('Ctrl+K opens search, Tab reaches the results, Esc closes and keeps the search, focus returns', async ({ page }) => {
  await page.goto('courses/prisons/');
  await page.keyboard.press('Control+K');
  await expect(field(page)).toBeFocused();
  await page.keyboard.type('release');
  await expect(dialog(page).locator('a.search-result-link').first()).toBeVisible();
  await page.keyboard.press('Tab'); // the Search button
  await page.keyboard.press('Tab');
  await expect(dialog(page).locator('a.search-result-link').first()).toBeFocused();
  await expectNoAxeViolations(page, 'search dialog with results');
  await expectNoSidewaysScroll(page);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(field(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  const opener = page.locator('[data-search-open]');
  await opener.click();
  await expect(field(page)).toBeFocused();
  await expect(field(page), 'the last search is kept').toHaveValue('release');
  await dialog(page).getByRole('button', { name: 'Close' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(opener).toBeFocused();
});

test('"/" typed into a field is just a character', async ({ page }) => {
  await page.goto('search/');
  const pageField = page.getByLabel('Words to find in the lessons');
  await page.keyboard.press('/');
  await expect(pageField).toBeFocused();
  await page.keyboard.type('HIV/AIDS');
  await expect(pageField).toHaveValue('HIV/AIDS');
});

test('only spaces or symbols, and no match, each say what to do', async ({ page }) => {
  await page.goto('');
  await page.keyboard.press('/');
  await page.keyboard.type('   ');
  await expect(status(page)).toHaveText('Type a word to search for: letters or numbers, not only spaces or symbols.');
  await field(page).fill('?! … — <>');
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('Type a word to search for: letters or numbers, not only spaces or symbols.');
  await field(page).fill('zzqxjv');
  await expect(status(page)).toHaveText('No lessons match “zzqxjv”. Check the spelling or try other words.');
  await expect(dialog(page).locator('.search-result')).toHaveCount(0);
  await field(page).fill('');
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('');
});

for (const hostile of ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>']) {
  test(`a hostile query is shown as text: ${hostile}`, async ({ page }) => {
    page.on('dialog', (d) => {
      throw new Error(`the query ran: ${d.message()}`);
    });
    await page.goto('');
    await page.keyboard.press('/');
    await page.keyboard.type(hostile);
    await expect(status(page)).toContainText(`“${hostile}”`);
    await expect(dialog(page).locator('img, script')).toHaveCount(0);
    await expect(dialog(page).locator('.search-more a')).toHaveAttribute('href', /\?q=%3C/);

    // The same on the search page, where the query also comes from the address.
    await page.goto(`search/?q=${encodeURIComponent(hostile)}`);
    await expect(page.getByLabel('Words to find in the lessons')).toHaveValue(hostile);
    await expect(page.locator('[data-search-status]')).toContainText(`“${hostile}”`);
    await expect(page.locator('main img, main script')).toHaveCount(0);
  });
}

test.describe('when the index cannot be loaded', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource/] });

  test('search says so and points to the course list', async ({ page }) => {
    await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'not here' }));
    await page.goto('about/');
    await page.keyboard.press('/');
    await page.keyboard.type('naloxone');
    await expect(status(page)).toHaveText(/Search could not be loaded\..*course list\./);
    await expect(dialog(page).locator('.search-result')).toHaveCount(0);
  });
});
