import { expect, type APIRequestContext, type Page } from '@playwright/test';

const checked = new Map<string, Promise<string | null>>();

/** Every internal link, asset and #anchor on the page resolves; each target is fetched once per test worker. */
export async function expectNoLinkProblems(page: Page, request: APIRequestContext, baseURL: string): Promise<void> {
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

/**
 * Follows references from `start` the way a visitor's browser would, breadth first, and returns every address
 * reached (without query or #anchor). Each must answer 200; only HTML pages are read for more references.
 * `refs` picks the references from a page's HTML (its first group is the address); `inScope` says which to follow.
 */
export async function crawl(request: APIRequestContext, start: string, refs: RegExp, inScope: (url: URL) => boolean): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    if (!(res.headers()['content-type'] ?? '').startsWith('text/html')) continue;
    for (const [, ref] of (await res.text()).matchAll(refs)) {
      const next = new URL(ref!, url);
      if (inScope(next)) queue.push(next.origin + next.pathname);
    }
  }
  return seen;
}
