import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * The guards every browser test inherits: a test fails on any console error, uncaught exception or
 * Content-Security-Policy violation, and on any request to a host other than the local test servers on loopback (such requests are also blocked).
 * A test that provokes an error on purpose lists what it expects in `allowedConsoleErrors`.
 */
interface Guards {
  allowedConsoleErrors: RegExp[];
}

export const test = base.extend<Guards>({
  allowedConsoleErrors: [[], { option: true }],
  page: async ({ page, baseURL, allowedConsoleErrors }, use) => {
    const local = baseURL ? new URL(baseURL).hostname : '127.0.0.1';
    const problems: string[] = [];
    // Servers the tests start listen on loopback (the site, the fixture site, the offline bundle, a test LMS).
    await page.route(
      (url) => /^(https?|wss?):$/.test(url.protocol) && url.hostname !== local && url.hostname !== 'localhost',
      (route) => {
        problems.push(`request to another host: ${route.request().url()}`);
        return route.abort('blockedbyclient');
      },
    );
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const text = msg.text();
      if (!allowedConsoleErrors.some((re) => re.test(text))) problems.push(`console error: ${text}`);
    });
    page.on('pageerror', (err) => problems.push(`uncaught exception: ${err.message}`));
    // Whatever Chromium logs itself, anything the Content-Security-Policy blocks fails the test too.
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Content-Security-Policy blocked ${e.blockedURI} (${e.effectiveDirective})`)),
    );
    await use(page);
    expect(problems, 'console errors, exceptions and requests to other hosts').toEqual([]);
  },
});

export { expect };

/** WCAG 2.2 A and AA, as axe-core tags them. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Runs axe on the page (or part of it) and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, label = page.url()): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`,
  );
  expect(summary, `axe WCAG 2.2 A/AA violations on ${label}`).toEqual([]);
}

/** Nothing may scroll sideways, down to a 320 px wide phone. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'page width must fit the viewport (no sideways scrolling)').toBeLessThanOrEqual(clientWidth);
}

/** Waits until every island on the page has hydrated, so that a test's first click reaches the island. */
export async function islandsReady(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}
