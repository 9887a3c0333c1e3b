import { chromium, type Browser, type BrowserContext, type Page, type Request } from '@playwright/test';
import { findChromium, launchOptions, NO_CHROMIUM_MESSAGE } from '../e2e/chromium.ts';
import { gzipSize, type Bytes } from '../e2e/page-weight.ts';

/**
 * What a learner on a cheap phone and a slow network gets: Chromium with the CPU slowed 4× and Lighthouse's
 * "slow 4G" network (150 ms latency, 1.6 Mbit/s down, 750 kbit/s up), a cold cache for every page, and the
 * service worker blocked (it would download the whole site in the background and distort every number).
 */
export const CONDITIONS = { cpuSlowdown: 4, latencyMs: 150, downloadKbps: 1600, uploadKbps: 750 } as const;

/** How many times each timing is taken; the median is reported. */
const RUNS = 3;

export interface PageTypeResult {
  path: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  /** Every request the page made until the network was idle, the page itself included. */
  requests: number;
  /** Navigation start to the load event, median of RUNS. */
  loadMs: number;
}

export interface QuizTiming {
  path: string;
  /** Navigation start until an option can be clicked (the quiz has hydrated). */
  readyMs: number;
  /** Navigation start until a click on an option has changed the quiz's state to "answered". */
  answeredMs: number;
}

export interface SearchTiming {
  /** "ui": typing in the site's search page; "api": Pagefind's JS API, as no search page exists. */
  method: 'ui' | 'api';
  term: string;
  /** ui: the term typed in to the first result link; api: import, search and the first result's data, cold. */
  firstMs: number;
  /** The same again on the same page, with Pagefind loaded. */
  againMs: number;
  results: number;
}

export async function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
  return chromium.launch(launchOptions(executablePath));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A fresh context (empty cache and storage) with the slow phone's CPU and network. */
async function slowPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: CONDITIONS.latencyMs,
    downloadThroughput: (CONDITIONS.downloadKbps * 1000) / 8,
    uploadThroughput: (CONDITIONS.uploadKbps * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CONDITIONS.cpuSlowdown });
  return { context, page };
}

const KIND: Record<string, 'html' | 'css' | 'js' | undefined> = { document: 'html', stylesheet: 'css', script: 'js' };

async function loadOnce(browser: Browser, url: string): Promise<Omit<PageTypeResult, 'path'>> {
  const { context, page } = await slowPage(browser);
  try {
    const bytes = { html: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 } };
    const finished: Request[] = [];
    const onFinished = (request: Request) => void finished.push(request);
    page.on('requestfinished', onFinished);
    const response = await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
    if (response?.status() !== 200) throw new Error(`${url}: status ${response?.status()}`);
    page.off('requestfinished', onFinished);
    for (const request of finished) {
      const kind = KIND[request.resourceType()];
      if (!kind) continue;
      const body = await (await request.response())!.body();
      bytes[kind].raw += body.length;
      bytes[kind].gzip += gzipSize(body);
    }
    const loadMs = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
    return { ...bytes, requests: finished.length, loadMs: Math.round(loadMs) };
  } finally {
    await context.close();
  }
}

/** Bytes and requests of the first load (the bytes are the same every time), load time as the median of RUNS. */
export async function measurePage(browser: Browser, origin: string, path: string): Promise<PageTypeResult> {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await loadOnce(browser, origin + path));
  return { path, ...runs[0]!, loadMs: median(runs.map((r) => r.loadMs)) };
}

const OPTION = 'section[data-quiz] [data-question] input[type="radio"]';

async function quizOnce(browser: Browser, url: string): Promise<{ readyMs: number; answeredMs: number }> {
  const { context, page } = await slowPage(browser);
  try {
    // Set before any page script runs: notes the moment a quiz's state becomes "answered".
    await page.addInitScript(() => {
      new MutationObserver((records, observer) => {
        if (records.some((r) => (r.target as Element).matches?.('section[data-quiz][data-state="answered"]'))) {
          (window as unknown as { answeredAt: number }).answeredAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
    });
    await page.goto(url, { waitUntil: 'commit' });
    // Checked every animation frame, so the click follows the moment the option becomes clickable.
    const ready = await page.waitForFunction(
      (selector) => {
        const option = document.querySelector<HTMLInputElement>(selector);
        return option && !option.matches(':disabled') ? performance.now() : null;
      },
      OPTION,
      { polling: 'raf', timeout: 120_000 },
    );
    const readyMs = (await ready.jsonValue()) as number;
    await page.locator(OPTION).first().click();
    const answered = await page.waitForFunction(() => (window as unknown as { answeredAt?: number }).answeredAt, null, { timeout: 60_000 });
    return { readyMs: Math.round(readyMs), answeredMs: Math.round((await answered.jsonValue()) as number) };
  } finally {
    await context.close();
  }
}

export async function measureQuiz(browser: Browser, origin: string, path: string): Promise<QuizTiming> {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await quizOnce(browser, origin + path));
  return { path, readyMs: median(runs.map((r) => r.readyMs)), answeredMs: median(runs.map((r) => r.answeredMs)) };
}

/** Pagefind's JS API in the page: import, search, and load the first result's data. */
async function apiQuery(page: Page, term: string): Promise<{ ms: number; results: number }> {
  return page.evaluate(async (term) => {
    const start = performance.now();
    const base = document.documentElement.dataset.base ?? '/';
    const pagefind = await import(`${base}pagefind/pagefind.js`);
    const search = await pagefind.search(term);
    await search.results[0]?.data();
    return { ms: performance.now() - start, results: search.results.length as number };
  }, term);
}

const RESULT_LINK = 'main a[href*="/courses/"]';

/**
 * The site's search page: the term goes into the search box in one go (as a phone keyboard's suggestion does),
 * and the time runs from that input to the first new link to a lesson in the page's main content.
 */
async function uiQuery(page: Page, term: string): Promise<{ ms: number; results: number }> {
  const box = page.locator('main input[type="search"]').first();
  await box.fill('');
  // Lets a debounced search for the cleared box finish before the clock starts.
  await page.waitForTimeout(1500);
  await page.evaluate((selector) => {
    const w = window as unknown as { inputAt?: number; resultAt?: number };
    delete w.inputAt;
    delete w.resultAt;
    const before = new Set(document.querySelectorAll(selector));
    addEventListener('input', () => (w.inputAt = performance.now()), { capture: true, once: true });
    new MutationObserver((_, observer) => {
      if ([...document.querySelectorAll(selector)].some((a) => !before.has(a))) {
        w.resultAt = performance.now();
        observer.disconnect();
      }
    }).observe(document.querySelector('main')!, { subtree: true, childList: true, attributes: true });
  }, RESULT_LINK);
  await box.focus();
  await page.keyboard.insertText(term);
  const ms = await page.waitForFunction(() => {
    const w = window as unknown as { inputAt?: number; resultAt?: number };
    return w.resultAt !== undefined && w.inputAt !== undefined ? w.resultAt - w.inputAt : null;
  }, null, { timeout: 60_000 });
  return { ms: (await ms.jsonValue()) as number, results: await page.locator(RESULT_LINK).count() };
}

export async function measureSearch(browser: Browser, origin: string, method: 'ui' | 'api', term: string): Promise<SearchTiming> {
  const firsts: number[] = [];
  const agains: number[] = [];
  let results = 0;
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await slowPage(browser);
    try {
      await page.goto(`${origin}/${method === 'ui' ? 'search/' : ''}`, { waitUntil: 'networkidle', timeout: 120_000 });
      const query = method === 'ui' ? uiQuery : apiQuery;
      const first = await query(page, term);
      const again = await query(page, term);
      firsts.push(first.ms);
      agains.push(again.ms);
      results = first.results;
    } finally {
      await context.close();
    }
  }
  return { method, term, firstMs: Math.round(median(firsts)), againMs: Math.round(median(agains)), results };
}
