import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Keyboard-only moves for browser tests, each checking that the learner can see where the focus is.
 * Not a test file itself.
 */

/** What a focus indicator must be: at least this thick, and this contrast against what is around it (WCAG 1.4.11). */
const MIN_OUTLINE_PX = 2;
const MIN_CONTRAST = 3;

/**
 * Fails unless the focused element shows a focus indicator (an outline of 2 px or more, or a box-shadow, in a colour
 * with 3:1 contrast against the background behind it) and is not hidden (WCAG 2.2 2.4.11): some part of it is inside
 * the viewport and is what the browser finds at that point, not a sticky header or another element on top.
 */
export async function expectVisibleFocus(page: Page, step: string): Promise<void> {
  const problem = await page.evaluate(
    ({ minOutline, minContrast }) => {
      const el = document.activeElement;
      if (!(el instanceof HTMLElement) || el === document.body) return 'nothing has the focus';
      const name = `<${el.localName}${el.id ? ` id="${el.id}"` : ''}${el.className ? ` class="${el.className}"` : ''}> “${(el.textContent ?? '').trim().slice(0, 40)}”`;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && style.outlineStyle !== 'auto' && parseFloat(style.outlineWidth) >= minOutline;
      const shadow = style.boxShadow !== 'none';
      if (!outline && !shadow) return `${name}: no outline or box-shadow`;
      const rgb = (colour: string) => (/rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?/.exec(colour) ?? []).slice(1).map(Number);
      const luminance = ([r, g, b]: number[]) =>
        [r!, g!, b!].map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
      // The indicator sits around the element (outline-offset), so what it must stand out from is the parents' background.
      let behind = [255, 255, 255];
      for (let at = el.parentElement; at; at = at.parentElement) {
        const bg = rgb(getComputedStyle(at).backgroundColor);
        if (bg.length >= 3 && (bg[3] === undefined || Number.isNaN(bg[3]) || bg[3] > 0)) {
          behind = bg;
          break;
        }
      }
      const indicator = rgb(outline ? style.outlineColor : style.boxShadow);
      const [hi, lo] = [luminance(indicator), luminance(behind)].sort((a, b) => b - a);
      const contrast = (hi! + 0.05) / (lo! + 0.05);
      if (contrast < minContrast) return `${name}: focus indicator contrast ${contrast.toFixed(2)}:1 against its background`;
      const parts = [...el.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (parts.length === 0) return `${name}: has no size`;
      for (const r of parts) {
        const left = Math.max(r.left, 0);
        const right = Math.min(r.right, innerWidth);
        const top = Math.max(r.top, 0);
        const bottom = Math.min(r.bottom, innerHeight);
        if (right <= left || bottom <= top) continue;
        const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
        if (hit && (el.contains(hit) || (el instanceof HTMLInputElement && [...(el.labels ?? [])].some((l) => l.contains(hit))))) return null;
      }
      const box = parts[0]!;
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return `${name} at ${Math.round(box.left)},${Math.round(box.top)} (${Math.round(box.width)}×${Math.round(box.height)}), viewport ${innerWidth}×${innerHeight}: outside the viewport or covered${hit ? ` by <${hit.localName} class="${hit.className}">` : ''}`;
    },
    { minOutline: MIN_OUTLINE_PX, minContrast: MIN_CONTRAST },
  );
  expect(problem, `visible focus at: ${step}`).toBeNull();
}

/**
 * Presses Tab (or Shift+Tab when the target comes earlier in the page) until the target has the focus, checking the
 * focus indicator at every stop on the way.
 */
export async function tabTo(page: Page, target: Locator, max = 150): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < max; i++) {
    const where = await target.evaluate((el) => {
      const active = document.activeElement;
      if (el === active) return 'here';
      if (!active || active === document.body) return 'after';
      return active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING ? 'before' : 'after';
    });
    if (where === 'here') return;
    await page.keyboard.press(where === 'before' ? 'Shift+Tab' : 'Tab');
    await expectVisibleFocus(page, `on the way to ${target}`);
  }
  throw new Error(`could not reach ${target} with Tab`);
}
