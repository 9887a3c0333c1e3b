import { LOCALES, localePrefix, type Locale } from './locales.ts';
import { otherIndexGlobs, SEARCH_BUNDLE_DIR, type SearchEntry } from './search-bundle.ts';

/**
 * What each interface language's offline copy holds. Every language has its own service worker, scoped to its
 * pages (English at the site's root, Russian at `ru/`…), so a phone stores the learner's language only, plus what
 * every language loads: scripts and styles, icons, the manifest and the search runtime with one language's index.
 * Pure: the build (src/cli/service-worker.ts) lists the files and writes one worker per copy.
 */
export interface OfflineCopy {
  locale: Locale;
  /** The worker's file from the site's root ('sw.js', 'ru/sw.js'); its folder is its scope. */
  worker: string;
  /** Globs from the site's root: what the worker precaches, and what it leaves out. */
  globPatterns: string[];
  globIgnores: string[];
  /** The language's "page not found", served offline for an address in the scope that the copy does not hold. */
  notFound: string;
  /** Other languages' folders inside the scope (only the root worker's has any): left to the network, and offline
   *  answered with `notSaved` rather than the browser's error. */
  otherLanguages: string[];
  /** The language's "not saved on this device". */
  notSaved: string;
}

/** Files at the site's root that every language's pages load: icons, the manifest, the file:// notice. */
const FILES = 'css,js,mjs,json,svg,png,webmanifest,txt';

/** `search` is the search bundle's entry (pagefind-entry.json), which names each language's index. */
export function offlineCopy(locale: Locale, search: SearchEntry): OfflineCopy {
  const tree = localePrefix(locale);
  const otherLanguages = tree === '' ? LOCALES.filter((l) => l !== locale).map(localePrefix) : [];
  return {
    locale,
    worker: `${tree}sw.js`,
    globPatterns: [`${tree}**/*.html`, '_astro/**/*', `*.{${FILES}}`, `${SEARCH_BUNDLE_DIR}/**/*`],
    globIgnores: [
      '**/sw.js',
      '**/.prerender/**',
      ...otherLanguages.map((folder) => `${folder}**`),
      ...otherIndexGlobs(locale, search).map((glob) => `${SEARCH_BUNDLE_DIR}/${glob}`),
    ],
    notFound: tree === '' ? '404.html' : `${tree}404/index.html`,
    otherLanguages,
    notSaved: `${tree}not-saved/index.html`,
  };
}
