import { test, expect } from './scorm-lms.ts';

/**
 * Quick exit inside a learning platform: the course runs in the platform's frames (here on the same address, as
 * most platforms serve packages), and quick exit replaces the whole window, not only the course's frame, so the
 * platform's page with the course's title goes too.
 */
test('quick exit in a package leaves the whole platform window', async ({ page, lms }) => {
  await lms.launch(page, '1.2');
  const course = lms.course(page);
  await expect(course.locator('h1')).toBeVisible();
  await course.getByRole('link', { name: 'Quick exit' }).click();
  await expect(page).toHaveURL('about:blank');
});

test('Escape twice in a package does the same', async ({ page, lms }) => {
  await lms.launch(page, '2004');
  const course = lms.course(page);
  await course.locator('h1').click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL('about:blank');
});
