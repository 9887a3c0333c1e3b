import type { Page } from '@playwright/test';
import { test, expect, expectNoSidewaysScroll } from './fixtures.ts';
import { PAGE_STATES, openPageState } from './site-page-states.ts';

/**
 * Text resized to 200% (WCAG 1.4.4) and reflow at 320 CSS px (WCAG 1.4.10, the width of 1280 px zoomed to 400%), on
 * every page type and quiz state: nothing scrolls sideways and nothing sticks out of the page, also once every text
 * on the page has a very long word and a long address added to it (compound words as in German, URLs in sources).
 * Text zoom is emulated as a browser's text-size setting works: the root font size doubles; the test also proves
 * that the page's text follows it (sizes in rem and em, not px).
 */
const VIEWS = [
  { name: 'text at 200%', viewport: { width: 1280, height: 720 }, textZoom: true },
  { name: '320 px wide', viewport: { width: 320, height: 640 }, textZoom: false },
];
const LONG_WORD = 'Betäubungsmittelverschreibungsverordnungsänderungsgesetzentwurf';
const LONG_URL = 'https://www.example.org/publications/2024/prison-health/opioid-agonist-therapy-continuity-of-care-after-release.pdf';

/** Every element's box lies within the page's width, unless a scroll container or clipping ancestor holds it on purpose (tables). */
async function expectNothingSticksOut(page: Page, label: string): Promise<void> {
  const outside = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const held = (el: Element) => {
      for (let at: Element | null = el; at && at !== document.body; at = at.parentElement) {
        const s = getComputedStyle(at);
        if ((at !== el && s.overflowX !== 'visible') || s.clipPath !== 'none') return true;
      }
      return false;
    };
    return [...document.body.querySelectorAll('*')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && (r.right > width + 1 || r.left < -1) && !held(el);
      })
      .map((el) => `<${el.localName} class="${el.getAttribute('class') ?? ''}"> ${Math.round(el.getBoundingClientRect().right)} px wide: “${(el.textContent ?? '').trim().slice(0, 50)}”`)
      .slice(0, 8);
  });
  expect(outside, `elements wider than the ${label} page`).toEqual([]);
}

for (const view of VIEWS) {
  for (const state of PAGE_STATES) {
    test.describe(() => {
      if (state.path === 'no-such-page/') test.use({ allowedConsoleErrors: [/status of 404/] });

      test(`${state.name}: ${view.name}, no sideways scrolling`, async ({ page }) => {
        test.skip(test.info().project.name !== 'desktop-light', 'sets its own viewport: one project is enough');
        await page.setViewportSize(view.viewport);
        await openPageState(page, state);
        if (view.textZoom) {
          // Every element that shows text or takes input, with its font size: all must double with the root's.
          const textSizes = () =>
            page.evaluate(() =>
              [...document.body.querySelectorAll('*')]
                .filter((el) => el.matches('input:not([type="radio"], [type="checkbox"]), select, textarea, button') || [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''))
                .map((el) => ({ el: `<${el.localName} class="${el.getAttribute('class') ?? ''}">`, size: parseFloat(getComputedStyle(el).fontSize) })),
            );
          const before = await textSizes();
          await page.addStyleTag({ content: ':root:root { font-size: 200%; }' });
          const after = await textSizes();
          const fixed = before.map((b, i) => ({ ...b, now: after[i]!.size })).filter((b) => Math.abs(b.now - b.size * 2) > 0.5).map((b) => `${b.el} ${b.size} px → ${b.now} px`);
          expect(fixed, 'text that does not follow the root font size (set in px, or a form control without font: inherit)').toEqual([]);
        }
        await expectNothingSticksOut(page, view.name);
        await expectNoSidewaysScroll(page);

        await page.evaluate(
          ([word, url]) => {
            for (const el of document.body.querySelectorAll(':not(script, style, template, option, title)')) {
              const text = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
              if (text) text.textContent += ` ${word} ${url}`;
            }
          },
          [LONG_WORD, LONG_URL],
        );
        await expectNothingSticksOut(page, `${view.name}, with long words,`);
        await expectNoSidewaysScroll(page);
      });
    });
  }
}
