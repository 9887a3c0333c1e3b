import type { Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { test, expect, islandsReady } from './fixtures.ts';
import { VALID_REPORT } from './report-file.ts';

/** Links and files from outside are untrusted: each bad one gets a clear message and changes nothing. */

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const assignment = { v: 1, id: 'abc123', course: 'demo', lessons: ['first-steps'], group: 'G', due: '2099-01-01', message: '' };
const noDialogs = (page: Page) =>
  page.on('dialog', (d) => {
    throw new Error(`script ran: ${d.message()}`);
  });

test.describe('assignment links', () => {
  const cases: [string, string, RegExp][] = [
    ['a truncated link', encode(assignment).slice(0, 30), /damaged: part of it may be missing/],
    ['an unknown version', encode({ ...assignment, v: 9 }), /different version of Fieldlab/],
    ['a course that does not exist', encode({ ...assignment, course: 'no-such-course' }), /course that is not on this site/],
    ['a lesson that does not exist', encode({ ...assignment, lessons: ['nope'] }), /lessons that are not on this site/],
    ['markup in the id', encode({ ...assignment, id: '<img src=x onerror=alert(1)>' }), /damaged or was changed/],
    ['an empty link', '', /holds no assignment/],
    ['a far too long link', 'A'.repeat(5000), /too long to be an assignment/],
  ];
  for (const [name, fragment, message] of cases) {
    test(`${name} is refused with a clear message`, async ({ page }) => {
      noDialogs(page);
      await page.goto(`assignment/#${fragment}`);
      await islandsReady(page);
      await expect(page.getByRole('alert')).toContainText(message);
      await expect(page.getByRole('alert')).toContainText('Nothing was saved or changed.');
      expect(await page.evaluate(() => JSON.parse(localStorage.getItem('fieldlab:progress') ?? '{}').assignments)).toBeUndefined();
    });
  }

  test('markup in the group and message is shown as text', async ({ page }) => {
    noDialogs(page);
    await page.goto(`assignment/#${encode({ ...assignment, group: '<img src=x onerror=alert(1)>', message: '<script>alert(2)</script>' })}`);
    await expect(page.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
    await expect(page.locator('img[src="x"], .assignment-sheet script')).toHaveCount(0);
  });
});

test.describe('report files', () => {
  const valid = VALID_REPORT;
  const text = JSON.stringify(valid);
  const cases: [string, Buffer, RegExp][] = [
    ['an unknown version', Buffer.from(JSON.stringify({ ...valid, version: 7 })), /version 7, which this page cannot read/],
    ['a truncated file', Buffer.from(text.slice(0, text.length / 2)), /not a complete progress report/],
    ['a 50 MB file', Buffer.alloc(50 * 1024 * 1024, 0x20), /too large \(50 MB\)/],
    ['a report for a course that does not exist', Buffer.from(JSON.stringify({ ...valid, course: { ...valid.course, id: 'ghost-course' } })), /course that does not exist on this site/],
    ['a name too long to be a name', Buffer.from(JSON.stringify({ ...valid, learner: 'x'.repeat(500) })), /missing or damaged parts/],
    ['something else entirely', Buffer.from('{"hello": "world"}'), /not a Fieldlab progress report/],
  ];
  for (const [name, buffer, message] of cases) {
    test(`${name} is refused, and the table does not change`, async ({ page }, testInfo) => {
      noDialogs(page);
      await page.goto('trainer/review/');
      await islandsReady(page);
      await page.getByLabel(/Choose learners' report files/).setInputFiles({ name: 'kim.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect(page.getByRole('rowheader')).toHaveText(['Kim']);
      // Playwright passes large files by path only.
      const bad = testInfo.outputPath('bad <b>name.json');
      mkdirSync(dirname(bad), { recursive: true });
      writeFileSync(bad, buffer);
      await page.getByLabel(/Choose learners' report files/).setInputFiles(bad);
      await expect(page.locator('.import-results')).toContainText(message);
      await expect(page.locator('.import-results')).toContainText('bad <b>name.json');
      await expect(page.locator('.import-results')).toContainText('Nothing from it was imported.');
      await expect(page.getByRole('rowheader')).toHaveText(['Kim']);
      expect(JSON.parse((await page.evaluate(() => localStorage.getItem('fieldlab:trainer-reports')))!)).toHaveLength(1);
    });
  }

  test('names holding markup or script are shown as text', async ({ page }) => {
    noDialogs(page);
    await page.goto('trainer/review/');
    await islandsReady(page);
    const learner = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await page.getByLabel(/Choose learners' report files/).setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...valid, learner })) });
    await expect(page.getByRole('rowheader')).toHaveText([learner]);
    await expect(page.locator('img[src="x"], table script')).toHaveCount(0);
  });
});
