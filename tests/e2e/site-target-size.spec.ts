import { test, expect } from './fixtures.ts';
import { PAGE_STATES, openPageState } from './site-page-states.ts';

/**
 * WCAG 2.2 2.5.8 target size (minimum), on the 320 px phone: every link, button and form control is at least
 * 24 × 24 CSS px, or has room around it (a 24 px circle on its centre touches no other target), unless it is a link
 * inside a sentence. Every page type and quiz state.
 */
const MIN = 24;

for (const state of PAGE_STATES) {
  test.describe(() => {
    if (state.path === 'no-such-page/') test.use({ allowedConsoleErrors: [/status of 404/] });

    test(`${state.name}: targets are at least 24 × 24 px`, async ({ page }) => {
      test.skip(test.info().project.name !== 'phone-dark', 'target sizes matter most on the phone');
      await openPageState(page, state);
      const small = await page.evaluate((min) => {
        const targets = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex="0"]')].filter((el) => {
          const s = getComputedStyle(el);
          return el.getClientRects().length > 0 && s.visibility !== 'hidden' && s.clipPath === 'none' && !el.closest('dialog:not([open])');
        });
        /** A link in running text: inline, in a block whose own words (outside any link) make a sentence. */
        const inSentence = (el: HTMLElement) => {
          if (el.localName !== 'a' || getComputedStyle(el).display !== 'inline') return false;
          let block = el.parentElement!;
          while (getComputedStyle(block).display === 'inline') block = block.parentElement!;
          const own = [...block.childNodes].map((n) => (n instanceof HTMLElement && n.localName === 'a' ? '' : n.textContent ?? '')).join(' ');
          return (own.match(/\p{L}+/gu) ?? []).length >= 3;
        };
        const boxes = targets.map((el) => ({ el, r: el.getBoundingClientRect() }));
        const touches = (x: number, y: number, r: DOMRect) => {
          const dx = Math.max(r.left - x, 0, x - r.right);
          const dy = Math.max(r.top - y, 0, y - r.bottom);
          return Math.hypot(dx, dy) < min / 2;
        };
        return boxes
          .filter(({ el, r }) => {
            if ((r.width >= min - 0.5 && r.height >= min - 0.5) || inSentence(el)) return false;
            const x = (r.left + r.right) / 2;
            const y = (r.top + r.bottom) / 2;
            const crowded = boxes.some((other) => other.el !== el && !other.el.contains(el) && !el.contains(other.el) && touches(x, y, other.r));
            return crowded;
          })
          .map(({ el, r }) => `<${el.localName} class="${el.getAttribute('class') ?? ''}"> ${r.width.toFixed(1)} × ${r.height.toFixed(1)}: “${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}”`);
      }, MIN);
      expect(small, 'targets smaller than 24 × 24 px without room around them').toEqual([]);
    });
  });
}
