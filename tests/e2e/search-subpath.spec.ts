import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { test as base, expect } from './fixtures.ts';
import { serveStatic } from './static-server.ts';

/**
 * An organisation serving Fieldlab from a sub-folder: the real courses built with FIELDLAB_BASE into a
 * temporary folder and served by a plain file server. Search must load pagefind, its index and its results
 * from under that folder, and its results must lead there.
 */
const BASE = '/training/fieldlab/';
const root = fileURLToPath(new URL('../..', import.meta.url));

const test = base.extend<object, { subpathSite: string }>({
  subpathSite: [
    async ({}, use) => {
      const work = mkdtempSync(join(tmpdir(), 'fieldlab-subpath-'));
      try {
        await promisify(execFile)(join(root, 'node_modules/.bin/astro'), ['build'], {
          cwd: root,
          env: { ...process.env, FIELDLAB_BASE: BASE, FIELDLAB_OUT: join(work, 'dist'), FIELDLAB_CACHE: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
        });
        const site = await serveStatic(join(work, 'dist'), BASE);
        await use(site.url);
        await site.close();
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
    { scope: 'worker', timeout: 180_000 },
  ],
  baseURL: async ({ subpathSite }, use) => use(subpathSite),
});

// One build is enough: the phone project checks layout, which a sub-path does not change. Both tests share one
// worker, since two Astro builds of one project at once clash in its .astro folder.
test.describe.configure({ mode: 'serial' });
test.skip(({ isMobile }) => isMobile, 'checked on desktop only');

test('search loads from the sub-path and its results lead there', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('about/');
  await page.keyboard.press('/');
  await page.keyboard.type('slamming');
  // Results for the part typed so far can show first: wait for the answer to the whole word.
  await expect(page.getByRole('dialog').locator('[data-search-status]')).toContainText('“slamming”');
  const first = page.getByRole('dialog').locator('a.search-result-link').first();
  await expect(first).toHaveAttribute('href', new RegExp(`^${BASE}courses/chemsex/[a-z-]+/\\?highlight=slamming`));

  const searchFiles = requests.filter((p) => p.includes('pagefind'));
  expect(searchFiles.length).toBeGreaterThan(3);
  expect(searchFiles.filter((p) => !p.startsWith(`${BASE}pagefind/`)), 'search files from outside the sub-path').toEqual([]);

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${BASE}courses/chemsex/[a-z-]+/\\?highlight=slamming`));
  await expect(page.locator('.lesson-body mark').first()).toHaveText(/slamming/i);
});

test('the search page and its filters work from the sub-path', async ({ page }) => {
  await page.goto('search/?q=overdose&course=prisons');
  await expect(page.getByLabel('Course')).toHaveValue('prisons');
  await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ lessons? match(es)? “overdose”\.$/);
  for (const href of await page.locator('a.search-result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
    expect(href).toMatch(new RegExp(`^${BASE}courses/prisons/`));
});
