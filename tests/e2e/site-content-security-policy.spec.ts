import { test, expect } from './fixtures.ts';

/**
 * The Content-Security-Policy (src/integrations/content-security-policy.ts) blocks script that gets into a page
 * by any road: an inline <script> and an event-handler attribute added to a lesson do not run, and the browser
 * reports each. That every page runs without a violation is checked on every page (site-crawl.spec.ts) and in
 * every browser test (the fixtures fail a test on any violation).
 */
test.use({ allowedConsoleErrors: [/Content.Security.Policy/] });

test('an injected inline script and an onerror attribute do not run, and are reported', async ({ page }) => {
  await page.goto('courses/chemsex/what-is-chemsex/');
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
    const w = window as unknown as { injected?: string };
    const script = document.createElement('script');
    script.textContent = 'window.injected = "script";';
    document.body.append(script);
    // What a hostile file name or link text would try if it ever reached innerHTML.
    const holder = document.createElement('div');
    holder.innerHTML = '<img src="data:," onerror="window.injected = \'attribute\'">';
    document.body.append(holder);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { injected: w.injected ?? null, violations };
  });
  expect(outcome.injected).toBeNull();
  expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']));
});

test('the policy allows no inline script by default, no plugins, no other hosts', async ({ page }) => {
  await page.goto('');
  const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'))!;
  const directives = new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...v]) => [name!, v]));
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'self'"]);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  const scripts = directives.get('script-src')!;
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(scripts.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
});
