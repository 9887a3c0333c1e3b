import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/**
 * Quick exit (src/components/QuickExit.astro) on the real site: the button and Escape pressed twice replace the
 * page and its history entry with the neutral page (about:blank in tests: no request to any host), forget the
 * tab's session storage but keep the saved progress; one Escape, or an Escape that closes a dialog, does not leave.
 */
const LESSON = 'courses/police-cooperation/building-police-and-ngo-partnerships/';
const quickExit = (page: Page) => page.getByRole('link', { name: 'Quick exit' });

/** Opens the catalogue, then a lesson, so that history has a page before the lesson; marks both storages. */
async function openLesson(page: Page): Promise<void> {
  await page.goto('');
  await page.goto(LESSON);
  await expect(page.locator('h1')).toBeVisible();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('fieldlab:progress'))).not.toBeNull();
  await page.evaluate(() => sessionStorage.setItem('fieldlab:test', 'this tab'));
}

/** After leaving: the neutral page; Back skips the lesson; session storage forgotten, progress kept. */
async function expectLeft(page: Page, baseURL: string): Promise<void> {
  await expect(page).toHaveURL('about:blank');
  await page.evaluate(() => history.back());
  await expect(page).toHaveURL(baseURL);
  expect(page.url()).not.toContain(LESSON);
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  expect(await page.evaluate(() => localStorage.getItem('fieldlab:progress'))).toContain('police-cooperation');
}

test('the button leaves at once, and Back does not return to the lesson', async ({ page, baseURL }) => {
  await openLesson(page);
  await quickExit(page).click();
  await expectLeft(page, baseURL!);
});

test('Escape pressed twice leaves', async ({ page, baseURL }) => {
  await openLesson(page);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expectLeft(page, baseURL!);
});

test('one Escape, or two more than a second apart, do not leave', async ({ page, baseURL }) => {
  await openLesson(page);
  await page.keyboard.press('Escape');
  await page.waitForTimeout(1200);
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(baseURL + LESSON);
  await expect(page.locator('h1')).toBeVisible();
});

test('Escape in the search dialog closes it and does not leave; two more then do', async ({ page, baseURL }) => {
  await openLesson(page);
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the courses' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // The Escape that closed the dialog does not count: one more is the first of two.
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(baseURL + LESSON);
  // Checking took time: under load the next press may come more than a second later, so press twice.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expectLeft(page, baseURL!);
});

test('the keyboard reaches it right after the skip link; it is large, and stays in view', async ({ page }) => {
  await page.goto(LESSON);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(quickExit(page)).toBeFocused();
  const box = (await quickExit(page).boundingBox())!;
  // WCAG 2.2 asks for 24 × 24 CSS pixels at least (2.5.8); it is 44 × 44 or more, easy to hit on a phone.
  expect(box.width).toBeGreaterThanOrEqual(44);
  expect(box.height).toBeGreaterThanOrEqual(44);
  // It sits in its own bar and covers no link or button of the page.
  const covered = await page.evaluate(() => {
    const bar = document.querySelector('.quick-exit-bar')!.getBoundingClientRect();
    return [...document.querySelectorAll('main a, main button, header a, header button')].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.bottom > bar.top && r.top < bar.bottom && r.right > bar.left && r.left < bar.right;
    }).length;
  });
  expect(covered).toBe(0);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(quickExit(page)).toBeInViewport();
});

test('without JavaScript it is still a link to the neutral page', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(LESSON);
  await expect(quickExit(page)).toHaveAttribute('href', 'about:blank');
  await context.close();
});
