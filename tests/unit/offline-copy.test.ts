import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { getManifest } from 'workbox-build';
import type { Locale } from '../../src/lib/locales.ts';
import { offlineCopy } from '../../src/lib/offline-copy.ts';

/** The search index files of English and of Russian; Vietnamese and Persian have none, so pagefind searches English's. */
const enIndex = ['pagefind/pagefind.en_224fae23b6.pf_meta', 'pagefind/wasm.en.pagefind', 'pagefind/fragment/en_12c6cf9.pf_fragment', 'pagefind/index/en_be6eb93.pf_index'];
const ruIndex = ['pagefind/pagefind.ru_81be0c4a2d.pf_meta', 'pagefind/wasm.ru.pagefind', 'pagefind/fragment/ru_9c0e1f2.pf_fragment', 'pagefind/index/ru_4d2a9b1.pf_index'];

/** A built site in miniature: every language's pages, the shared files, and the search indexes. */
const site = [
  'index.html',
  '404.html',
  'not-saved/index.html',
  'courses/naloxone/index.html',
  'ru/index.html',
  'ru/404/index.html',
  'ru/not-saved/index.html',
  'ru/courses/naloxone/index.html',
  'vi/courses/naloxone/index.html',
  'fa/404/index.html',
  'fa/not-saved/index.html',
  '_astro/Quiz.CvET4iT6.js',
  '_astro/messages.CByYIeQi.css',
  'manifest.webmanifest',
  'icon-192.png',
  'favicon.svg',
  'file-notice.js',
  'sw.js',
  'ru/sw.js',
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  ...enIndex,
  ...ruIndex,
];
const search = {
  languages: { en: { hash: 'en_224fae23b6', wasm: 'en', page_count: 38 }, ru: { hash: 'ru_81be0c4a2d', wasm: 'ru', page_count: 12 } },
};
const shared = site.filter((f) => !f.endsWith('.html') && !f.endsWith('sw.js') && !enIndex.includes(f) && !ruIndex.includes(f));

const dist = mkdtempSync(join(tmpdir(), 'fieldlab-offline-copy-'));
for (const file of site) {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  writeFileSync(join(dist, file), file);
}
afterAll(() => rmSync(dist, { recursive: true, force: true }));

/** What Workbox precaches from the miniature site for a language's copy. */
async function precached(locale: Locale): Promise<string[]> {
  const { globPatterns, globIgnores } = offlineCopy(locale, search);
  const { manifestEntries } = await getManifest({ globDirectory: dist, globPatterns, globIgnores });
  return (manifestEntries ?? []).map((entry) => entry.url).sort();
}

describe('each language’s offline copy', () => {
  test('English, at the root, holds the English pages and the shared files, none of another language', async () => {
    expect(await precached('en')).toEqual(['index.html', '404.html', 'not-saved/index.html', 'courses/naloxone/index.html', ...shared, ...enIndex].sort());
    expect(offlineCopy('en', search)).toMatchObject({ worker: 'sw.js', notFound: '404.html', otherLanguages: ['ru/', 'vi/', 'fa/'] });
  });

  test('Russian, in ru/, holds the Russian pages, the same shared files and its own search index', async () => {
    expect(await precached('ru')).toEqual(['ru/index.html', 'ru/404/index.html', 'ru/not-saved/index.html', 'ru/courses/naloxone/index.html', ...shared, ...ruIndex].sort());
    expect(offlineCopy('ru', search)).toMatchObject({ worker: 'ru/sw.js', notFound: 'ru/404/index.html', otherLanguages: [] });
  });

  test('a language without its own index keeps the one pagefind searches instead: the one with the most pages', async () => {
    expect(await precached('vi')).toEqual(['vi/courses/naloxone/index.html', ...shared, ...enIndex].sort());
  });

  test('each copy holds the pages it answers offline with: "page not found" and "not saved on this device"', async () => {
    for (const locale of ['en', 'ru', 'fa'] as const) {
      const { notFound, notSaved } = offlineCopy(locale, search);
      expect(await precached(locale), locale).toEqual(expect.arrayContaining([notFound, notSaved]));
    }
  });
});
