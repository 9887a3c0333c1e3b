import { test, expect, expectNoAxeViolations, expectNoSidewaysScroll } from './fixtures.ts';
import { expectNoLinkProblems } from './links.ts';
import { pageResults as results, pageStatus as status, searchPage as search } from './search-page.ts';

/**
 * Search over the real courses, on the search page: known phrases find their lesson first, filters narrow,
 * chrome is not indexed, following a result lands on the heading with the words marked, and the page
 * passes the site-wide checks with results shown.
 */

const KNOWN_PHRASES = [
  ['slamming', 'courses/chemsex/what-is-chemsex/'],
  ['Nelson Mandela Rules', 'courses/prisons/why-prison-health-is-public-health/'],
  ['Speed Limits study', 'courses/stimulants/stimulants-and-harm-reduction/'],
  ['built around men', 'courses/women-who-use-drugs/why-services-built-around-men-fail-women/'],
  ['fewer repeat arrests', 'courses/police-cooperation/why-police-and-harm-reduction-work-together/'],
  ['lived and living experience', 'courses/peer-involvement/who-peers-are-and-what-they-bring/'],
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
  await expect(status(page)).toHaveText('1 lesson matches “overdose”.');
  await expect(results(page).locator('a.search-result-link')).toHaveAttribute('href', /\/courses\/prisons\//);
  expect(new URL(page.url()).searchParams.get('course')).toBe('prisons');

  await page.getByLabel('Course').selectOption('');
  await page.getByLabel('Written for').selectOption({ label: 'Police officers' });
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).locator('a.search-result-link')).toHaveAttribute('href', /\/courses\/police-cooperation\//);

  await page.getByLabel('Written for').selectOption('');
  await page.getByLabel('Language').selectOption({ label: 'English' });
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
  for (const words of ['privacy', 'progress', '"works offline"', '"min to read"', '"take a break whenever"', '"GHB pharmacology and toxicology"']) {
    await search(page, words);
    await expect(status(page), words).toHaveText(`No lessons match “${words}”. Check the spelling or try other words.`);
  }
  // The same phrase search finds what is lesson content.
  await search(page, '"continuum of care"');
  await expect(status(page)).toHaveText('1 lesson matches “"continuum of care"”.');
});

test('a result lands at its heading, with the searched words marked', async ({ page }) => {
  await search(page, 'slamming');
  await results(page).first().locator('a.search-result-link').click();
  await expect(page).toHaveURL(/\/courses\/chemsex\/what-is-chemsex\/\?highlight=slamming#/);
  const heading = page.locator(`[id="${decodeURIComponent(new URL(page.url()).hash.slice(1))}"]`);
  await expect(heading).toBeInViewport();
  const marks = page.locator('.lesson-body mark');
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
