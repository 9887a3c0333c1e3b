import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { lessonSchema } from '../../src/schemas/lesson-schema.ts';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { answerRightly } from './answer-question.ts';
import { pageResults, searchPage } from './search-page.ts';

/**
 * After one online visit, the service worker of the page's language serves that language's pages with the network
 * off, and has downloaded no other language's.
 */
test.use({ serviceWorkers: 'allow' });

const course = 'police-cooperation';
const dir = fileURLToPath(new URL(`../../courses/${course}/`, import.meta.url));
const lessons = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ slug: f.slice(0, -4), data: lessonSchema.parse(parse(readFileSync(dir + f, 'utf8').split('---')[1]!)) }))
  .sort((a, b) => a.data.order - b.data.order);

/** Opens `path` online, waits until its language's worker has precached everything, and reloads under it. */
async function visitOnce(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

/** The workers' scopes and every file they hold, as paths below the site's base ('ru/', 'ru/courses/…/index.html'). */
const offlineCopies = (page: Page) =>
  page.evaluate(async () => {
    const root = new URL(document.documentElement.dataset.base ?? '/', location.href).pathname;
    const below = (url: string) => new URL(url).pathname.slice(root.length);
    const scopes = (await navigator.serviceWorker.getRegistrations()).map((registration) => below(registration.scope));
    const held = await Promise.all((await caches.keys()).map(async (name) => (await caches.open(name)).keys()));
    return { scopes, files: held.flat().map((request) => below(request.url)) };
  });

test('one visit, then every lesson of a course, a quiz and search work offline; other languages were not downloaded', async ({ page, context }) => {
  await visitOnce(page, '');
  const { scopes, files } = await offlineCopies(page);
  expect(scopes).toEqual(['']);
  expect(files).toContain(`courses/${course}/index.html`);
  expect(files.filter((path) => /^(ru|vi|fa)\//.test(path))).toEqual([]);

  await context.setOffline(true);
  for (const lesson of lessons) {
    await page.goto(`courses/${course}/${lesson.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.data.title);
  }
  const first = lessons[0]!;
  await page.goto(`courses/${course}/${first.slug}/`);
  const quiz = first.data.quizzes[0]!;
  const section = page.locator(`[data-quiz="${quiz.id}"]`);
  for (const q of quiz.questions) await answerRightly(section.locator(`[data-question="${q.id}"]`), q);
  await section.getByRole('button', { name: 'Check answers' }).click();
  await expect(section).toHaveAttribute('data-state', 'passed');

  // Search: its code and its index were precached too.
  await searchPage(page, 'naloxone');
  await expect(pageResults(page).first()).toBeVisible();

  // An address the site does not have still gets the site's own "not found" page.
  await page.goto('no-such-page/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  // Another language's page, which this device has not saved, says so instead of showing the browser's error.
  await page.goto(`ru/courses/${course}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not saved on this device');
  await context.setOffline(false);
});

test('one visit to a Russian page, then Russian pages and search work offline, without the other languages', async ({ page, context }) => {
  await visitOnce(page, `ru/courses/${course}/`);
  const { scopes, files } = await offlineCopies(page);
  expect(scopes).toEqual(['ru/']);
  expect(files).toContain(`ru/courses/${course}/${lessons[0]!.slug}/index.html`);
  expect(files).toContain('pagefind/pagefind.js');
  expect(files.filter((path) => /^(vi|fa)\//.test(path))).toEqual([]);
  expect(files.filter((path) => path.endsWith('.html') && !path.startsWith('ru/'))).toEqual([]);

  await context.setOffline(true);
  for (const lesson of lessons) {
    await page.goto(`ru/courses/${course}/${lesson.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.data.title);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  }
  await page.goto('ru/search/?q=naloxone');
  await expect(pageResults(page).first()).toBeVisible();
  await page.goto('ru/no-such-page/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Страница не найдена');
  await context.setOffline(false);
});

test('switching language online saves that language too, with no update offered for it', async ({ page, context }) => {
  await visitOnce(page, `courses/${course}/`);
  await page.getByRole('navigation', { name: 'Site language' }).getByRole('link', { name: 'Русский' }).click();
  // This page is still under the English worker; the Russian one installs beside it.
  const russianWorker = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL ?? '');
  await expect.poll(russianWorker).toMatch(/\/ru\/sw\.js$/);
  await expect(page.locator('#update-bar')).toBeHidden();
  expect((await offlineCopies(page)).scopes.sort()).toEqual(['', 'ru/']);

  await context.setOffline(true);
  const last = lessons.at(-1)!;
  await page.goto(`ru/courses/${course}/${last.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(last.data.title);
  await page.goto(`courses/${course}/${last.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(last.data.title);
  await context.setOffline(false);
});
