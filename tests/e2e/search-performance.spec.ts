import { gzipSync } from 'node:zlib';
import type { APIRequestContext } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/**
 * What search costs a learner's data plan, measured in Chromium on the real courses and held to budgets: the
 * script every page carries before search is opened, and what opening and a first query download, in English and
 * in Russian (each interface language loads its own index). Bytes are deterministic; how long results take
 * depends on the machine, so `npm run bench` measures that instead.
 */

/** Everything a normal page loads for search before it is opened (bytes, uncompressed). */
const PAGE_BUDGET = 4_000;
/** Everything the first search downloads, opening included (bytes, uncompressed). */
const FIRST_SEARCH_BUDGET = 200_000;

test.skip(({ isMobile }) => isMobile, 'measured once, on desktop');

for (const prefix of ['', 'ru/']) {
  test(`search costs a page little, and a first search stays small (/${prefix})`, async ({ page, request }) => {
    const loaded: string[] = [];
    page.on('requestfinished', (r) => loaded.push(r.url()));
    // A glossary has no script of its own: every script it loads is search's.
    await page.goto(`${prefix}courses/chemsex/glossary/`);
    await page.waitForLoadState('networkidle');
    const pageScripts = loaded.filter((u) => u.endsWith('.js'));
    const pageBytes = await bytes(request, pageScripts);

    loaded.length = 0;
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    // One input event for the whole word: typed key by key, a slow machine would search for "n", "na"… too, and
    // the download would measure the machine's speed rather than what one search for a word costs.
    await page.keyboard.insertText('naloxone');
    await expect(dialog.locator('[data-search-results] a').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const firstFiles = [...new Set(loaded)];
    const firstSearch = await bytes(request, firstFiles);
    // Only this language's index: pagefind picks it by <html lang>.
    const language = prefix === '' ? 'en' : 'ru';
    expect(firstFiles.filter((u) => /\/(pagefind\.|index\/|fragment\/|filter\/)\w+_/.test(u) && !new URL(u).pathname.includes(`${language}_`))).toEqual([]);

    const report = [
      `/${prefix}: page JS for search before it is opened: ${pageBytes.raw} B (${pageBytes.gzip} B gzip) in ${pageScripts.length} files`,
      `/${prefix}: first search (open, then "naloxone"): ${firstSearch.raw} B (${firstSearch.gzip} B gzip) in ${firstFiles.length} files`,
    ];
    console.log(`Search download\n  ${report.join('\n  ')}\n  first search files: ${firstFiles.map((u) => new URL(u).pathname).join(', ')}`);
    for (const line of report) test.info().annotations.push({ type: 'measured', description: line });

    expect(pageBytes.raw).toBeLessThanOrEqual(PAGE_BUDGET);
    expect(firstSearch.raw).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
  });
}

/** Sizes of the files at these addresses, as served and as gzip would send them. */
async function bytes(request: APIRequestContext, urls: string[]): Promise<{ raw: number; gzip: number }> {
  let raw = 0;
  let gzip = 0;
  for (const url of urls) {
    const body = await (await request.get(url)).body();
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { raw, gzip };
}
