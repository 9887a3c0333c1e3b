import { test, expect, expectNoAxeViolations } from './fixtures.ts';

/**
 * The about page says in plain words what is stored and how to erase it, and erases it itself: "Forget everything
 * on this device" asks first, then removes the learner's progress, the same action as on the progress page.
 */
const stored = (page: import('@playwright/test').Page) => page.evaluate(() => localStorage.getItem('fieldlab:progress'));

test('the about page erases progress on this device, after asking', async ({ page }) => {
  await page.goto('courses/demo/second-steps/');
  await expect.poll(() => stored(page)).toContain('second-steps');

  await page.goto('about/');
  await expect(page.getByRole('heading', { name: 'Quick exit' })).toBeVisible();
  await expect(page.locator('main')).toContainText('fieldlab:progress');
  const forget = page.getByRole('button', { name: 'Forget everything on this device' });
  await forget.click();
  const dialog = page.getByRole('dialog', { name: 'Are you sure?' });
  await expect(dialog).toContainText('All your progress, answers and notes in every course will be erased');
  await expectNoAxeViolations(page, 'about page, confirmation');
  await dialog.getByRole('button', { name: 'No, keep it' }).click();
  expect(await stored(page)).toContain('second-steps');

  await forget.click();
  await dialog.getByRole('button', { name: 'Yes, forget everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Done.' })).toBeVisible();
  await expect.poll(() => stored(page)).toBeNull();
  await expectNoAxeViolations(page, 'about page, erased');
});
