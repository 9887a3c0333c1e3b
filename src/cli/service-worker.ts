/**
 * Writes one service worker per interface language with Workbox: dist/sw.js for English, scoped to the whole site
 * but leaving the other languages out, and dist/<locale>/sw.js for each other language, scoped to its folder. Each
 * precaches its language's pages and what every language shares (src/lib/offline-copy.ts), so after one visit the
 * learner's language works with the network off and a phone stores no other. Run after `astro build` and Pagefind
 * (`npm run build` does). A new deployment installs completely in the background and waits until the learner
 * chooses to reload (src/islands/offline-updates.ts), so nobody sees a half-updated site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { LOCALES, type Locale } from '../lib/locales.ts';
import { offlineCopy, type OfflineCopy } from '../lib/offline-copy.ts';
import { SEARCH_BUNDLE_DIR, type SearchEntry } from '../lib/search-bundle.ts';

export async function writeServiceWorkers(dist: string, base: string): Promise<{ locale: Locale; count: number; size: number }[]> {
  const search = JSON.parse(readFileSync(join(dist, SEARCH_BUNDLE_DIR, 'pagefind-entry.json'), 'utf8')) as SearchEntry;
  const written = [];
  for (const locale of LOCALES) written.push({ locale, ...(await writeServiceWorker(dist, base, offlineCopy(locale, search))) });
  return written;
}

async function writeServiceWorker(dist: string, base: string, copy: OfflineCopy): Promise<{ count: number; size: number }> {
  // Online, the root worker passes other languages' pages to the network; offline, it says they are not saved.
  // Workbox tests a navigation's path against the denylist, and a route's pattern against the whole address.
  const otherLanguages = copy.otherLanguages.map((folder) => escape(base + folder));
  const { count, size, warnings } = await generateSW({
    globDirectory: dist,
    globPatterns: copy.globPatterns,
    globIgnores: copy.globIgnores,
    swDest: join(dist, copy.worker),
    modifyURLPrefix: { '': base },
    // Pagefind's index files are small, but a whole catalogue can pass Workbox's 2 MiB default for one file.
    maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
    // Hashed assets need no cache-busting revision; everything else gets one from its content.
    dontCacheBustURLsMatching: /\/_astro\//,
    // A static site answers the same file whatever the query (?highlight= on lessons, ?q= and filters on the
    // search page, Pagefind's ?ts= on its metadata), so the cached copy serves every query.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    navigateFallback: base + copy.notFound,
    ...(otherLanguages.length > 0 && {
      navigateFallbackDenylist: otherLanguages.map((path) => new RegExp(`^${path}`)),
      runtimeCaching: otherLanguages.map((path) => ({
        urlPattern: new RegExp(`^https?://[^/]+${path}`),
        handler: 'NetworkOnly' as const,
        options: { precacheFallback: { fallbackURL: base + copy.notSaved } },
      })),
    }),
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
  });
  for (const warning of warnings) console.warn(`service worker ${copy.worker}: ${warning}`);
  return { count, size };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
