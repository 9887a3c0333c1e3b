import { test, expect, islandsReady } from './fixtures.ts';
import { expectVisibleFocus } from './keyboard.ts';
import { PAGE_STATES } from './site-page-states.ts';

/** The skip link: the first Tab stop on every page type, visible once focused, and it moves the focus to the main content. */
for (const { name, path } of PAGE_STATES.filter((s) => !s.setup)) {
  test.describe(() => {
    if (path === 'no-such-page/') test.use({ allowedConsoleErrors: [/status of 404/] });

    test(`${name}: the skip link is the first Tab stop and leads to the main content`, async ({ page }) => {
      await page.goto(path);
      await islandsReady(page);
      const skip = page.locator('.skip-link');
      await expect(skip).not.toBeInViewport();
      await page.keyboard.press('Tab');
      await expect(skip).toBeFocused();
      await expect(skip).toHaveText('Skip to content');
      await expect(skip).toBeInViewport({ ratio: 1 });
      await expectVisibleFocus(page, 'the skip link');
      await page.keyboard.press('Enter');
      await expect(page.locator('main#main')).toBeFocused();
      await expectVisibleFocus(page, 'the main content after the skip link');
      // The next Tab continues from the main content, not from the header (the about page has no link after it).
      if (path === 'about/') return;
      await page.keyboard.press('Tab');
      const from = await page.evaluate(() => {
        const [main, active] = [document.querySelector('main')!, document.activeElement!];
        return main.contains(active) || Boolean(main.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(from, 'the focus after the skip link and one Tab is in or after the main content').toBe(true);
    });
  });
}
