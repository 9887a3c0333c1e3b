import { test, expect, expectNoAxeViolations, expectNoSidewaysScroll } from './fixtures.ts';
import { crawl, expectNoLinkProblems } from './links.ts';
import { builtPages, OTHER_LOCALES, pagesToCheck } from './site-pages.ts';
import { expectHeadingsAndLanguage } from './page-structure.ts';

/**
 * Site-wide checks, in both projects (desktop/light and 320 px phone/dark), on every English page and on one
 * page of each type in every other language (site-pages.ts): it loads, every internal link and asset
 * resolves (anchors included), axe finds no WCAG 2.2 A/AA violation, headings skip no level and language tags
 * are valid, nothing scrolls sideways, the Content-Security-Policy is there, and (through the fixtures) no console
 * error, policy violation or request to another host occurs. The reachability test below loads every page of every
 * language, so a link to a missing page fails there.
 */
const pages = builtPages().filter((p) => p !== '404.html');

for (const route of pagesToCheck(pages)) {
  test(`page /${route}`, async ({ page, baseURL, request }) => {
    const response = await page.goto(route);
    expect(response?.status(), 'status').toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    // Every page runs under the Content-Security-Policy; the fixtures fail the test on any violation.
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
    await expectNoLinkProblems(page, request, baseURL!);
    await expectNoAxeViolations(page);
    await expectHeadingsAndLanguage(page);
    await expectNoSidewaysScroll(page);
  });
}

test.describe('404', () => {
  // The browser itself logs the 404 status of the page as a console error.
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test('an unknown address shows the 404 page', async ({ page, baseURL, request }) => {
    const response = await page.goto('no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expectNoLinkProblems(page, request, baseURL!);
    await expectNoAxeViolations(page);
    await expectHeadingsAndLanguage(page);
  });
});

/** Opened only through links built in the browser: an assignment link from the trainer page, a certificate from the progress page. */
const REACHED_BY_BROWSER_LINKS = ['assignment/', 'certificate/'].flatMap((p) => [p, ...OTHER_LOCALES.map((l) => `${l}/${p}`)]);
/** Each language's "page not found" is linked from no page: a server shows it for an unknown address under /<code>/. */
const REACHED_FROM_404 = OTHER_LOCALES.map((l) => `${l}/404/`);
/** "Not saved on this device" is linked from no page: the service worker shows it offline for another language's page. */
const REACHED_OFFLINE = ['not-saved/', ...OTHER_LOCALES.map((l) => `${l}/not-saved/`)];

test('every built page is reachable by following links from the catalogue', async ({ request, baseURL }) => {
  const root = new URL(baseURL!);
  const seen = await crawl(request, root.href, /<a\b[^>]*\shref="([^"#]*)[^"]*"/g, (next) => next.origin === root.origin && next.pathname.startsWith(root.pathname));
  const reached = [...seen].map((u) => u.slice(root.href.length)).sort();
  expect(reached).toEqual(pages.filter((p) => ![...REACHED_BY_BROWSER_LINKS, ...REACHED_FROM_404, ...REACHED_OFFLINE].includes(p)));
});
