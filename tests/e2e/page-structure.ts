import { expect, type Page } from '@playwright/test';

/**
 * Structure checks axe leaves open: a heading outline that never skips a level on the way down (h2 then h4), and
 * language tags that are real BCP 47 tags, on the page and on any part of it in another language. Not a test file.
 */
export async function expectHeadingsAndLanguage(page: Page): Promise<void> {
  const { skips, tags } = await page.evaluate(() => {
    const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) => !h.closest('dialog:not([open])'));
    const skips: string[] = [];
    let previous = 0;
    for (const h of headings) {
      const level = Number(h.localName[1]);
      if (level > previous + 1) skips.push(`h${previous || '–'} → <${h.localName}> “${h.textContent!.trim().slice(0, 40)}”`);
      previous = level;
    }
    return { skips, tags: [...document.querySelectorAll('[lang]')].map((el) => el.getAttribute('lang')!) };
  });
  expect(skips, 'heading levels skipped on the way down').toEqual([]);
  expect(tags[0], 'the page has a language').toBeTruthy();
  for (const tag of tags) expect(() => Intl.getCanonicalLocales(tag), `lang="${tag}"`).not.toThrow();
}
