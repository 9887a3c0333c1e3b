import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { PAGE_STATES } from './site-page-states.ts';

/**
 * prefers-reduced-motion: reduce turns off every transition, animation and smooth scrolling: those of the page, and
 * those of a probe added with motion of its own, so anything added to the site later is covered by the same rule.
 */
const PROBE_CSS = `
  html { scroll-behavior: smooth; }
  @keyframes fieldlab-probe { from { opacity: 0; } to { opacity: 1; } }
  #motion-probe { transition: opacity 300ms; animation: fieldlab-probe 1s infinite; }
`;

async function motion(page: Page) {
  return page.evaluate(() => {
    const moving = [...document.querySelectorAll('*')].flatMap((el) => {
      const s = getComputedStyle(el);
      const durations = [...s.transitionDuration.split(','), ...s.animationDuration.split(',')].map((d) => parseFloat(d));
      return durations.some((d) => d > 0) || s.animationName !== 'none' ? [`<${el.localName} class="${el.getAttribute('class') ?? ''}">`] : [];
    });
    const probe = getComputedStyle(document.getElementById('motion-probe')!);
    return {
      moving,
      scrollBehavior: getComputedStyle(document.documentElement).scrollBehavior,
      probe: { transition: parseFloat(probe.transitionDuration), animation: probe.animationName },
    };
  });
}

async function addProbe(page: Page) {
  await page.addStyleTag({ content: PROBE_CSS });
  await page.evaluate(() => document.querySelector('main')!.append(Object.assign(document.createElement('div'), { id: 'motion-probe' })));
}

test('without a preference, the probe moves (so the test can see motion)', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('');
  await addProbe(page);
  const found = await motion(page);
  expect(found.scrollBehavior).toBe('smooth');
  expect(found.probe).toEqual({ transition: 0.3, animation: 'fieldlab-probe' });
});

for (const state of PAGE_STATES) {
  test.describe(() => {
    if (state.path === 'no-such-page/') test.use({ allowedConsoleErrors: [/status of 404/] });

    test(`${state.name}: nothing moves under prefers-reduced-motion`, async ({ page }) => {
      test.skip(test.info().project.name !== 'desktop-light', 'CSS media rules: one project is enough');
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(state.path);
      await state.setup?.(page);
      await addProbe(page);
      expect(await motion(page)).toEqual({ moving: [], scrollBehavior: 'auto', probe: { transition: 0, animation: 'none' } });
    });
  });
}
