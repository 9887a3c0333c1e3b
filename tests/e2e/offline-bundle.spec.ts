import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { test, expect, expectNoAxeViolations } from './fixtures.ts';
import { showLesson } from './content-gate.ts';
import { crawl } from './links.ts';

/**
 * The offline bundle (tests/fixtures/release/fieldlab-offline.zip, written by `npm run package:fixture`), unzipped
 * into a temporary folder: its own server, started as an organisation would, serves every page; a path-traversal
 * request is refused; on localhost the language's service worker installs and updates; and the pages opened straight
 * from the files are readable and navigable.
 */
const zip = new URL('../fixtures/release/fieldlab-offline.zip', import.meta.url);
let folder: string;
let server: ChildProcess;
let origin: string;

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'fieldlab-bundle-'));
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    if (!name.endsWith('/')) writeFileSync(join(folder, name), bytes);
  }
  writeFileSync(join(folder, 'secret.txt'), 'outside the site');
  server = spawn(process.execPath, ['serve.mjs', '--port', '0', '--host', '127.0.0.1'], { cwd: folder, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((ok, fail) => {
    let out = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /localhost:(\d+)/.exec(out);
      if (match) ok(match[1]!);
    });
    server.on('exit', (code) => fail(new Error(`serve.mjs exited with ${code}`)));
  });
  origin = `http://127.0.0.1:${port}`;
});

test.afterAll(() => {
  server?.kill();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

test.describe('served by its own server', () => {
  test.use({ baseURL: undefined });

  test('every page is reachable from the catalogue, and every link and asset resolves', async ({ page, request }) => {
    const seen = await crawl(request, `${origin}/`, /\s(?:href|src|component-url|renderer-url)="([^"#]+)[^"]*"/g, (next) => next.origin === origin);
    expect([...seen].filter((u) => u.endsWith('.html') || u.endsWith('/')).length).toBeGreaterThan(8);
    // The server sends the pages' own Content-Security-Policy as a header too, with frame-ancestors.
    const policy = (await request.get(`${origin}/`)).headers()['content-security-policy'] ?? '';
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-.*frame-ancestors 'self'$/);
    await page.goto(`${origin}/courses/demo/first-steps/index.html`);
    await expect(page.locator('[data-quiz="check-first-steps"] button[type="submit"]')).toBeEnabled();
    await expectNoAxeViolations(page);
  });

  test('a path-traversal request is refused', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const response = await new Promise<string>((ok) => {
        const socket = connect(Number(new URL(origin).port), '127.0.0.1', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
        let out = '';
        socket.on('data', (d) => (out += d.toString()));
        socket.on('end', () => ok(out));
      });
      expect(response, path).toMatch(/^HTTP\/1.1 40[03]/);
      expect(response).not.toContain('outside the site');
    }
  });
});

test.describe('served on localhost, where browsers allow service workers', () => {
  test.use({ baseURL: undefined, serviceWorkers: 'allow' });

  test('a Russian page installs the Russian worker, whose pages work offline; a new release is offered with the reload bar', async ({ page, context }) => {
    // The bundle's pages name their language's home relatively ("../../"): the worker and its scope follow it.
    await page.goto(`${origin}/ru/courses/demo/first-steps/index.html`);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${origin}/ru/`);
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

    // The next release, unzipped over this one: the worker's bytes change, so the browser installs it beside the old.
    appendFileSync(join(folder, 'site/ru/sw.js'), '\n// the next release\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const bar = page.locator('#update-bar');
    await expect(bar).toBeVisible();
    await Promise.all([page.waitForEvent('load'), bar.getByRole('button').click()]);
    await expect(bar).toBeHidden();
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())!.waiting))).toBe(false);

    await context.setOffline(true);
    await page.goto(`${origin}/ru/courses/demo/second-steps/index.html`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Second steps');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await context.setOffline(false);
  });
});

test.describe('opened from the files (file://)', () => {
  // Browsers refuse module scripts from file:// and log it: that is exactly the limit the notice explains.
  test.use({ allowedConsoleErrors: [/CORS policy|Failed to load resource|ERR_FILE_NOT_FOUND|origin 'null'/] });

  test('lessons are readable and the navigation works, with a plain notice about what needs the server', async ({ page }) => {
    await page.goto(pathToFileURL(join(folder, 'site', 'index.html')).href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harm-reduction courses');
    await expect(page.locator('#file-notice')).toBeVisible();
    await expect(page.locator('#file-notice')).toContainText('node serve.mjs');
    await page.getByRole('link', { name: 'Demo course' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Demo course');
    await page.getByRole('link', { name: /Start with lesson 1/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('First steps');
    // The content-warning gate is a classic inline script, so it works from files too.
    await showLesson(page);
    await expect(page.getByText('Some text.')).toBeVisible();
    await page.getByRole('link', { name: /Next lesson/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Second steps');
    await page.getByRole('link', { name: /Previous lesson/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('First steps');
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Courses' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harm-reduction courses');
  });
});
