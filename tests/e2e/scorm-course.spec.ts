import type { FrameLocator, Page } from '@playwright/test';
import { contentPath, test, expect, expectNoAxeViolations, type Lms, type Version } from './scorm-lms.ts';
import { showLesson } from './content-gate.ts';

/**
 * The fixture course's SCORM 1.2 and 2004 packages in a test LMS (scorm-again): the learner passes the course,
 * comes back to it, and keeps learning while the LMS refuses to save. What the LMS records is checked in the
 * formats each version's specification sets.
 */

/** Never to be sent to the LMS: the learner's own note. */
const NOTE = 'PRIVATE-NOTE only for me';

const CMI_TIMESPAN = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;
const CMI_TIME = /^\d{2}:\d{2}:\d{2}$/;
const ISO_DURATION = /^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{2}Z$/;

async function firstLessonCheck(c: FrameLocator) {
  const check = c.locator('[data-quiz="check-first-steps"]');
  await check.getByLabel('An opioid overdose').check();
  await check.getByLabel('Slow or no breathing').check();
  await check.getByLabel('No response to a loud voice or a rub on the breastbone').check();
  await check.getByLabel('True').check();
  await check.getByLabel('NSP').selectOption({ label: 'Needle and syringe programme' });
  await check.getByLabel('OAT').selectOption({ label: 'Opioid agonist therapy' });
  await check.getByLabel('PEP').selectOption({ label: 'Pre-release planning' });
  // The ordering question is left as shown, which is never the right order.
  await check.getByRole('button', { name: 'Check answers' }).click();
  await expect(check.locator('.quiz-summary')).toContainText('3 of 5 right (60%)');
}

async function story(c: FrameLocator) {
  const party = c.locator('[data-quiz="scenario-party"]');
  await party.getByRole('button', { name: /Call an ambulance/ }).click();
  await party.getByRole('button', { name: /Tell them he took G/ }).click();
  await expect(party.locator('.scenario-ending')).toContainText('You kept him safe');
}

async function writeNote(c: FrameLocator) {
  await c.locator('[data-quiz="reflect-first-steps"] textarea').fill(NOTE);
  // The note is saved a moment after the learner stops typing.
  await expect.poll(() => c.locator('body').evaluate(() => JSON.parse(localStorage.getItem('fieldlab:scorm:demo') ?? '{}').record ?? '')).toContain(NOTE);
}

async function assessment(c: FrameLocator, answers: [string, string, string]) {
  const quiz = c.locator('[data-quiz="final"]');
  for (const label of answers) await quiz.getByLabel(label).check();
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  return quiz;
}

async function passCourse(lms: Lms, page: Page) {
  const c = lms.course(page);
  await c.getByRole('link', { name: /Start with lesson 1/ }).click();
  await showLesson(c);
  await firstLessonCheck(c);
  await story(c);
  await writeNote(c);
  await c.locator('#lesson-end').scrollIntoViewIfNeeded();
  await c.getByRole('link', { name: /Next lesson/ }).click();
  await c.locator('[data-quiz="check-second-steps"]').getByLabel('True').check();
  await c.locator('[data-quiz="check-second-steps"]').getByRole('button', { name: 'Check answers' }).click();
  await c.locator('#lesson-end').scrollIntoViewIfNeeded();
  await expect(c.locator('.course-nav [data-label]')).toHaveText('2 of 2 lessons completed');
  await c.getByRole('link', { name: /Last step/ }).click();
  const quiz = await assessment(c, ['GHB', 'True', 'A stimulant to wake them']);
  await expect(quiz.locator('.quiz-summary')).toContainText('0 of 3 right (0%)');
  await quiz.getByRole('button', { name: 'Try again' }).click();
  await assessment(c, ['Opioids', 'False', 'Recovery position and an ambulance']);
  await expect(quiz).toHaveAttribute('data-state', 'passed');
}

/** scorm-again keeps collections as objects keyed by position. */
const interactionsOf = (cmi: Record<string, any>) => Object.values(cmi.interactions?.childArray ?? cmi.interactions ?? {}) as Record<string, any>[];

const lastCommit = async (lms: Lms, page: Page) => (await lms.commits(page)).at(-1)!;

for (const version of ['1.2', '2004'] as const satisfies Version[]) {
  test.describe(`SCORM ${version}`, () => {
    test('a learner passes the course; the LMS records status, score, time, bookmark and every answer, but no note', async ({ page, lms }) => {
      await lms.launch(page, version);
      await passCourse(lms, page);
      await lms.leave(page);
      const cmi = await lms.cmi(page);
      const interactions = interactionsOf(cmi);
      // Five knowledge-check questions, the story, the second lesson's check, and two attempts at three assessment questions.
      expect(interactions).toHaveLength(13);
      const byId = (id: string) => interactions.filter((i) => i.id === id);

      if (version === '1.2') {
        expect(cmi.core).toMatchObject({ lesson_status: 'passed', exit: '', score: { raw: '100', min: '0', max: '100' } });
        expect(cmi.core.session_time).toMatch(CMI_TIMESPAN);
        expect(cmi.core.lesson_location).toMatch(/^assessment(#q-final--a-[a-z-]+)?$/);
        expect(cmi.suspend_data.length).toBeLessThanOrEqual(4096);
        expect(byId('check-first-steps_naloxone-reverses')[0]).toMatchObject({ type: 'choice', student_response: 'a', result: 'correct' });
        expect(byId('check-first-steps_overdose-signs')[0]).toMatchObject({ student_response: 'a,b', result: 'correct' });
        expect(byId('check-first-steps_match-terms')[0]).toMatchObject({ type: 'matching', student_response: 'a.a,b.b,c.d', result: 'wrong' });
        expect(byId('check-first-steps_response-order')[0]).toMatchObject({ type: 'sequencing', result: 'wrong' });
        expect(byId('scenario-party_party')[0]).toMatchObject({ type: 'choice', student_response: 'a', result: 'correct' });
        expect(byId('final_a-naloxone').map((i) => [i.student_response, i.result])).toEqual([['b', 'wrong'], ['a', 'correct']]);
        for (const i of interactions) {
          expect(i.time).toMatch(CMI_TIME);
          expect(i.latency).toMatch(CMI_TIMESPAN);
          expect(i.correct_responses.childArray?.[0]?.pattern ?? i.correct_responses[0]?.pattern).toBeTruthy();
        }
      } else {
        expect(cmi).toMatchObject({ completion_status: 'completed', success_status: 'passed', exit: 'normal', progress_measure: '1' });
        expect(cmi.score).toMatchObject({ scaled: '1', raw: '100', min: '0', max: '100' });
        expect(cmi.session_time).toMatch(ISO_DURATION);
        expect(cmi.location).toMatch(/^assessment(#q-final--a-[a-z-]+)?$/);
        expect(byId('check-first-steps_overdose-signs')[0]).toMatchObject({ type: 'choice', learner_response: 'slow-breathing[,]no-response', result: 'correct' });
        expect(byId('check-first-steps_match-terms')[0]).toMatchObject({ learner_response: 'nsp[.]nsp[,]oat[.]oat[,]pep[.]distractor_1', result: 'incorrect' });
        expect(byId('check-first-steps_naloxone-harmless')[0]).toMatchObject({ type: 'true-false', learner_response: 'true' });
        expect(byId('scenario-party_party')[0]).toMatchObject({ learner_response: 'safe', result: 'correct' });
        for (const i of interactions) {
          expect(i.timestamp).toMatch(ISO_TIME);
          expect(i.latency).toMatch(ISO_DURATION);
        }
      }
      // The note stays on the device: not in the data model, not in anything the LMS was sent.
      expect(JSON.stringify(cmi)).not.toContain('PRIVATE-NOTE');
      expect(JSON.stringify(await lms.commits(page))).not.toContain('PRIVATE-NOTE');
    });

    test('coming back resumes exactly: the page, the story, quiz states and attempts; the note only on the same device', async ({ page, lms, browser }) => {
      await lms.launch(page, version);
      const c = lms.course(page);
      await c.getByRole('link', { name: /Start with lesson 1/ }).click();
      await showLesson(c);
      await firstLessonCheck(c);
      await writeNote(c);
      await c.getByRole('link', { name: 'Final assessment' }).first().click();
      await assessment(c, ['GHB', 'True', 'A stimulant to wake them']);
      await c.getByRole('link', { name: 'First steps' }).first().click();
      await c.locator('[data-quiz="scenario-party"]').getByRole('button', { name: /Call an ambulance/ }).click();
      await expect.poll(async () => JSON.stringify(await lms.commits(page))).toContain('party');
      await lms.leave(page);
      const saved = await lastCommit(lms, page);

      for (const [device, label] of [[page, 'same device'], [await (await browser.newContext()).newPage(), 'another device']] as const) {
        const again = device === page ? await page.context().newPage() : device;
        await lms.launch(again, version, saved);
        const r = lms.course(again);
        await expect(r.locator('h1'), label).toHaveText('First steps');
        await expect(r.locator('[data-quiz="scenario-party"] .story-choice')).toContainText('Call an ambulance');
        await expect(r.locator('[data-quiz="scenario-party"]')).toContainText('A guest asks what to tell the paramedics');
        const check = r.locator('[data-quiz="check-first-steps"]');
        await expect(check).toHaveAttribute('data-state', 'feedback');
        await expect(check.locator('.quiz-summary')).toContainText('3 of 5 right (60%)');
        await expect(check.getByLabel('PEP').locator('option:checked')).toHaveText('Pre-release planning');
        await expect(r.locator('[data-quiz="reflect-first-steps"] textarea')).toHaveValue(device === page ? NOTE : '');
        await r.getByRole('link', { name: 'Final assessment' }).first().click();
        const final = r.locator('[data-quiz="final"]');
        await expect(final).toHaveAttribute('data-state', 'feedback');
        await expect(final.getByText('You have 2 attempts; 1 left.')).toBeVisible();
        await expect(final.getByLabel('GHB')).toBeChecked();
        if (device !== page) await device.context().close();
      }
    });

    test('while the LMS refuses to save, the learner is told quietly and nothing is lost', async ({ page, lms }) => {
      await lms.launch(page, version);
      const c = lms.course(page);
      await c.getByRole('link', { name: /Start with lesson 1/ }).click();
      await showLesson(c);
      await firstLessonCheck(c);
      await expect.poll(async () => (await lms.commits(page)).length).toBeGreaterThan(0);
      const stale = await lastCommit(lms, page);

      await page.evaluate(() => ((window as unknown as { failCommits: boolean }).failCommits = true));
      await story(c);
      const notice = page.frameLocator('#sco').getByRole('status');
      await expect(notice).toHaveText(/not answering.*kept on this device/, { timeout: 20_000 });
      await expectNoAxeViolations(page, `SCORM ${version} launch page with the notice`);
      const copy = await c.locator('body').evaluate(() => JSON.parse(localStorage.getItem('fieldlab:scorm:demo')!));
      expect(copy.confirmed).toBe(false);
      expect(copy.pending.items.length).toBe(1);
      await lms.leave(page);

      // The LMS still has only what it took before; the device has the rest, and sends it.
      const again = await page.context().newPage();
      await lms.launch(again, version, stale);
      const r = lms.course(again);
      await expect(r.locator('[data-quiz="scenario-party"] .scenario-ending')).toContainText('You kept him safe');
      await expect.poll(async () => JSON.stringify(await lms.commits(again))).toContain('scenario-party_party');
      await expect(again.frameLocator('#sco').getByRole('status')).toHaveText('');
      const cmi = await lms.cmi(again);
      expect(interactionsOf(cmi).map((i) => i.id)).toContain('scenario-party_party');
    });

    test('opened without an LMS, the package keeps progress in the browser, registers no service worker and asks for nothing outside itself', async ({ page, lms }) => {
      await page.goto(`${lms.origin}${contentPath(version)}index.html`);
      const c = page.frameLocator('#course-frame');
      await c.getByRole('link', { name: /Start with lesson 1/ }).click();
      await showLesson(c);
      await c.locator('[data-quiz="check-first-steps"]').getByLabel('A GHB overdose').check();
      await page.reload();
      await c.getByRole('link', { name: /Continue/ }).click();
      await expect(c.locator('[data-quiz="check-first-steps"]').getByLabel('A GHB overdose')).toBeChecked();
      expect(await c.locator('body').evaluate(async () => (await navigator.serviceWorker?.getRegistrations())?.length ?? 0)).toBe(0);
      await expectNoAxeViolations(page, `SCORM ${version} package without an LMS`);
    });
  });
}


