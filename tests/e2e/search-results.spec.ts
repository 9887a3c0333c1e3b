import { test, expect, expectNoAxeViolations, expectNoSidewaysScroll } from './fixtures.ts';
import { expectNoLinkProblems } from './links.ts';
import { showLesson } from './content-gate.ts';
import { pageResults as results, pageStatus as status, searchPage as search } from './search-page.ts';

/**
 * Search over the real courses, on the search page: known phrases find their lesson first, filters narrow,
 * chrome is not indexed, following a result lands on the heading with the words marked, and the page
 * passes the site-wide checks with results shown.
 */

// Phrases that stand in one lesson only, one per course.
const KNOWN_PHRASES = [
  ['"safer chemsex"', 'courses/chemsex/safer-use-and-safer-sex/'],
  ['"pre-release talk"', 'courses/prisons/release-through-care-and-naloxone/'],
  ['Speed Limits study', 'courses/stimulants/stimulants-and-harm-reduction/'],
  ['"every antenatal visit"', 'courses/women-who-use-drugs/pregnancy-parenting-and-fear-of-losing-custody/'],
  ['"treating syringes"', 'courses/police-cooperation/officer-safety-needle-sticks-and-fentanyl/'],
  ['"tokenism looks"', 'courses/peer-involvement/meaningful-involvement-versus-tokenism/'],
] as const;

for (const [phrase, lesson] of KNOWN_PHRASES) {
  test(`"${phrase}" finds its lesson first`, async ({ page, baseURL }) => {
    await search(page, phrase);
    const first = results(page).first().locator('a.search-result-link');
    expect(await first.getAttribute('href')).toMatch(new RegExp(`^${new URL(lesson, baseURL).pathname}\\?highlight=`));
  });
}

test('each result shows its lesson, course and an excerpt with the words marked', async ({ page }) => {
  await search(page, 'naloxone');
  const first = results(page).first();
  await expect(first.locator('a.search-result-link')).not.toBeEmpty();
  await expect(first.locator('.search-result-where')).not.toBeEmpty();
  await expect(first.locator('.search-result-excerpt mark').first()).toHaveText(/naloxone/i);
});

test('filters narrow the results, and the address keeps them', async ({ page }) => {
  await search(page, 'overdose');
  const all = await results(page).count();
  expect(all).toBeGreaterThan(2);

  await page.getByLabel('Course').selectOption({ label: 'Drugs in prison, through-care and alternatives to punishment' });
  // The status reads the same before and after the filter applies: wait for the address, which changes with it.
  await expect(page).toHaveURL(/[?&]course=prisons/);
  await expect(status(page)).toHaveText(/^\d+ lessons? match(es)? “overdose”\.$/);
  await expectEveryResultIn(page, 'prisons', all);
  expect(new URL(page.url()).searchParams.get('course')).toBe('prisons');

  await page.getByLabel('Course').selectOption('');
  await page.getByLabel('Written for').selectOption({ label: 'Police officers' });
  await expect(page).toHaveURL(/[?&]audience=police/);
  await expect(status(page)).toHaveText(/^\d+ lessons? match(es)? “overdose”\.$/);
  await expectEveryResultIn(page, 'police-cooperation', all);

  await page.getByLabel('Written for').selectOption('');
  await page.getByLabel('Language', { exact: true }).selectOption({ label: 'English' });
  await expect(results(page)).toHaveCount(all);

  // A filter the site does not have is ignored, not applied behind the learner's back.
  await search(page, 'overdose', '&course=no-such-course');
  await expect(page.getByLabel('Course')).toHaveValue('');
  await expect(results(page)).toHaveCount(all);
});

test('a filter with no match says so and suggests searching without filters', async ({ page }) => {
  await search(page, 'slamming', '&audience=police');
  await expect(status(page)).toHaveText('No lessons match “slamming”. Check the spelling or try other words, or search without filters.');
  await expect(results(page)).toHaveCount(0);
});

test('navigation, warnings and source lists are not indexed, only lesson content', async ({ page }) => {
  // Only in the navigation, the footer, the reading time, the content-warning banner and a source title.
  // Quoted, for exact phrases: pagefind otherwise looks for the parts of a word it does not know ("of" in "offline").
  for (const words of ['"About and privacy"', '"Skip to content"', '"For trainers"', '"works offline"', '"min to read"', '"take a break whenever"', '"GHB pharmacology and toxicology"']) {
    await search(page, words);
    await expect(status(page), words).toHaveText(`No lessons match “${words}”. Check the spelling or try other words.`);
  }
  // The same phrase search finds what is lesson content.
  await search(page, '"continuum of care"');
  await expect(status(page)).toHaveText(/^\d+ lessons? match(es)? “"continuum of care"”\.$/);
  await expectEveryResultIn(page, 'chemsex', Infinity);
});

/** Every result is a lesson of the course, and there are fewer than `fewerThan` of them. */
async function expectEveryResultIn(page: import('@playwright/test').Page, course: string, fewerThan: number): Promise<void> {
  const inCourse = new RegExp(`/courses/${course}/`);
  const hrefs = () => results(page).locator('a.search-result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  // The status line reads alike before and after a filter applies, so wait for the list itself to narrow.
  await expect
    .poll(async () => {
      const now = await hrefs();
      return now.length > 0 && now.length < fewerThan && now.every((href) => inCourse.test(href));
    }, { message: `results narrowed to fewer than ${fewerThan}, all in ${course}` })
    .toBe(true);
}

test('a result lands at its heading, with the searched words marked', async ({ page }) => {
  await search(page, 'slamming');
  await results(page).first().locator('a.search-result-link').click();
  await expect(page).toHaveURL(/\/courses\/chemsex\/[a-z-]+\/\?highlight=slamming(#.+)?$/);
  // The chemsex lessons carry content warnings: the gate comes first, and the landing follows "Show the lesson".
  await showLesson(page);
  // A match under a heading lands there; a match before the first heading brings the first mark into view.
  const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
  const marks = page.locator('.lesson-body mark');
  await expect(hash ? page.locator(`[id="${hash}"]`) : page.locator('mark').first()).toBeInViewport();
  await expect(marks.first()).toHaveText(/slamming/i);
  await expect(page.locator('nav mark, .sources mark')).toHaveCount(0);
});

test('a lesson marks nothing without ?highlight, and marks only words from it', async ({ page }) => {
  await page.goto('courses/chemsex/what-is-chemsex/');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('mark')).toHaveCount(0);
  await page.goto('courses/chemsex/what-is-chemsex/?highlight=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await expect(page.locator('img')).toHaveCount(0);
});

test('the search page passes the site-wide checks with results shown', async ({ page, request, baseURL }) => {
  await search(page, 'overdose');
  await expect(results(page).first()).toBeVisible();
  await expectNoLinkProblems(page, request, baseURL!);
  await expectNoAxeViolations(page, 'search page with results');
  await expectNoSidewaysScroll(page);
});
