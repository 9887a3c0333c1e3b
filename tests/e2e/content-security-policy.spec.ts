import { test, expect } from './fixtures.ts';
import { builtPages, FIXTURE_DIST } from './site-pages.ts';

/**
 * Every page of the fixture site (a quiz of every type, the trainer's pages, progress, search) loads under the
 * Content-Security-Policy without a violation: the fixtures fail a test on any. The real site's pages are
 * checked the same way in site-crawl.spec.ts; an injected script is tried in site-content-security-policy.spec.ts.
 */
for (const route of builtPages(FIXTURE_DIST).filter((p) => p !== '404.html')) {
  test(`policy on /${route}`, async ({ page }) => {
    await page.goto(route);
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
    // Islands hydrate and module scripts run after load: give them the time to trip the policy.
    await page.waitForLoadState('networkidle');
  });
}
