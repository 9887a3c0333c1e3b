import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, expectNoSidewaysScroll, islandsReady } from './fixtures.ts';
import { showLesson } from './content-gate.ts';

/**
 * Interface languages on the fixture site: the switcher, right-to-left Persian, the lesson translated into Russian
 * (demo/ru/first-steps.mdx), the untranslated-lesson notice, and a search index per language.
 */

const LESSON = 'courses/demo/first-steps/';
const UNTRANSLATED = 'courses/demo/second-steps/';

async function answerOne(page: Page) {
  await page.goto(LESSON);
  await showLesson(page);
  await islandsReady(page);
  const check = page.locator('[data-quiz="check-first-steps"]');
  await check.getByLabel('A GHB overdose').check();
  await page.locator('#lesson-end').scrollIntoViewIfNeeded();
  return check;
}

test('switching language keeps the lesson and the progress, and switching back too', async ({ page }) => {
  await answerOne(page);
  await page.getByRole('navigation', { name: 'Site language' }).getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(new RegExp(`/ru/${LESSON}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  // The learner chose to read past the content warning: the same lesson in Russian does not ask again.
  await expect(page.getByRole('button', { name: 'Показать урок' })).toBeHidden();
  await expect(page.locator('[data-gated]')).toBeVisible();
  await islandsReady(page);
  const check = page.locator('[data-quiz="check-first-steps"]');
  // Same answer, same place in the course, in the lesson's Russian translation.
  await expect(check.getByLabel('Передозировку GHB')).toBeChecked();
  await expect(check.getByRole('button', { name: 'Проверить ответы' })).toBeVisible();
  await expect(page.locator('.course-nav [data-lesson="first-steps"] [data-fill="lesson-status"]')).toHaveText('В процессе');
  await expect(page.getByRole('navigation', { name: 'Разделы сайта' }).getByRole('link', { name: 'Мой прогресс' })).toHaveAttribute('href', '/ru/progress/');
  // The catalogue in Russian offers to continue in Russian.
  await page.goto('ru/');
  // …naming the lesson as the Russian pages show it: its translation's title.
  await expect(page.getByRole('link', { name: /^Продолжить с того же места: Первые шаги/ })).toHaveAttribute('href', /^\/ru\/courses\/demo\/first-steps\//);

  await page.goto(`ru/${LESSON}`);
  await page.getByRole('navigation', { name: 'Язык сайта' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`/${LESSON}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await islandsReady(page);
  await expect(page.locator('[data-quiz="check-first-steps"]').getByLabel('A GHB overdose')).toBeChecked();
});

test('each language link is labelled in its own language', async ({ page }) => {
  await page.goto(`vi/${LESSON}`);
  const links = page.getByRole('navigation', { name: 'Ngôn ngữ của trang' }).getByRole('link');
  await expect(links).toHaveText(['English', 'Русский', 'فارسی']);
  for (const [lang, link] of [['en', links.nth(0)], ['ru', links.nth(1)], ['fa', links.nth(2)]] as const) {
    await expect(link).toHaveAttribute('lang', lang);
    await expect(link).toHaveAttribute('hreflang', lang);
  }
});

test('an untranslated lesson shows the original, marked with its language, and says so in the interface language', async ({ page }) => {
  await page.goto(`ru/${UNTRANSLATED}`);
  await expect(page.locator('[data-untranslated]')).toHaveText('Этот урок ещё не переведён на язык «Русский»: он показан на языке «English».');
  await expect(page.locator('.lesson-body')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveAttribute('lang', 'en');
  await page.goto(UNTRANSLATED);
  await expect(page.locator('[data-untranslated]')).toHaveCount(0);
});

test('a translated lesson is shown in its language, without the notice, and only in that interface', async ({ page }) => {
  await page.goto(`ru/${LESSON}`);
  await expect(page.locator('[data-untranslated]')).toHaveCount(0);
  await expect(page.locator('h1')).toHaveText('Первые шаги');
  for (const part of ['h1', '.lesson-body', '.objectives ul']) await expect(page.locator(part)).toHaveAttribute('lang', 'ru');
  await expect(page.locator('.lesson-body')).toContainText('Аутрич-работник всегда носит налоксон в рюкзаке.');
  await islandsReady(page);
  await expect(page.locator('[data-quiz="check-first-steps"] .question-prompt').first()).toHaveText('Какую передозировку устраняет налоксон?');
  // In the course's navigation each title carries its own language; the reading time and status beside it are Russian.
  await expect(page.locator('.course-nav li[data-lesson="first-steps"] a')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('.course-nav li[data-lesson="second-steps"] a')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.course-nav li[data-lesson="second-steps"]')).not.toHaveAttribute('lang', /./);
  await expectNoAxeViolations(page);
  // Vietnamese has no translation: the original, under the notice.
  await page.goto(`vi/${LESSON}`);
  await expect(page.locator('h1')).toHaveText('First steps');
  await expect(page.locator('[data-untranslated]')).toHaveCount(1);
});

test('Persian pages read right to left, with the layout mirrored', async ({ page }) => {
  const boxes = async (route: string) => {
    await page.goto(route);
    const article = await page.locator('article.lesson').boundingBox();
    const nav = await page.locator('.course-nav').boundingBox();
    const next = await page.locator('.pager .next').boundingBox();
    return { article: article!, nav: nav!, next: next! };
  };
  const en = await boxes(LESSON);
  const fa = await boxes(`fa/${LESSON}`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
  // English: lesson left, course navigation right, "next" at the right. Persian: each on the other side.
  expect(en.article.x).toBeLessThan(en.nav.x);
  expect(fa.article.x).toBeGreaterThan(fa.nav.x);
  const width = page.viewportSize()!.width;
  expect(en.next.x + en.next.width).toBeGreaterThan(width / 2);
  expect(fa.next.x).toBeLessThan(width / 2);
  await expectNoAxeViolations(page);
});

test('quick exit, the content warning and "forget everything" speak the interface language', async ({ page }) => {
  await page.goto(`fa/${LESSON}`);
  await expect(page.getByRole('link', { name: 'خروج سریع' })).toBeVisible();
  const gate = page.locator('[data-content-gate]');
  await expect(gate.getByRole('heading')).toHaveText('هشدار درباره محتوا');
  // The way past the lesson stays in Persian.
  await expect(gate.getByRole('link', { name: 'رد شدن و رفتن به درس بعدی' })).toHaveAttribute('href', '/fa/courses/demo/second-steps/');
  await expect(page.locator('[data-gated]')).toBeHidden();
  await gate.getByRole('button', { name: 'نمایش درس' }).click();
  await expect(page.locator('[data-gated]')).toBeVisible();

  await page.goto('ru/about/');
  await page.getByRole('button', { name: 'Стереть всё на этом устройстве' }).click();
  const dialog = page.getByRole('dialog', { name: 'Вы уверены?' });
  await expect(dialog).toContainText('Весь прогресс, ответы и заметки по всем курсам будут стёрты');
  await dialog.getByRole('button', { name: 'Нет, оставить' }).click();
  await expect(dialog).toBeHidden();
});

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('Persian pages do not scroll sideways', async ({ page }) => {
    for (const route of ['fa/', `fa/${LESSON}`, 'fa/progress/']) {
      await page.goto(route);
      await expectNoSidewaysScroll(page);
    }
  });
});

test.describe('search, one index per interface language', () => {
  const results = (page: Page) => page.locator('[data-search-page] .search-result');
  const status = (page: Page) => page.locator('[data-search-page] [data-search-status]');
  const search = (page: Page, prefix: string, query: string) => page.goto(`${prefix}search/?q=${encodeURIComponent(query)}`);

  test('each language’s index holds the lessons as shown there, and leads to them in that language', async ({ page }) => {
    // Persian has no translation: the English original is in its index, found once, leading to the Persian page.
    await search(page, 'fa/', '"Which overdose does naloxone reverse"');
    await expect(results(page)).toHaveCount(1);
    await expect(results(page).locator('a.search-result-link')).toHaveAttribute('href', /^\/fa\/courses\/demo\/first-steps\/\?highlight=/);
    await expect(status(page)).toHaveText('1 درس با «"Which overdose does naloxone reverse"» جور است.'.replace('1', '۱'));
    // Russian has the translation, and the other lesson's original.
    for (const [query, lesson] of [['"Какую передозировку устраняет налоксон"', 'first-steps'], ['"More text"', 'second-steps']] as const) {
      await search(page, 'ru/', query);
      await expect(results(page), query).toHaveCount(1);
      await expect(results(page).locator('a.search-result-link')).toHaveAttribute('href', new RegExp(`^/ru/courses/demo/${lesson}/\\?highlight=`));
    }
    // Only the translation is in the Russian index, not the English it replaces.
    await search(page, 'ru/', '"Which overdose does naloxone reverse"');
    await expect(status(page)).toHaveText('По запросу «"Which overdose does naloxone reverse"» уроков нет. Проверьте написание или попробуйте другие слова.');
  });

  test('a Russian word of the translation is found from /ru/, stemmed, and not from / or /vi/', async ({ page }) => {
    // The lesson says «в рюкзаке»; Russian stemming finds it from the word's plain form.
    await search(page, 'ru/', 'рюкзак');
    await expect(results(page)).toHaveCount(1);
    await expect(results(page).locator('a.search-result-link')).toHaveAttribute('href', /^\/ru\/courses\/demo\/first-steps\/\?highlight=/);
    await expect(results(page).locator('.search-result-excerpt mark')).toHaveText(/^рюкзаке/);
    await search(page, '', 'рюкзак');
    await expect(status(page)).toHaveText('No lessons match “рюкзак”. Check the spelling or try other words.');
    await search(page, 'vi/', 'рюкзак');
    await expect(results(page)).toHaveCount(0);
    await expect(status(page)).not.toBeEmpty();
  });

  test('on /ru/ the language filter offers both languages lessons are shown in, and filters by them', async ({ page }) => {
    await page.goto('ru/search/');
    const language = page.getByLabel('Язык', { exact: true });
    await expect(language.locator('option')).toHaveText(['Все языки', 'English', 'Русский']);
    await page.goto(`ru/search/?q=${encodeURIComponent('налоксон')}&language=ru`);
    await expect(results(page)).toHaveCount(1);
    await page.goto(`ru/search/?q=${encodeURIComponent('налоксон')}&language=en`);
    await expect(status(page)).toContainText('уроков нет');
  });

  test('a translation’s answers and feedback are not searchable either', async ({ page }) => {
    for (const phrase of ['"Передозировку стимуляторов"', '"У GHB нет антидота"', '"Дать ему кристалл"']) {
      await search(page, 'ru/', phrase);
      await expect(status(page), phrase).toHaveText(`По запросу «${phrase}» уроков нет. Проверьте написание или попробуйте другие слова.`);
    }
  });
});

test('the progress page and its island speak the interface language', async ({ page }) => {
  await page.goto('vi/progress/');
  await islandsReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tiến độ của tôi');
  await expect(page.getByRole('heading', { name: 'Bài được giao của tôi' })).toBeVisible();
  await expect(page.getByLabel('Tên hoặc biệt danh của bạn, như bạn muốn hiển thị')).toBeVisible();
  await expect(page.locator('[data-fill="course-status"]').first()).toHaveText('Chưa bắt đầu');
});
