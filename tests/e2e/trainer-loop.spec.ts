import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { parse } from 'yaml';
import { assessmentSchema } from '../../src/schemas/quiz-schema.ts';
import { lessonSchema } from '../../src/schemas/lesson-schema.ts';
import { test, expect, expectNoAxeViolations, islandsReady } from './fixtures.ts';
import { showLesson } from './content-gate.ts';
import { answerRightly } from './answer-question.ts';

/**
 * The whole loop without a server: a trainer assigns lessons, a learner opens the link, accepts, does the lessons,
 * exports a report and prints a certificate; the trainer imports reports and downloads a CSV.
 */
const fixture = (file: string) => readFileSync(new URL(`../fixtures/valid-courses/demo/${file}`, import.meta.url), 'utf8');
const lessons = ['first-steps', 'second-steps'].map((slug) => ({ slug, data: lessonSchema.parse(parse(fixture(`${slug}.mdx`).split('---')[1]!)) }));
const assessment = assessmentSchema.parse(parse(fixture('assessment.yaml')));
const readDownload = async (download: Download) => readFileSync((await download.path())!, 'utf8');

async function completeCourse(page: Page) {
  for (const lesson of lessons) {
    await page.goto(`courses/demo/${lesson.slug}/`);
    if (lesson.data.contentWarnings.length > 0) await showLesson(page);
    for (const quiz of lesson.data.quizzes) {
      const section = page.locator(`[data-quiz="${quiz.id}"]`);
      for (const q of quiz.questions) await answerRightly(section.locator(`[data-question="${q.id}"]`), q);
      const check = section.getByRole('button', { name: 'Check answers' });
      if (await check.count()) await check.click();
    }
    await page.locator('#lesson-end').scrollIntoViewIfNeeded();
    await expect(page.locator(`.course-nav [data-lesson="${lesson.slug}"] .status`)).toHaveText('✓ Completed');
  }
  await page.goto('courses/demo/assessment/');
  const quiz = page.locator('[data-quiz="final"]');
  for (const q of assessment.questions) await answerRightly(quiz.locator(`[data-question="${q.id}"]`), q);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz).toHaveAttribute('data-state', 'passed');
}

test('assign, accept, learn, report, certify, review and export', async ({ page, browser, baseURL }) => {
  page.on('dialog', (d) => {
    throw new Error(`unexpected dialog: ${d.message()}`);
  });

  // The trainer makes an assignment.
  await page.goto('trainer/');
  await islandsReady(page);
  await page.getByRole('button', { name: 'Create the assignment link' }).click();
  await expect(page.getByRole('alert')).toHaveText('To make the link, name the group and set a due date.');
  await page.getByLabel('Group name').fill('Outreach team <b>North</b>');
  await page.getByLabel('Due date').fill('2099-12-31');
  await page.getByLabel('Message to the learners (optional)').fill('Bring your questions <script>alert(1)</script>');
  await page.getByRole('button', { name: 'Create the assignment link' }).click();
  const sheet = page.locator('.assignment-sheet');
  await expect(sheet.getByRole('heading')).toHaveText('Assignment for Outreach team <b>North</b>: Demo course');
  await expect(sheet.getByRole('img', { name: 'QR code of the assignment link' })).toBeVisible();
  const link = await page.getByLabel('Assignment link', { exact: true }).inputValue();
  expect(link).toMatch(new RegExp(`^${baseURL}assignment/#[A-Za-z0-9_-]+$`));
  await expectNoAxeViolations(page, 'trainer page with an assignment');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.assign-form')).toBeHidden();
  await expect(sheet).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // The learner opens the link on their own device, accepts, and does the course.
  const learnerContext = await browser.newContext({ baseURL, acceptDownloads: true });
  const learner = await learnerContext.newPage();
  learner.on('dialog', (d) => {
    throw new Error(`unexpected dialog: ${d.message()}`);
  });
  await learner.goto(link);
  await islandsReady(learner);
  await expect(learner.getByText('Outreach team <b>North</b>')).toBeVisible();
  await expect(learner.getByText('Due by Dec 31, 2099.')).toBeVisible();
  await expect(learner.locator('.trainer-message blockquote')).toHaveText('Bring your questions <script>alert(1)</script>');
  await expectNoAxeViolations(learner, 'assignment page');
  await learner.getByRole('button', { name: 'Accept this assignment' }).click();
  await expect(learner.getByText('✓ Accepted.')).toBeVisible();
  await completeCourse(learner);

  await learner.goto('progress/');
  await islandsReady(learner);
  await expect(learner.locator('.assignment-card')).toContainText('2 of 2 lessons completed. Due Dec 31, 2099');
  await learner.getByLabel('Your name or a pseudonym, as it should appear').fill('Ana <img src=x onerror=alert(1)>');
  const reportDownload = learner.waitForEvent('download');
  await learner.getByRole('button', { name: 'Save the report for this assignment' }).click();
  const reportText = await readDownload(await reportDownload);
  const report = JSON.parse(reportText);
  expect(report).toMatchObject({ format: 'fieldlab-progress-report', version: 1, selfReported: true, learner: 'Ana <img src=x onerror=alert(1)>', status: 'passed' });
  expect(reportText).not.toContain('my-practice');
  await expectNoAxeViolations(learner, 'progress page with an assignment');

  await learner.getByRole('link', { name: 'Certificate' }).first().click();
  await expect(learner.locator('.certificate-name')).toHaveText('Ana <img src=x onerror=alert(1)>');
  await expect(learner.locator('.certificate')).toContainText('Passed');
  await expect(learner.locator('.certificate')).toContainText('Self-reported');
  await expect(learner.locator('img[src="x"]')).toHaveCount(0);
  await expectNoAxeViolations(learner, 'certificate');
  await learnerContext.close();

  // The trainer imports that report, plus two more: a name that looks like a formula, and an overdue learner.
  const formula = { ...report, learner: '=HYPERLINK("http://evil.example","click")', exportedAt: new Date().toISOString() };
  const overdue = {
    ...report,
    learner: 'Bo',
    status: 'incomplete',
    assignment: { ...report.assignment, id: 'old0assignment', due: '2020-01-31' },
    lessons: report.lessons.map((l: object) => ({ ...l, status: 'notStarted', bestPercent: null })),
  };
  await page.goto('trainer/review/');
  await islandsReady(page);
  await page.getByLabel(/Choose learners' report files/).setInputFiles([
    { name: 'ana.json', mimeType: 'application/json', buffer: Buffer.from(reportText) },
    { name: 'formula.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(formula)) },
    { name: 'bo.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(overdue)) },
  ]);
  await expect(page.locator('.import-results li')).toHaveText(['✓ ana.json imported.', '✓ formula.json imported.', '✓ bo.json imported.']);
  const table = page.getByRole('region', { name: 'Outreach team <b>North</b>: Demo course' }).first();
  await expect(table.getByRole('rowheader')).toHaveText(['=HYPERLINK("http://evil.example","click")', 'Ana <img src=x onerror=alert(1)>']);
  await table.getByRole('button', { name: 'Learner' }).click();
  await expect(table.getByRole('rowheader')).toHaveText(['Ana <img src=x onerror=alert(1)>', '=HYPERLINK("http://evil.example","click")']);
  await expect(table.getByRole('row').nth(1)).toContainText('2 of 2');
  await expect(table.getByRole('row').nth(1)).toContainText('100%');
  await expect(table.getByRole('row').nth(1)).toContainText('Passed');
  const late = page.getByRole('region', { name: 'Outreach team <b>North</b>: Demo course' }).nth(1);
  await expect(late.getByRole('row').nth(1)).toContainText('Overdue');
  await expectNoAxeViolations(page, 'class review');

  const csvDownload = page.waitForEvent('download');
  await table.getByRole('button', { name: 'Download CSV' }).click();
  const csv = (await readDownload(await csvDownload)).replace(/^\uFEFF/, '');
  const [head, ...rows] = csv.split('\r\n');
  expect(head).toBe(
    '"Learner (self-reported)","Group","Course","Due","Overdue","Lessons completed","Lesson: First steps","Lesson: Second steps","Final assessment best %","Final assessment attempts","Course status","Report exported at"',
  );
  expect(rows[0]).toMatch(/^"Ana <img src=x onerror=alert\(1\)>","Outreach team <b>North<\/b>","Demo course","2099-12-31","no","2 of 2","completed \(100%\)","completed \(100%\)","100","1","Passed",/);
  expect(rows[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil.example"",""click""\)",/);

  // Imported data stays in this browser until cleared.
  await page.reload();
  await islandsReady(page);
  await expect(table.getByRole('rowheader')).toHaveCount(2);
  await page.getByRole('button', { name: 'Clear imported reports' }).click();
  await page.getByRole('button', { name: 'Yes, clear them' }).click();
  await expect(page.getByText('No reports imported yet.')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('fieldlab:trainer-reports'))).toBeNull();
});
