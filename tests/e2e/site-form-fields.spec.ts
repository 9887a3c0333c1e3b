import { test, expect, islandsReady } from './fixtures.ts';

/**
 * Identify input purpose (WCAG 1.3.5): the field for the learner's own name says so (autocomplete="name"), so
 * browsers and assistive tools can fill it in; every other free-text field states its autocomplete choice.
 */
for (const path of ['progress/', 'trainer/']) {
  test(`${path}: text fields say what they are for`, async ({ page }) => {
    await page.goto(path);
    await islandsReady(page);
    const fields = page.locator('main input:not([type]), main input[type="text"], main input[type="email"], main input[type="search"]');
    await expect(fields.first()).toBeAttached();
    for (const field of await fields.all()) {
      if (await field.evaluate((el: HTMLInputElement) => el.readOnly)) continue;
      await expect(field).toHaveAttribute('autocomplete', /^(name|off)$/);
    }
    if (path === 'progress/') await expect(page.getByLabel('Your name or a pseudonym, as it should appear')).toHaveAttribute('autocomplete', 'name');
  });
}
