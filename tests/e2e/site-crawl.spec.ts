import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, expectNoSidewaysScroll } from './fixtures.ts';
import { builtPages } from './site-pages.ts';

/**
 * Site-wide checks on every page of the built site, in both projects (desktop/light and 320 px phone/dark):
 * it loads, every internal link and asset resolves (anchors included), axe finds no WCAG 2.2 A/AA violation,
 * nothing scrolls sideways, and (through the fixtures) no console error or request to another host occurs.
 */
const pages = builtPages().filter((p) => p !== '404.html');

for (const route of pages) {
  test(`page /${route}`, async ({ page, baseURL, request }) => {
    const response = await page.goto(route);
    expect(response?.status(), 'status').toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expectNoLinkProblems(page, request, baseURL!);
    await expectNoAxeViolations(page);
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
  });
});

/** Opened only through links built in the browser: an assignment link from the trainer page, a certificate from the progress page. */
const REACHED_BY_BROWSER_LINKS = ['assignment/', 'certificate/'];

test('every built page is reachable by following links from the catalogue', async ({ request, baseURL }) => {
  const root = new URL(baseURL!);
  const seen = new Set<string>();
  const queue = [root.href];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    if (!(res.headers()['content-type'] ?? '').includes('text/html')) continue;
    for (const [, href] of (await res.text()).matchAll(/<a\b[^>]*\shref="([^"#]*)[^"]*"/g)) {
      const next = new URL(href!, url);
      if (next.origin === root.origin && next.pathname.startsWith(root.pathname)) queue.push(next.origin + next.pathname);
    }
  }
  const reached = [...seen].map((u) => u.slice(root.href.length)).sort();
  expect(reached).toEqual(pages.filter((p) => !REACHED_BY_BROWSER_LINKS.includes(p)));
});

const checked = new Map<string, Promise<string | null>>();

async function expectNoLinkProblems(page: Page, request: APIRequestContext, baseURL: string): Promise<void> {
  const origin = new URL(baseURL).origin;
  const refs = await page.$$eval('a[href], link[href], script[src], img[src], source[src]', (els) =>
    els.map((el) => (el as HTMLAnchorElement).href || (el as HTMLImageElement).src),
  );
  const problems: string[] = [];
  for (const ref of new Set(refs)) {
    const url = new URL(ref);
    if (url.origin !== origin) continue;
    const target = url.origin + url.pathname;
    const here = new URL(page.url());
    if (target === here.origin + here.pathname) {
      if (url.hash && (await page.locator(`[id="${decodeURIComponent(url.hash.slice(1))}"]`).count()) === 0) {
        problems.push(`${ref}: no element with id "${url.hash.slice(1)}" on this page`);
      }
      continue;
    }
    if (!checked.has(target)) checked.set(target, fetchProblem(request, target));
    const problem = await checked.get(target)!;
    if (problem) problems.push(`${ref}: ${problem}`);
    else if (url.hash && !(await hasAnchor(request, target, decodeURIComponent(url.hash.slice(1))))) {
      problems.push(`${ref}: no element with id "${url.hash.slice(1)}"`);
    }
  }
  expect(problems, `broken links on ${page.url()}`).toEqual([]);
}

async function fetchProblem(request: APIRequestContext, url: string): Promise<string | null> {
  const res = await request.get(url, { maxRedirects: 0 });
  return res.status() === 200 ? null : `status ${res.status()}`;
}

async function hasAnchor(request: APIRequestContext, target: string, id: string): Promise<boolean> {
  const html = await (await request.get(target)).text();
  return html.includes(`id="${id}"`);
}
