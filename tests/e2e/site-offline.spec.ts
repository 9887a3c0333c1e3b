import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { lessonSchema } from '../../src/schemas/lesson-schema.ts';
import { test, expect } from './fixtures.ts';
import { answerRightly } from './answer-question.ts';
import { pageResults, searchPage } from './search-page.ts';

/** After one online visit, the service worker serves the whole site with the network off. */
test.use({ serviceWorkers: 'allow' });

const course = 'police-cooperation';
const dir = fileURLToPath(new URL(`../../courses/${course}/`, import.meta.url));
const lessons = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ slug: f.slice(0, -4), data: lessonSchema.parse(parse(readFileSync(dir + f, 'utf8').split('---')[1]!)) }))
  .sort((a, b) => a.data.order - b.data.order);

test('one visit, then every lesson of a course, a quiz and search work offline', async ({ page, context }) => {
  await page.goto('');
  // Wait until the service worker has precached everything and is active.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

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
  await context.setOffline(false);
});
