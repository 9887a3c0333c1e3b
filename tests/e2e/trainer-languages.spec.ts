import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { ASSIGN_FORM_MESSAGES, CLASS_REVIEW_MESSAGES } from '../../src/lib/trainer-messages.ts';
import { INBOX_MESSAGES } from '../../src/lib/learner-messages.ts';
import { test, expect, expectNoAxeViolations, islandsReady } from './fixtures.ts';
import { VALID_REPORT } from './report-file.ts';

/**
 * The trainer's tools in another interface language: the form, a refused file, the class table and its CSV say
 * nothing in English. "English" is every fixed fragment of the English messages these islands can show.
 */
const en = JSON.parse(readFileSync(new URL('../../src/i18n/en.json', import.meta.url), 'utf8')) as Record<string, string | Record<string, string>>;
const ENGLISH = [
  ...new Set(
    [...ASSIGN_FORM_MESSAGES, ...CLASS_REVIEW_MESSAGES, ...INBOX_MESSAGES]
      .flatMap((key) => (typeof en[key] === 'string' ? [en[key]] : Object.values(en[key]!)))
      .flatMap((message) => message.split(/\{\w+\}/))
      .map((fragment) => fragment.replace(/^[\s.,:;()"✓]+|[\s.,:;()"]+$/g, ''))
      .filter((fragment) => fragment.length >= 5),
  ),
];

/** The English fragments in the page's main content: its text and its accessible names. */
async function englishIn(page: Page): Promise<string[]> {
  const main = page.locator('main');
  const text = [await main.innerText(), ...(await main.locator('[aria-label]').evaluateAll((labelled) => labelled.map((e) => e.getAttribute('aria-label'))))].join('\n');
  return ENGLISH.filter((fragment) => text.includes(fragment));
}

/** Two lessons assigned, one done, and overdue. */
const report = {
  ...VALID_REPORT,
  assignment: { v: 1, id: 'abc123', course: 'demo', lessons: ['first-steps', 'second-steps'], group: 'G', due: '2020-01-31', message: '' },
  lessons: [...VALID_REPORT.lessons, { slug: 'second-steps', title: 'Second steps', status: 'notStarted', bestPercent: null, attempts: 0, lastActivity: null }],
};
const files = [
  { name: 'kim.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(report)) },
  { name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...report, version: 7 })) },
];

const LANGUAGES = [
  {
    locale: 'ru',
    toMake: 'Чтобы создать ссылку, назовите группу и укажите срок.',
    sheet: 'Задание для группы Группа 1: Demo course',
    results: ['✓ kim.json: импортирован.', '✗ Файл old.json — отчёт версии 7, которую эта страница прочитать не может (она читает версию 1). Из него ничего не импортировано.'],
    headings: ['Участник', 'Пройдено уроков', 'First steps', 'Second steps', 'Итоговый тест', 'Статус', 'Дата отчёта'],
    row: ['Kim', '1 из 2 Срок прошёл', '✓ Пройден (100%)', '–', '–', 'В процессе', '20 нояб. 2026 г.'],
    csvHead: '"Участник (по его собственным данным)","Группа","Курс","Срок","Срок прошёл","Пройдено уроков","Урок: First steps"',
  },
  {
    locale: 'fa',
    toMake: 'برای ساختن پیوند، نام گروه را بنویسید و مهلت را تعیین کنید.',
    sheet: 'تکلیف برای Группа 1: Demo course',
    results: ['✓ kim.json وارد شد.', '✗ فایل old.json گزارشی از نسخهٔ ۷ است که این صفحه نمی‌تواند بخواند (این صفحه نسخهٔ ۱ را می‌خواند). چیزی از آن وارد نشد.'],
    headings: ['فراگیر', 'درس‌های انجام‌شده', 'First steps', 'Second steps', 'آزمون پایانی', 'وضعیت', 'تاریخ گزارش'],
    row: ['Kim', '۱ از ۲ مهلت گذشته', '✓ انجام شد (۱۰۰٪)', '–', '–', 'در حال انجام', '۲۹ آبان ۱۴۰۵'],
    csvHead: '"فراگیر (به گزارش خودش)","گروه","دوره","مهلت","مهلت گذشته","درس‌های تمام‌شده","درس: First steps"',
  },
];

test('the English fragments are found on the English pages, so their absence elsewhere means something', async ({ page }) => {
  await page.goto('trainer/review/');
  await islandsReady(page);
  await page.getByLabel(/Choose learners' report files/).setInputFiles(files);
  await expect(page.locator('main table')).toBeVisible();
  expect((await englishIn(page)).length).toBeGreaterThan(10);
});

for (const l of LANGUAGES) {
  test(`the assignment form and its sheet speak ${l.locale}`, async ({ page }) => {
    await page.goto(`${l.locale}/trainer/`);
    await islandsReady(page);
    const create = page.locator('.assign-form button[type="submit"]');
    await create.click();
    await expect(page.getByRole('alert')).toHaveText(l.toMake);
    expect(await englishIn(page)).toEqual([]);
    await page.locator('#assign-group').fill('Группа 1');
    await page.locator('#assign-due').fill('2099-12-31');
    await create.click();
    await expect(page.locator('#sheet-title')).toHaveText(l.sheet);
    await expect(page.locator('.assignment-sheet strong')).not.toContainText('2099-12-31');
    expect(await englishIn(page)).toEqual([]);
    await expectNoAxeViolations(page, `${l.locale} trainer page with an assignment`);
  });

  test(`the class review, a refused file and the CSV speak ${l.locale}`, async ({ page }) => {
    await page.goto(`${l.locale}/trainer/review/`);
    await islandsReady(page);
    expect(await englishIn(page)).toEqual([]);
    await page.locator('#report-files').setInputFiles(files);
    await expect(page.locator('.import-results li')).toHaveText(l.results);
    const table = page.locator('main table');
    await expect(table.getByRole('columnheader')).toHaveText(l.headings.map((h) => new RegExp(`^${h}`)));
    await expect(table.locator('tbody tr').first().locator('th, td')).toHaveText(l.row);
    await page.locator('.class-review > .no-print button').click();
    await expect(page.locator('[role="group"]')).toBeVisible();
    expect(await englishIn(page)).toEqual([]);
    await expectNoAxeViolations(page, `${l.locale} class review`);

    const download = page.waitForEvent('download');
    await page.locator('.class-table button', { hasText: 'CSV' }).click();
    const csv = readFileSync((await (await download).path())!, 'utf8').replace(/^\uFEFF/, '');
    expect(csv.split('\r\n')[0]).toContain(l.csvHead);
  });

  test(`a refused assignment link says why in ${l.locale}`, async ({ page }) => {
    await page.goto(`${l.locale}/assignment/#${'A'.repeat(5000)}`);
    await islandsReady(page);
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await englishIn(page)).toEqual([]);
  });
}
